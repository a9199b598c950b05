# The web application: the list of my authority's requests.

web-nav-requests = Förfrågningar
web-requests-title = Min myndighets förfrågningar
web-requests-as = Min myndighet är
web-requests-state = Status
web-requests-all = Alla
web-requests-filter = Filtrera
web-requests-updated = Senaste ändring
web-requests-none = Ingen förfrågan motsvarar urvalet.
web-requests-count =
    { $count ->
        [one] En förfrågan
       *[other] { $count } förfrågningar
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listor
web-lists-actions = Åtgärder
web-lists-none = Inga ännu.
