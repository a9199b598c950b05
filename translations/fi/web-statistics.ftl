# The web application: the statistics page.

web-nav-statistics = Tilastot
web-statistics-title = Pyyntöjen tilastot
web-statistics-country = Maa (tyhjä: kaikki maat)
web-statistics-show = Näytä
web-statistics-days = päivää
web-statistics-percent = prosenttia
web-statistics-who = Maa tai viranomainen
web-statistics-band = Arviointi
web-statistics-counted = Lasketut pyynnöt
web-statistics-none = Ei vielä laskettavaa.
web-statistics-band-green = Hyvä
web-statistics-band-yellow = Tyydyttävä
web-statistics-band-red = Heikko
web-statistics-band-none = Ei arvioitu
