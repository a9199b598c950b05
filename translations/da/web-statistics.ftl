# The web application: the statistics page.

web-nav-statistics = Statistik
web-statistics-title = Statistik over anmodninger
web-statistics-country = Land (tomt: alle lande)
web-statistics-show = Vis
web-statistics-days = dage
web-statistics-percent = procent
web-statistics-who = Land eller myndighed
web-statistics-band = Bedømmelse
web-statistics-counted = Optalte anmodninger
web-statistics-none = Der er endnu intet at tælle.
web-statistics-band-green = God
web-statistics-band-yellow = Middel
web-statistics-band-red = Dårlig
web-statistics-band-none = Ikke bedømt
