# The web application: composing a request.

web-nav-compose = Novi zahtjev
web-compose-title = Novi zahtjev
web-compose-choose = Koja vrsta zahtjeva?
web-compose-hint = Pitanja označena zvjezdicom (*) obvezna su za slanje. Spremite nacrt kako biste vidjeli pitanja koja su relevantna s obzirom na vaše odgovore.
web-compose-save = Spremi nacrt
web-compose-send = Pošalji
web-authority-write = Uputi zahtjev ovom tijelu
