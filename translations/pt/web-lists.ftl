# The web application: the list of my authority's requests.

web-nav-requests = Pedidos
web-requests-title = Pedidos da minha autoridade
web-requests-as = A minha autoridade é
web-requests-state = Estado
web-requests-all = Todos
web-requests-filter = Filtrar
web-requests-updated = Última alteração
web-requests-none = Nenhum pedido corresponde aos critérios.
web-requests-count =
    { $count ->
        [one] Um pedido
       *[other] { $count } pedidos
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Listas
web-lists-actions = Ações
web-lists-none = Ainda não há entradas.
