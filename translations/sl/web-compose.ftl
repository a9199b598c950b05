# The web application: composing a request.

web-nav-compose = Nova zahteva
web-compose-title = Nova zahteva
web-compose-choose = Katera vrsta zahteve?
web-compose-hint = Vprašanja, označena z *, so za pošiljanje obvezna. Shranite osnutek, da si ogledate vprašanja, ki postanejo pomembna glede na vaše odgovore.
web-compose-save = Shrani osnutek
web-compose-send = Pošlji
web-authority-write = Napiši zahtevo temu organu
