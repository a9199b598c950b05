# The web application: the statistics page.

web-nav-statistics = Statistici
web-statistics-title = Statistici privind cererile
web-statistics-country = Țară (necompletat: toate țările)
web-statistics-show = Afișare
web-statistics-days = zile
web-statistics-percent = procente
web-statistics-who = Țară sau autoritate
web-statistics-band = Apreciere
web-statistics-counted = Cereri luate în calcul
web-statistics-none = Deocamdată nu există nimic de numărat.
web-statistics-band-green = Bună
web-statistics-band-yellow = Acceptabilă
web-statistics-band-red = Slabă
web-statistics-band-none = Fără apreciere
