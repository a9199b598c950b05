# The web application: composing a request.

web-nav-compose = Új megkeresés
web-compose-title = Új megkeresés
web-compose-choose = Milyen típusú megkeresés?
web-compose-hint = A csillaggal (*) jelölt kérdések megválaszolása a küldéshez kötelező. Mentse a tervezetet, hogy lássa azokat a kérdéseket, amelyek a válaszai alapján relevánssá válnak.
web-compose-save = Tervezet mentése
web-compose-send = Küldés
web-authority-write = Megkeresés írása ennek a hatóságnak
