# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Propojení a koordinátoři
list-group-coordination = Koordinace
list-linked_authorities = Propojené orgány
list-request_coordinators = Koordinátoři žádostí
list-approval_queue = Čekající na schválení
list-referrals = Postoupení
list-coordinated_authorities = Orgány, jejichž žádosti koordinuji
list-access_coordinated = Přístup k legislativním oblastem
list-validated_authorities = Orgány, které ověřuji
