# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Kapcsolatok és koordinátorok
list-group-coordination = Koordináció
list-linked_authorities = Kapcsolt hatóságok
list-request_coordinators = Megkeresési koordinátorok
list-approval_queue = Engedélyezésre vár
list-referrals = Koordinátorokhoz utalt ügyek
list-coordinated_authorities = Hatóságok, amelyek megkereséseit koordinálom
list-access_coordinated = Hozzáférés jogterületekhez
list-validated_authorities = Hatóságok, amelyeket én hagyok jóvá
