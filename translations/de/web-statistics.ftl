# The web application: the statistics page.

web-nav-statistics = Statistik
web-statistics-title = Statistik der Ersuchen
web-statistics-country = Land (leer: alle Länder)
web-statistics-show = Anzeigen
web-statistics-days = Tage
web-statistics-percent = Prozent
web-statistics-who = Land oder Behörde
web-statistics-band = Einstufung
web-statistics-counted = Gezählte Ersuchen
web-statistics-none = Noch nichts zu zählen.
web-statistics-band-green = Gut
web-statistics-band-yellow = Mittel
web-statistics-band-red = Schlecht
web-statistics-band-none = Nicht eingestuft
