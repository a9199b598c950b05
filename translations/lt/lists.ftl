# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Ryšiai ir koordinatoriai
list-group-coordination = Koordinavimas
list-linked_authorities = Susietos institucijos
list-request_coordinators = Prašymų koordinatoriai
list-approval_queue = Laukiama patvirtinimo
list-referrals = Perdavimo koordinatoriams procedūros
list-coordinated_authorities = Institucijos, kurių prašymus koordinuoju
list-access_coordinated = Prieiga prie teisės aktų sričių
list-validated_authorities = Institucijos, kurias tvirtinu
