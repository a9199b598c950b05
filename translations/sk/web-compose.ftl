# The web application: composing a request.

web-nav-compose = Nová žiadosť
web-compose-title = Nová žiadosť
web-compose-choose = Aký druh žiadosti?
web-compose-hint = Otázky označené * je potrebné vyplniť pred odoslaním. Uložte koncept, aby ste videli otázky, ktoré sú na základe vašich odpovedí relevantné.
web-compose-save = Uložiť koncept
web-compose-send = Odoslať
web-authority-write = Napísať žiadosť tomuto orgánu
