# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Allocation of incoming requests to request handlers
setting-approve_requests = The request coordinator approves requests before they are sent
setting-approve_replies = The request coordinator approves replies before they are sent
setting-referral_participation = Takes part in referrals as request coordinator
setting-coordinator_sees_details = Request coordinators may see the details of requests (never personal data)

wf-pq_request = Request for information – professional qualifications
pq_request-party-requester = Requesting authority
pq_request-party-responder = Responding authority
pq_request-party-requester_coordinators = Request coordinators of the requesting authority
pq_request-party-responder_coordinators = Request coordinators of the responding authority
pq_request-party-requester_coordinator = Referral: coordinator of the requesting authority
pq_request-party-responder_coordinator = Referral: coordinator of the responding authority

pq_request-field-answers = Questions and answers
pq_request-field-proposed_deadline = Proposed deadline
pq_request-field-deadline = Agreed deadline
pq_request-field-handler = Allocated to
pq_request-field-reason = Reason
pq_request-field-further_question = Further information requested
pq_request-field-overdue = Overdue
pq_request-field-rating_timeliness = Rating: timeliness
pq_request-field-rating_effort = Rating: effort
pq_request-field-sent_at = Sent on
pq_request-field-accepted_at = Accepted on
pq_request-field-replied_at = Replied on
pq_request-field-closed_at = Closed on
pq_request-input-responder = Responding authority
pq_request-input-to = Forward to
pq_request-input-requester_coordinator = Coordinator of the requesting authority
pq_request-input-responder_coordinator = Coordinator of the responding authority

pq_request-state-draft = Draft
pq_request-state-awaiting_approval = Awaiting approval by the coordinator
pq_request-state-awaiting_acceptance = Awaiting acceptance
pq_request-state-accepted = Accepted, being answered
pq_request-state-reply_awaiting_approval = Reply awaiting approval by the coordinator
pq_request-state-replied = Replied
pq_request-state-further_information_requested = Further information requested
pq_request-state-cannot_provide = Further information cannot be provided
pq_request-state-referred = Referred to the coordinators
pq_request-state-closed = Closed
pq_request-state-withdrawn = Withdrawn
pq_request-state-deleted = Deleted

pq_request-action-create = New request
pq_request-action-save = Save draft
pq_request-action-delete_draft = Delete draft
pq_request-action-send = Send
pq_request-action-approve_request = Approve the request
pq_request-action-return_request = Return the request
pq_request-action-allocate = Allocate to a request handler
pq_request-action-accept = Accept
pq_request-action-forward = Forward to another authority
pq_request-action-reply = Reply
pq_request-action-approve_reply = Approve the reply
pq_request-action-return_reply = Return the reply
pq_request-action-ask_further_information = Ask for further information
pq_request-action-provide_further_information = Provide further information
pq_request-action-cannot_provide = Cannot provide further information
pq_request-action-refer = Refer to the coordinators
pq_request-action-requester_coordinator_opts_out = Do not take part in the referral
pq_request-action-responder_coordinator_opts_out = Do not take part in the referral
pq_request-action-delegate_referral = Delegate to a request handler
pq_request-action-conclude_referral = Conclude the referral
pq_request-action-close = Accept the reply and close
pq_request-action-withdraw = Withdraw
pq_request-action-remind = Reminder before the deadline
pq_request-action-notice_overdue = Deadline passed

pq_request-guard-create = Both authorities need access to professional qualifications, and the responding authority must be another one.
pq_request-guard-deadline = The deadline must be a date in the future.
pq_request-guard-allocation = Your authority does not allocate incoming requests.
pq_request-guard-forward = Forward only to another authority with access to professional qualifications.
pq_request-guard-refer = Choose a request coordinator of each authority for professional qualifications.
pq_request-guard-rating = Rate timeliness and effort from 1 to 5.

pq_request-email-incoming =
    Your authority has received a request for information on professional qualifications (request { $request }).
    The requesting authority asks for an answer by { $deadline }.

    Open the request in IMI to accept it, or to propose another deadline.
    .subject = New request for information (professional qualifications)
pq_request-email-approval-needed =
    A request for information on professional qualifications (request { $request }) awaits your approval before it is sent.
    .subject = A request awaits your approval
pq_request-email-returned =
    Request { $request } was returned to you: { $reason }
    .subject = A request was returned to you
pq_request-email-allocated =
    Request { $request } (professional qualifications) has been allocated to you.
    .subject = A request has been allocated to you
pq_request-email-accepted =
    Your request { $request } was accepted. The responding authority will answer by { $deadline }.
    .subject = Your request was accepted
pq_request-email-forwarded =
    Your request { $request } was forwarded to another authority ({ $to }), which now has to accept it.
    .subject = Your request was forwarded
pq_request-email-replied =
    Your request { $request } has been answered. Open it in IMI to read the reply.
    .subject = Your request has been answered
pq_request-email-further-information =
    The requesting authority asks for further information on request { $request }.
    .subject = Further information requested
pq_request-email-cannot-provide =
    The responding authority cannot provide the further information asked for on request { $request }: { $reason }
    .subject = Further information cannot be provided
pq_request-email-referred =
    Request { $request } has been referred to you as request coordinator. You take part unless you opt out.
    .subject = A request has been referred to you
pq_request-email-referral-delegated =
    Your coordinator has made you responsible for the referral of request { $request }.
    .subject = A referral has been delegated to you
pq_request-email-closed =
    Request { $request } has been closed by the requesting authority.
    .subject = A request was closed
pq_request-email-withdrawn =
    Request { $request } has been withdrawn by the requesting authority: { $reason }
    .subject = A request was withdrawn
pq_request-email-reminder =
    Request { $request } must be answered by { $deadline }.
    .subject = Reminder: a request is due soon
pq_request-email-overdue =
    The deadline of request { $request } ({ $deadline }) has passed without a reply.
    .subject = A request is overdue
