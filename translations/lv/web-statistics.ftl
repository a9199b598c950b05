# The web application: the statistics page.

web-nav-statistics = Statistika
web-statistics-title = Pieprasījumu statistika
web-statistics-country = Valsts (tukšs: visas valstis)
web-statistics-show = Rādīt
web-statistics-days = dienas
web-statistics-percent = procenti
web-statistics-who = Valsts vai iestāde
web-statistics-band = Novērtējums
web-statistics-counted = Ieskaitītie pieprasījumi
web-statistics-none = Pagaidām nav ko skaitīt.
web-statistics-band-green = Labi
web-statistics-band-yellow = Apmierinoši
web-statistics-band-red = Vāji
web-statistics-band-none = Nav novērtēts
