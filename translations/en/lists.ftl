# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Links and coordinators
list-group-coordination = Coordination
list-linked_authorities = Linked authorities
list-request_coordinators = Request coordinators
list-approval_queue = Awaiting approval
list-referrals = Referrals
list-coordinated_authorities = Authorities whose requests I coordinate
list-access_coordinated = Access to legislative areas
list-validated_authorities = Authorities I validate
