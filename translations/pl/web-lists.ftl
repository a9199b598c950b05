# The web application: the list of my authority's requests.

web-nav-requests = Wnioski
web-requests-title = Wnioski mojego organu
web-requests-as = Rola mojego organu
web-requests-state = Status
web-requests-all = Wszystkie
web-requests-filter = Filtruj
web-requests-updated = Ostatnia zmiana
web-requests-none = Brak pasujących wniosków.
web-requests-count =
    { $count ->
        [one] Jeden wniosek
        [few] { $count } wnioski
        [many] { $count } wniosków
       *[other] { $count } wniosku
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listy
web-lists-actions = Działania
web-lists-none = Na razie brak.
