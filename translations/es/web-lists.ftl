# The web application: the list of my authority's requests.

web-nav-requests = Solicitudes
web-requests-title = Solicitudes de mi autoridad
web-requests-as = Mi autoridad es
web-requests-state = Estado
web-requests-all = Todas
web-requests-filter = Filtrar
web-requests-updated = Último cambio
web-requests-none = Ninguna solicitud coincide con los criterios.
web-requests-count =
    { $count ->
        [one] Una solicitud
       *[other] { $count } solicitudes
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listas
web-lists-actions = Acciones
web-lists-none = Todavía no hay nada.
