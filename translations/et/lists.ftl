# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Seosed ja koordinaatorid
list-group-coordination = Koordineerimine
list-linked_authorities = Seotud asutused
list-request_coordinators = Taotluste koordinaatorid
list-approval_queue = Ootab heakskiitu
list-referrals = Suunamised
list-coordinated_authorities = Asutused, mille taotlusi koordineerin
list-access_coordinated = Juurdepääs õigusvaldkondadele
list-validated_authorities = Asutused, mida kinnitan
