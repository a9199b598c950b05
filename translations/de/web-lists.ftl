# The web application: the list of my authority's requests.

web-nav-requests = Ersuchen
web-requests-title = Ersuchen meiner Behörde
web-requests-as = Meine Behörde ist
web-requests-state = Status
web-requests-all = Alle
web-requests-filter = Filtern
web-requests-updated = Letzte Änderung
web-requests-none = Kein Ersuchen entspricht der Auswahl.
web-requests-count =
    { $count ->
        [one] Ein Ersuchen
       *[other] { $count } Ersuchen
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listen
web-lists-actions = Aktionen
web-lists-none = Noch keine.
