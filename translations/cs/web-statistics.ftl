# The web application: the statistics page.

web-nav-statistics = Statistiky
web-statistics-title = Statistiky žádostí
web-statistics-country = Země (prázdné: všechny země)
web-statistics-show = Zobrazit
web-statistics-days = dny
web-statistics-percent = procenta
web-statistics-who = Země nebo orgán
web-statistics-band = Posouzení
web-statistics-counted = Započtené žádosti
web-statistics-none = Zatím není co počítat.
web-statistics-band-green = Dobré
web-statistics-band-yellow = Uspokojivé
web-statistics-band-red = Slabé
web-statistics-band-none = Neposouzeno
