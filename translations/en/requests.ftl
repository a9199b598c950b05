# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Allocation of incoming requests to request handlers
setting-approve_requests = The request coordinator approves requests before they are sent
setting-approve_replies = The request coordinator approves replies before they are sent
setting-referral_participation = Takes part in referrals as request coordinator
setting-coordinator_sees_details = Request coordinators may see the details of requests (never personal data)

wf-pq_request = Request for information – professional qualifications
request-party-requester = Requesting authority
request-party-responder = Responding authority
request-party-requester_coordinators = Request coordinators of the requesting authority
request-party-responder_coordinators = Request coordinators of the responding authority
request-party-requester_coordinator = Referral: coordinator of the requesting authority
request-party-responder_coordinator = Referral: coordinator of the responding authority

request-field-answers = Questions and answers
request-field-proposed_deadline = Proposed deadline
request-field-deadline = Agreed deadline
request-field-handler = Allocated to
request-field-reason = Reason
request-field-further_question = Further information requested
request-field-overdue = Overdue
request-field-rating_timeliness = Rating: timeliness
request-field-rating_effort = Rating: effort
request-field-sent_at = Sent on
request-field-accepted_at = Accepted on
request-field-replied_at = Replied on
request-field-closed_at = Closed on
request-input-responder = Responding authority
request-input-to = Forward to
request-input-requester_coordinator = Coordinator of the requesting authority
request-input-responder_coordinator = Coordinator of the responding authority

request-state-draft = Draft
request-state-awaiting_approval = Awaiting approval by the coordinator
request-state-awaiting_acceptance = Awaiting acceptance
request-state-accepted = Accepted, being answered
request-state-reply_awaiting_approval = Reply awaiting approval by the coordinator
request-state-replied = Replied
request-state-further_information_requested = Further information requested
request-state-cannot_provide = Further information cannot be provided
request-state-referred = Referred to the coordinators
request-state-closed = Closed
request-state-withdrawn = Withdrawn
request-state-deleted = Deleted

request-action-create = New request
request-action-save = Save draft
request-action-delete_draft = Delete draft
request-action-send = Send
request-action-approve_request = Approve the request
request-action-return_request = Return the request
request-action-allocate = Allocate to a request handler
request-action-accept = Accept
request-action-forward = Forward to another authority
request-action-reply = Reply
request-action-approve_reply = Approve the reply
request-action-return_reply = Return the reply
request-action-ask_further_information = Ask for further information
request-action-provide_further_information = Provide further information
request-action-cannot_provide = Cannot provide further information
request-action-refer = Refer to the coordinators
request-action-requester_coordinator_opts_out = Do not take part in the referral
request-action-responder_coordinator_opts_out = Do not take part in the referral
request-action-delegate_referral = Delegate to a request handler
request-action-conclude_referral = Conclude the referral
request-action-close = Accept the reply and close
request-action-withdraw = Withdraw
request-action-remind = Reminder before the deadline
request-action-notice_overdue = Deadline passed

pq_request-guard-create = Both authorities need access to professional qualifications, and the responding authority must be another one.
request-guard-deadline = The deadline must be a date in the future.
request-guard-allocation = Your authority does not allocate incoming requests.
pq_request-guard-forward = Forward only to another authority with access to professional qualifications.
pq_request-guard-refer = Choose a request coordinator of each authority for professional qualifications.
request-guard-rating = Rate timeliness and effort from 1 to 5.

pq_request-email-incoming =
    Your authority has received a request for information on professional qualifications (request { $request }).
    The requesting authority asks for an answer by { $deadline }.

    Open the request in IMI to accept it, or to propose another deadline.
    .subject = New request for information (professional qualifications)
pq_request-email-approval-needed =
    A request for information on professional qualifications (request { $request }) awaits your approval before it is sent.
    .subject = A request awaits your approval
request-email-returned =
    Request { $request } was returned to you: { $reason }
    .subject = A request was returned to you
pq_request-email-allocated =
    Request { $request } (professional qualifications) has been allocated to you.
    .subject = A request has been allocated to you
request-email-accepted =
    Your request { $request } was accepted. The responding authority will answer by { $deadline }.
    .subject = Your request was accepted
request-email-forwarded =
    Your request { $request } was forwarded to another authority ({ $to }), which now has to accept it.
    .subject = Your request was forwarded
request-email-replied =
    Your request { $request } has been answered. Open it in IMI to read the reply.
    .subject = Your request has been answered
request-email-further-information =
    The requesting authority asks for further information on request { $request }.
    .subject = Further information requested
request-email-cannot-provide =
    The responding authority cannot provide the further information asked for on request { $request }: { $reason }
    .subject = Further information cannot be provided
request-email-referred =
    Request { $request } has been referred to you as request coordinator. You take part unless you opt out.
    .subject = A request has been referred to you
request-email-referral-delegated =
    Your coordinator has made you responsible for the referral of request { $request }.
    .subject = A referral has been delegated to you
request-email-closed =
    Request { $request } has been closed by the requesting authority.
    .subject = A request was closed
request-email-withdrawn =
    Request { $request } has been withdrawn by the requesting authority: { $reason }
    .subject = A request was withdrawn
request-email-reminder =
    Request { $request } must be answered by { $deadline }.
    .subject = Reminder: a request is due soon
request-email-overdue =
    The deadline of request { $request } ({ $deadline }) has passed without a reply.
    .subject = A request is overdue

wf-services_request = Request for information – services
services_request-guard-create = Both authorities need access to services, and the responding authority must be another one.
services_request-guard-forward = Forward only to another authority with access to services.
services_request-guard-refer = Choose a request coordinator of each authority for services.
services_request-email-incoming =
    Your authority has received a request for information on a service provider (request { $request }).
    The requesting authority asks for an answer by { $deadline }.

    Open the request in IMI to accept it, or to propose another deadline.
    .subject = New request for information (services)
services_request-email-approval-needed =
    A request for information on a service provider (request { $request }) awaits your approval before it is sent.
    .subject = A request awaits your approval
services_request-email-allocated =
    Request { $request } (services) has been allocated to you.
    .subject = A request has been allocated to you

request-field-personal_data_blocked = Personal data blocked
request-action-block_personal_data = Block the personal data
request-action-consult_personal_data = Consult the blocked personal data
request-action-purge = Delete for good
request-input-justification = Justification
request-guard-justification = Personal data is blocked six months after closure; give a justification of at least 20 characters to consult it.
