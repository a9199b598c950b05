# The web application: the list of my authority's requests.

web-nav-requests = Pyynnöt
web-requests-title = Viranomaiseni pyynnöt
web-requests-as = Viranomaiseni on
web-requests-state = Tila
web-requests-all = Kaikki
web-requests-filter = Suodata
web-requests-updated = Viimeisin muutos
web-requests-none = Mikään pyyntö ei vastaa valintoja.
web-requests-count =
    { $count ->
        [one] Yksi pyyntö
       *[other] { $count } pyyntöä
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Luettelot
web-lists-actions = Toiminnot
web-lists-none = Ei vielä yhtään.
