# The web application: composing a request.

web-nav-compose = Νέο αίτημα
web-compose-title = Νέο αίτημα
web-compose-choose = Τι είδους αίτημα;
web-compose-hint = Οι ερωτήσεις που επισημαίνονται με * είναι υποχρεωτικές για την αποστολή. Αποθηκεύστε το σχέδιο για να δείτε τις ερωτήσεις που καθίστανται σχετικές βάσει των απαντήσεών σας.
web-compose-save = Αποθήκευση σχεδίου
web-compose-send = Αποστολή
web-authority-write = Σύνταξη αιτήματος προς αυτή την αρχή
