# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Ligações e coordenadores
list-group-coordination = Coordenação
list-linked_authorities = Autoridades ligadas
list-request_coordinators = Coordenadores de pedidos
list-approval_queue = A aguardar aprovação
list-referrals = Pedidos remetidos aos coordenadores
list-coordinated_authorities = Autoridades cujos pedidos coordeno
list-access_coordinated = Acesso a domínios legislativos
list-validated_authorities = Autoridades que valido
