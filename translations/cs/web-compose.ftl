# The web application: composing a request.

web-nav-compose = Nová žádost
web-compose-title = Nová žádost
web-compose-choose = Jaký druh žádosti?
web-compose-hint = Otázky označené * je nutné vyplnit před odesláním. Uložte koncept, abyste viděli otázky, které jsou na základě vašich odpovědí relevantní.
web-compose-save = Uložit koncept
web-compose-send = Odeslat
web-authority-write = Napsat žádost tomuto orgánu
