# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Koppelingen en coördinatoren
list-group-coordination = Coördinatie
list-linked_authorities = Gekoppelde autoriteiten
list-request_coordinators = Verzoekcoördinatoren
list-approval_queue = Wacht op goedkeuring
list-referrals = Doorverwijzingen
list-coordinated_authorities = Autoriteiten waarvan ik de verzoeken coördineer
list-access_coordinated = Toegang tot wetgevingsgebieden
list-validated_authorities = Autoriteiten die ik valideer
