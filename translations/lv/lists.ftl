# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Saiknes un koordinatori
list-group-coordination = Koordinācija
list-linked_authorities = Saistītās iestādes
list-request_coordinators = Pieprasījumu koordinatori
list-approval_queue = Gaida apstiprinājumu
list-referrals = Koordinatoriem nodotie pieprasījumi
list-coordinated_authorities = Iestādes, kuru pieprasījumus koordinēju
list-access_coordinated = Piekļuve tiesību aktu jomām
list-validated_authorities = Iestādes, kuras apstiprinu
