# The web application: the list of my authority's requests.

web-nav-requests = Anmodninger
web-requests-title = Min myndigheds anmodninger
web-requests-as = Min myndighed er
web-requests-state = Status
web-requests-all = Alle
web-requests-filter = Filtrér
web-requests-updated = Seneste ændring
web-requests-none = Ingen anmodninger svarer til filteret.
web-requests-count =
    { $count ->
        [one] Én anmodning
       *[other] { $count } anmodninger
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Lister
web-lists-actions = Handlinger
web-lists-none = Endnu ingen.
