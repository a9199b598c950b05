# The web application: the statistics page.

web-nav-statistics = Statistika
web-statistics-title = Statistika zahtjeva
web-statistics-country = Zemlja (prazno: sve zemlje)
web-statistics-show = Prikaži
web-statistics-days = dani
web-statistics-percent = posto
web-statistics-who = Zemlja ili tijelo
web-statistics-band = Procjena
web-statistics-counted = Uračunati zahtjevi
web-statistics-none = Još nema ničega za prebrojavanje.
web-statistics-band-green = Dobro
web-statistics-band-yellow = Zadovoljavajuće
web-statistics-band-red = Slabo
web-statistics-band-none = Nije procijenjeno
