# The web application: composing a request.

web-nav-compose = Nouvelle demande
web-compose-title = Nouvelle demande
web-compose-choose = Quel type de demande ?
web-compose-hint = Les questions marquées d'un * doivent être remplies pour l'envoi. Sauvegardez le projet pour voir les questions que vos réponses rendent pertinentes.
web-compose-save = Sauvegarder le projet
web-compose-send = Envoyer
web-authority-write = Adresser une demande à cette autorité
