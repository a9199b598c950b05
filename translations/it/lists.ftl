# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Collegamenti e coordinatori
list-group-coordination = Coordinamento
list-linked_authorities = Autorità collegate
list-request_coordinators = Coordinatori delle richieste
list-approval_queue = In attesa di approvazione
list-referrals = Rinvii
list-coordinated_authorities = Autorità di cui coordino le richieste
list-access_coordinated = Accesso ai settori legislativi
list-validated_authorities = Autorità che convalido
