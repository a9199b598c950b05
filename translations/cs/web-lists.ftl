# The web application: the list of my authority's requests.

web-nav-requests = Žádosti
web-requests-title = Žádosti mého orgánu
web-requests-as = Můj orgán je
web-requests-state = Stav
web-requests-all = Všechny
web-requests-filter = Filtrovat
web-requests-updated = Poslední změna
web-requests-none = Filtru neodpovídá žádná žádost.
web-requests-count =
    { $count ->
        [one] Jedna žádost
        [few] { $count } žádosti
        [many] { $count } žádosti
       *[other] { $count } žádostí
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Seznamy
web-lists-actions = Akce
web-lists-none = Zatím žádné.
