# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Cuvânt-cheie
web-repeat-add = Adăugați încă un element
web-file-attached = Fișier atașat: { $name }
web-file-replace = Alegeți un fișier numai dacă doriți să îl înlocuiți.
web-file-too-large = Fișierul este prea mare: maximum { $max } MB.
