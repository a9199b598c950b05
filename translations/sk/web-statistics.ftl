# The web application: the statistics page.

web-nav-statistics = Štatistiky
web-statistics-title = Štatistiky žiadostí
web-statistics-country = Krajina (prázdne: všetky krajiny)
web-statistics-show = Zobraziť
web-statistics-days = dni
web-statistics-percent = percentá
web-statistics-who = Krajina alebo orgán
web-statistics-band = Posúdenie
web-statistics-counted = Započítané žiadosti
web-statistics-none = Zatiaľ nie je čo počítať.
web-statistics-band-green = Dobré
web-statistics-band-yellow = Uspokojivé
web-statistics-band-red = Slabé
web-statistics-band-none = Neposúdené
