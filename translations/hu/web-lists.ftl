# The web application: the list of my authority's requests.

web-nav-requests = Megkeresések
web-requests-title = Hatóságom megkeresései
web-requests-as = Hatóságom szerepe
web-requests-state = Állapot
web-requests-all = Összes
web-requests-filter = Szűrés
web-requests-updated = Utolsó módosítás
web-requests-none = Nincs a szűrésnek megfelelő megkeresés.
web-requests-count =
    { $count ->
        [one] Egy megkeresés
       *[other] { $count } megkeresés
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listák
web-lists-actions = Műveletek
web-lists-none = Még nincs egy sem.
