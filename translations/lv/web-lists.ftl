# The web application: the list of my authority's requests.

web-nav-requests = Pieprasījumi
web-requests-title = Manas iestādes pieprasījumi
web-requests-as = Mana iestāde ir
web-requests-state = Statuss
web-requests-all = Visi
web-requests-filter = Filtrēt
web-requests-updated = Pēdējās izmaiņas
web-requests-none = Neviens pieprasījums neatbilst filtram.
web-requests-count =
    { $count ->
        [zero] { $count } pieprasījumi
        [one] { $count } pieprasījums
       *[other] { $count } pieprasījumi
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Saraksti
web-lists-actions = Darbības
web-lists-none = Pagaidām ierakstu nav.
