# The web application: the statistics page.

web-nav-statistics = Statistik
web-statistics-title = Statistik över förfrågningar
web-statistics-country = Land (tomt: alla länder)
web-statistics-show = Visa
web-statistics-days = dagar
web-statistics-percent = procent
web-statistics-who = Land eller myndighet
web-statistics-band = Omdöme
web-statistics-counted = Räknade förfrågningar
web-statistics-none = Det finns ännu inget att räkna.
web-statistics-band-green = Bra
web-statistics-band-yellow = Godtagbart
web-statistics-band-red = Svagt
web-statistics-band-none = Ej bedömt
