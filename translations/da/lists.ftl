# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Tilknytninger og koordinatorer
list-group-coordination = Koordinering
list-linked_authorities = Tilknyttede myndigheder
list-request_coordinators = Anmodningskoordinatorer
list-approval_queue = Afventer godkendelse
list-referrals = Henvisninger
list-coordinated_authorities = Myndigheder, hvis anmodninger jeg koordinerer
list-access_coordinated = Adgang til lovgivningsområder
list-validated_authorities = Myndigheder, som jeg validerer
