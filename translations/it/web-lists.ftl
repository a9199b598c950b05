# The web application: the list of my authority's requests.

web-nav-requests = Richieste
web-requests-title = Richieste della mia autorità
web-requests-as = La mia autorità è
web-requests-state = Stato
web-requests-all = Tutte
web-requests-filter = Filtra
web-requests-updated = Ultima modifica
web-requests-none = Nessuna richiesta corrisponde ai criteri.
web-requests-count =
    { $count ->
        [one] Una richiesta
       *[other] { $count } richieste
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Elenchi
web-lists-actions = Azioni
web-lists-none = Ancora nessun elemento.
