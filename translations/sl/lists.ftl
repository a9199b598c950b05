# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Povezave in koordinatorji
list-group-coordination = Koordinacija
list-linked_authorities = Povezani organi
list-request_coordinators = Koordinatorji za zahteve
list-approval_queue = Čaka na odobritev
list-referrals = Napotitve
list-coordinated_authorities = Organi, katerih zahteve koordiniram
list-access_coordinated = Dostop do zakonodajnih področij
list-validated_authorities = Organi, ki jih potrjujem
