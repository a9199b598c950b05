# The web application: the list of my authority's requests.

web-nav-requests = Zahtjevi
web-requests-title = Zahtjevi mojeg tijela
web-requests-as = Moje tijelo je
web-requests-state = Status
web-requests-all = Svi
web-requests-filter = Filtriraj
web-requests-updated = Posljednja promjena
web-requests-none = Nijedan zahtjev ne odgovara kriterijima.
web-requests-count =
    { $count ->
        [one] { $count } zahtjev
        [few] { $count } zahtjeva
       *[other] { $count } zahtjeva
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Popisi
web-lists-actions = Radnje
web-lists-none = Još nema stavki.
