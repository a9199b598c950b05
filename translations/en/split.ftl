# Splitting a request (R-FACTS): the topics chosen move into a new request
# to another authority.

request-field-split_from = Split off request
request-action-split = Split: move topics to another authority
request-action-split_off = Split off another request
request-input-split_to = Authority to move the topics to
request-input-topics = Topics to move
pq_request-guard-split = Move some, not all, of the topics asked to another authority with access to professional qualifications.
services_request-guard-split = Move some, not all, of the topics asked to another authority with access to services.
request-email-split =
    Part of your request { $request } was moved to a new request to another authority ({ $to }). The topics moved were removed from this request.
    .subject = Part of your request was moved to another authority
