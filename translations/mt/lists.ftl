# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Rabtiet u koordinaturi
list-group-coordination = Koordinazzjoni
list-linked_authorities = Awtoritajiet marbuta
list-request_coordinators = Koordinaturi tat-talbiet
list-approval_queue = Qed jistennew l-approvazzjoni
list-referrals = Riferimenti
list-coordinated_authorities = Awtoritajiet li nikkoordina t-talbiet tagħhom
list-access_coordinated = Aċċess għall-oqsma leġiżlattivi
list-validated_authorities = Awtoritajiet li nivvalida
