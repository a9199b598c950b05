# The web application: the statistics page.

web-nav-statistics = Statistieken
web-statistics-title = Statistieken van verzoeken
web-statistics-country = Land (leeg: alle landen)
web-statistics-show = Tonen
web-statistics-days = dagen
web-statistics-percent = procent
web-statistics-who = Land of autoriteit
web-statistics-band = Beoordeling
web-statistics-counted = Getelde verzoeken
web-statistics-none = Nog niets om te tellen.
web-statistics-band-green = Goed
web-statistics-band-yellow = Redelijk
web-statistics-band-red = Zwak
web-statistics-band-none = Niet beoordeeld
