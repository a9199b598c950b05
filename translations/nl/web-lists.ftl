# The web application: the list of my authority's requests.

web-nav-requests = Verzoeken
web-requests-title = Verzoeken van mijn autoriteit
web-requests-as = Mijn autoriteit is
web-requests-state = Status
web-requests-all = Alle
web-requests-filter = Filteren
web-requests-updated = Laatste wijziging
web-requests-none = Geen verzoek voldoet aan de selectie.
web-requests-count =
    { $count ->
        [one] Eén verzoek
       *[other] { $count } verzoeken
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Lijsten
web-lists-actions = Acties
web-lists-none = Nog geen.
