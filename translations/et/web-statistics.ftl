# The web application: the statistics page.

web-nav-statistics = Statistika
web-statistics-title = Taotluste statistika
web-statistics-country = Riik (tühi: kõik riigid)
web-statistics-show = Näita
web-statistics-days = päeva
web-statistics-percent = protsenti
web-statistics-who = Riik või asutus
web-statistics-band = Hinnang
web-statistics-counted = Arvestatud taotlused
web-statistics-none = Veel pole midagi loendada.
web-statistics-band-green = Hea
web-statistics-band-yellow = Rahuldav
web-statistics-band-red = Kehv
web-statistics-band-none = Hindamata
