# The web application: the list of my authority's requests.

web-nav-requests = Cereri
web-requests-title = Cererile autorității mele
web-requests-as = Autoritatea mea este
web-requests-state = Stare
web-requests-all = Toate
web-requests-filter = Filtrare
web-requests-updated = Ultima modificare
web-requests-none = Nicio cerere nu corespunde criteriilor.
web-requests-count =
    { $count ->
        [one] O cerere
        [few] { $count } cereri
       *[other] { $count } de cereri
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Liste
web-lists-actions = Acțiuni
web-lists-none = Deocamdată nu există niciun element.
