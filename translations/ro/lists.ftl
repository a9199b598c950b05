# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Asocieri și coordonatori
list-group-coordination = Coordonare
list-linked_authorities = Autorități asociate
list-request_coordinators = Coordonatori de cereri
list-approval_queue = În așteptarea aprobării
list-referrals = Sesizări
list-coordinated_authorities = Autorități ale căror cereri le coordonez
list-access_coordinated = Accesul la domeniile legislative
list-validated_authorities = Autorități pe care le validez
