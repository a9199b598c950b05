# The web application: the list of my authority's requests.

web-nav-requests = Iarratais
web-requests-title = Iarratais m'údaráis
web-requests-as = Ról m'údaráis
web-requests-state = Stádas
web-requests-all = Gach ceann
web-requests-filter = Scag
web-requests-updated = An t-athrú is déanaí
web-requests-none = Níl aon iarratas ag teacht leis an scagaire.
web-requests-count =
    { $count ->
        [one] Iarratas amháin
        [two] Dhá iarratas
        [few] { $count } iarratas
        [many] { $count } n-iarratas
       *[other] Iarratais: { $count }
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Liostaí
web-lists-actions = Gníomhartha
web-lists-none = Níl aon cheann ann fós.
