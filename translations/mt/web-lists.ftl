# The web application: the list of my authority's requests.

web-nav-requests = Talbiet
web-requests-title = It-talbiet tal-awtorità tiegħi
web-requests-as = L-awtorità tiegħi hija
web-requests-state = Status
web-requests-all = Kollha
web-requests-filter = Iffiltra
web-requests-updated = L-aħħar bidla
web-requests-none = L-ebda talba ma taqbel mal-filtru.
web-requests-count =
    { $count ->
        [one] Talba waħda
        [two] Żewġ talbiet
        [few] { $count } talbiet
        [many] { $count } talba
       *[other] { $count } talba
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listi
web-lists-actions = Azzjonijiet
web-lists-none = Għad m'hemm xejn.
