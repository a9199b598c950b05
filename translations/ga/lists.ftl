# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Naisc agus comhordaitheoirí
list-group-coordination = Comhordú
list-linked_authorities = Údaráis nasctha
list-request_coordinators = Comhordaitheoirí iarrataí
list-approval_queue = Ag feitheamh ar fhaomhadh
list-referrals = Tarchuir
list-coordinated_authorities = Údaráis a gcomhordaím a n-iarratais
list-access_coordinated = Rochtain ar réimsí reachtaíochta
list-validated_authorities = Údaráis a bhailíochtaím
