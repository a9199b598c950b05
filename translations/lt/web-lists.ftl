# The web application: the list of my authority's requests.

web-nav-requests = Prašymai
web-requests-title = Mano institucijos prašymai
web-requests-as = Mano institucija yra
web-requests-state = Būsena
web-requests-all = Visi
web-requests-filter = Filtruoti
web-requests-updated = Paskutinis pakeitimas
web-requests-none = Atitinkančių prašymų nėra.
web-requests-count =
    { $count ->
        [one] { $count } prašymas
        [few] { $count } prašymai
        [many] { $count } prašymo
       *[other] { $count } prašymų
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Sąrašai
web-lists-actions = Veiksmai
web-lists-none = Kol kas įrašų nėra.
