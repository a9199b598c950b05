# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Prepojenia a koordinátori
list-group-coordination = Koordinácia
list-linked_authorities = Prepojené orgány
list-request_coordinators = Koordinátori žiadostí
list-approval_queue = Čaká na schválenie
list-referrals = Postúpenia
list-coordinated_authorities = Orgány, ktorých žiadosti koordinujem
list-access_coordinated = Prístup k legislatívnym oblastiam
list-validated_authorities = Orgány, ktoré overujem
