# The web application: composing a request.

web-nav-compose = Nieuw verzoek
web-compose-title = Nieuw verzoek
web-compose-choose = Welk soort verzoek?
web-compose-hint = Vragen die met * zijn gemarkeerd, moeten zijn beantwoord voordat u kunt verzenden. Sla het concept op om de vragen te zien die door uw antwoorden van belang worden.
web-compose-save = Concept opslaan
web-compose-send = Verzenden
web-authority-write = Een verzoek aan deze autoriteit opstellen
