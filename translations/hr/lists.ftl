# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Veze i koordinatori
list-group-coordination = Koordinacija
list-linked_authorities = Povezana tijela
list-request_coordinators = Koordinatori zahtjeva
list-approval_queue = Čeka odobrenje
list-referrals = Upućivanja
list-coordinated_authorities = Tijela čije zahtjeve koordiniram
list-access_coordinated = Pristup zakonodavnim područjima
list-validated_authorities = Tijela koja potvrđujem
