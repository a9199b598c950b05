# The web application: the list of my authority's requests.

web-nav-requests = Demandes
web-requests-title = Demandes de mon autorité
web-requests-as = Mon autorité est
web-requests-state = Statut
web-requests-all = Toutes
web-requests-filter = Filtrer
web-requests-updated = Dernière modification
web-requests-none = Aucune demande ne correspond aux critères.
web-requests-count =
    { $count ->
        [one] { $count } demande
       *[other] { $count } demandes
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listes
web-lists-actions = Actions
web-lists-none = Aucun élément pour le moment.
