# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Yhteydet ja koordinaattorit
list-group-coordination = Koordinointi
list-linked_authorities = Yhdistetyt viranomaiset
list-request_coordinators = Pyyntökoordinaattorit
list-approval_queue = Odottaa hyväksyntää
list-referrals = Siirrot
list-coordinated_authorities = Viranomaiset, joiden pyyntöjä koordinoin
list-access_coordinated = Lainsäädäntöalojen käyttöoikeudet
list-validated_authorities = Viranomaiset, joiden rekisteröinnin vahvistan
