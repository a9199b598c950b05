# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Liens et coordinateurs
list-group-coordination = Coordination
list-linked_authorities = Autorités liées
list-request_coordinators = Coordinateurs des demandes
list-approval_queue = En attente d'approbation
list-referrals = Saisines
list-coordinated_authorities = Autorités dont je coordonne les demandes
list-access_coordinated = Accès aux domaines législatifs
list-validated_authorities = Autorités que je valide
