# The web application: the statistics page.

web-nav-statistics = Statisztika
web-statistics-title = Megkeresések statisztikája
web-statistics-country = Ország (üres: minden ország)
web-statistics-show = Megjelenítés
web-statistics-days = nap
web-statistics-percent = százalék
web-statistics-who = Ország vagy hatóság
web-statistics-band = Minősítés
web-statistics-counted = Figyelembe vett megkeresések
web-statistics-none = Még nincs mit megszámolni.
web-statistics-band-green = Jó
web-statistics-band-yellow = Közepes
web-statistics-band-red = Gyenge
web-statistics-band-none = Nem minősített
