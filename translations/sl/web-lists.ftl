# The web application: the list of my authority's requests.

web-nav-requests = Zahteve
web-requests-title = Zahteve mojega organa
web-requests-as = Moj organ je
web-requests-state = Stanje
web-requests-all = Vse
web-requests-filter = Filtriraj
web-requests-updated = Zadnja sprememba
web-requests-none = Nobena zahteva ne ustreza merilom.
web-requests-count =
    { $count ->
        [one] { $count } zahteva
        [two] { $count } zahtevi
        [few] { $count } zahteve
       *[other] { $count } zahtev
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Seznami
web-lists-actions = Dejanja
web-lists-none = Še ni vnosov.
