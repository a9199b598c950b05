# The web application: the list of my authority's requests.

web-nav-requests = Žiadosti
web-requests-title = Žiadosti môjho orgánu
web-requests-as = Môj orgán je
web-requests-state = Stav
web-requests-all = Všetky
web-requests-filter = Filtrovať
web-requests-updated = Posledná zmena
web-requests-none = Filtru nezodpovedá žiadna žiadosť.
web-requests-count =
    { $count ->
        [one] Jedna žiadosť
        [few] { $count } žiadosti
        [many] { $count } žiadosti
       *[other] { $count } žiadostí
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Zoznamy
web-lists-actions = Akcie
web-lists-none = Zatiaľ žiadne položky.
