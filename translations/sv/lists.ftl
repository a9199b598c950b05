# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Kopplingar och samordnare
list-group-coordination = Samordning
list-linked_authorities = Kopplade myndigheter
list-request_coordinators = Samordnare för förfrågningar
list-approval_queue = Väntar på godkännande
list-referrals = Hänskjutanden
list-coordinated_authorities = Myndigheter vars förfrågningar jag samordnar
list-access_coordinated = Åtkomst till lagstiftningsområden
list-validated_authorities = Myndigheter som jag validerar
