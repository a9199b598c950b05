# The web application: the list of my authority's requests.

web-nav-requests = Taotlused
web-requests-title = Minu asutuse taotlused
web-requests-as = Minu asutus on
web-requests-state = Olek
web-requests-all = Kõik
web-requests-filter = Filtreeri
web-requests-updated = Viimane muudatus
web-requests-none = Valikule ei vasta ükski taotlus.
web-requests-count =
    { $count ->
        [one] Üks taotlus
       *[other] { $count } taotlust
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Loetelud
web-lists-actions = Toimingud
web-lists-none = Veel pole ühtegi.
