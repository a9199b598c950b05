# The web application: the statistics page.

web-nav-statistics = Statystyki
web-statistics-title = Statystyki wniosków
web-statistics-country = Państwo (puste: wszystkie państwa)
web-statistics-show = Pokaż
web-statistics-days = dni
web-statistics-percent = procent
web-statistics-who = Państwo lub organ
web-statistics-band = Ocena
web-statistics-counted = Uwzględnione wnioski
web-statistics-none = Na razie nie ma czego liczyć.
web-statistics-band-green = Dobra
web-statistics-band-yellow = Zadowalająca
web-statistics-band-red = Słaba
web-statistics-band-none = Brak oceny
