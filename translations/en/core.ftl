### English texts of the system package `core` (definitions/core):
### roles, coordinator relations, and the workflows registration_request,
### authority and area_access.

area-core = IMI system

## Roles (R-ROLES)

role-basic_user = Basic user
role-request_handler = Request handler
role-allocator = Allocator
role-local_data_administrator = Local data administrator
role-data_administrator = Data administrator
role-system_administrator = System administrator

## Coordinator relations (R-ACTORS)

relation-validating = Validating coordinator
relation-legislation_access = Legislation access coordinator
relation-request = Request coordinator

## Workflow: registration request (R-REG)

wf-registration_request = Registration request

registration_request-party-coordinator = Coordinator
registration_request-party-applicant = Invited authority
registration_request-party-commission = European Commission

registration_request-state-draft = Draft
registration_request-state-saved = Saved
registration_request-state-saving_blocked = Saving blocked
registration_request-state-rejected = Rejected
registration_request-state-sent = Sent, awaiting registration
registration_request-state-pending_validation = Registration pending validation
registration_request-state-validated = Authority validated
registration_request-state-validation_refused = Validation refused
registration_request-state-expired = Expired
registration_request-state-cancelled = Cancelled
registration_request-state-deleted = Deleted

registration_request-action-create = New registration request
registration_request-action-edit = Edit
registration_request-action-edit_sent = Edit and send a new invitation
registration_request-action-save = Save for sending
registration_request-action-stop = Stop sending
registration_request-action-release = Release for sending
registration_request-action-dispatch = Send the invitation
registration_request-action-remind = Send a reminder
registration_request-action-expire = Expire
registration_request-action-cancel = Cancel
registration_request-action-discard = Delete
registration_request-action-register = Register the authority
registration_request-action-authority_validated = Authority validated
registration_request-action-authority_refused = Authority refused
registration_request-action-purge = Delete for good

registration_request-field-email = Authority's working e-mail
registration_request-field-name = Name (for your list only)
registration_request-field-areas = Legislative areas
registration_request-field-note = Covering note
registration_request-field-country = Country
registration_request-field-rejection_reason = Reason for rejection
registration_request-field-saved_at = Saved on
registration_request-field-dispatch_at = To be sent on
registration_request-field-sent_at = Sent on
registration_request-field-token = Registration token
registration_request-field-token_expires_at = Token valid until
registration_request-field-registered_at = Registered on
registration_request-field-authority_name = Registered authority
registration_request-field-delete_at = To be deleted on
registration_request-field-coordinator_name = Coordinator (as shown in the invitation)
registration_request-field-coordinator_email = Coordinator's e-mail (as shown in the invitation)

registration_request-input-summary_kept = I have printed the summary or saved it as a document
registration_request-input-official_name = Official name
registration_request-input-national_languages = National languages
registration_request-input-informal_name = Informal name
registration_request-input-description = Short description of responsibilities
registration_request-input-languages = Other languages understood
registration_request-input-level = Level (local, regional, national)
registration_request-input-address = Postal address
registration_request-input-phone = Telephone
registration_request-input-website = Website
registration_request-input-first_user_name = First user's name
registration_request-input-first_user_email = First user's e-mail
registration_request-input-first_user_language = First user's preferred working language

registration_request-rejection-malformed_email = The e-mail address is not valid.
registration_request-rejection-email_in_use = The e-mail address is already used by an authority or by another registration request.

registration_request-guard-save = Choose at least one legislative area.
registration_request-guard-edit_sent = The e-mail address is not valid, or it is already used by an authority or by another registration request.
registration_request-guard-register = The security check failed: the token is wrong or has expired, the summary was not kept, the country does not match the invitation, or the e-mail address is invalid or already used by an authority.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) invites your authority to register in the Internal Market Information System (IMI).

    { $note }

    To register, open { $link } and enter your registration token: { $token }
    The token is valid until { $expires_on }.
    .subject = Invitation to register in IMI

registration_request-email-reminder =
    Your invitation from { $coordinator_name } ({ $coordinator_email }) to register in IMI expires on { $expires_on }.
    To register, open { $link }.
    .subject = Reminder: your invitation to register in IMI expires soon

registration_request-email-token_void =
    The invitation to register in IMI that { $coordinator_name } ({ $coordinator_email }) sent you has been changed. The link and token you received are no longer valid. A new invitation with a new token follows.
    .subject = Your IMI registration link is no longer valid

registration_request-email-registered =
    The authority { $official_name } has registered in IMI through your registration request { $name } ({ $email }). Its registration is waiting for your validation.
    .subject = A registration is pending your validation

registration_request-email-confirmation =
    Thank you for registering { $official_name } ({ $informal_name }, { $country }) in IMI.
    First user: { $first_user_name }.
    Your coordinator { $coordinator_name } will now validate the registration; you will then receive login instructions.
    .subject = Your registration in IMI

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Authority

authority-party-own = Authority
authority-party-validating_coordinator = Validating coordinator
authority-party-commission = European Commission

authority-state-pending_validation = Registration pending validation
authority-state-refused = Registration refused
authority-state-active = Active
authority-state-deletion_in_progress = Deletion in progress
authority-state-inactive = Inactive
authority-state-deleted = Deleted

authority-action-register_directly = Register an authority
authority-action-self_registration = Self-registration
authority-action-validate = Validate
authority-action-refuse = Refuse the registration
authority-action-update_profile = Update the authority's data
authority-action-change_official_name = Change the official name
authority-action-translations_done = Translations done
authority-action-start_deletion = Start deletion
authority-action-deactivate = Set inactive
authority-action-purge = Delete for good

authority-field-official_name = Official name
authority-field-country = Country
authority-field-level = Level (local, regional, national)
authority-field-national_languages = National languages
authority-field-informal_name = Informal name
authority-field-description = Short description of responsibilities
authority-field-languages = Other languages understood
authority-field-address = Postal address
authority-field-phone = Telephone
authority-field-website = Website
authority-field-email = General e-mail
authority-field-new_translation_needed = New translation needed
authority-field-first_user_name = First user's name
authority-field-first_user_email = First user's e-mail
authority-field-first_user_language = First user's preferred working language
authority-field-areas = Legislative areas
authority-field-validated_at = Validated on
authority-field-refused_at = Refused on
authority-field-refusal_reason = Reason for refusal
authority-field-deletion_started_at = Deletion started on
authority-field-inactive_since = Inactive since
authority-field-delete_at = To be deleted on

authority-input-authority_id = Existing authority ID (migration only)
authority-input-reason = Reason

authority-guard-register_directly = The authority must be of your country, with a valid general e-mail address that no other authority uses.
authority-guard-email = The general e-mail address is not valid, or another authority already uses it.
authority-guard-translations_done = No new translation was asked for.

authority-email-login_instructions =
    The registration of { $official_name } in IMI is complete.
    { $first_user_name } receives a temporary password in a separate e-mail; the user ID is given by your coordinator, never by e-mail. At the first login choose a password and a 12-character security code.
    .subject = Your authority is registered in IMI: login instructions

authority-email-refused =
    The registration of { $official_name } in IMI was refused. { $reason }
    Your coordinator can still validate it within six months; after that it is deleted.
    .subject = Your registration in IMI was refused

authority-email-deletion_started =
    The deletion of { $official_name } from IMI has started. You can finish your ongoing exchanges, but you can no longer send or receive new requests.
    .subject = Deletion of your authority in IMI has started

authority-email-deactivated =
    { $official_name } is now inactive in IMI. Users can still log in and read, but nothing new can be sent or received. The authority will be deleted for good on { $delete_on }.
    .subject = Your authority is inactive in IMI

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Access to a legislative area

area_access-party-authority = Authority
area_access-party-access_coordinator = Legislation access coordinator

area_access-state-requested = Requested
area_access-state-granted = Granted
area_access-state-suspended = Suspended
area_access-state-removed = Removed
area_access-state-reactivation_requested = Reactivation requested
area_access-state-removed_reactivation_requested = Reactivation requested (removed)
area_access-state-refused = Refused

area_access-action-request = Request access to a legislative area
area_access-action-at_registration = Access with the registration
area_access-action-edit_keywords = Edit the area settings
area_access-action-coordinator_edit_keywords = Edit the area settings of the requesting authority
area_access-action-grant = Grant access
area_access-action-refuse = Refuse access
area_access-action-suspend = Suspend access
area_access-action-reinstate = Lift the suspension
area_access-action-remove = Remove access
area_access-action-request_reactivation = Request reactivation
area_access-action-approve_reactivation = Reactivate
area_access-action-refuse_reactivation = Refuse reactivation

area_access-field-area = Legislative area
area_access-field-area_workflow = Workflow
area_access-field-keywords = Keywords
area_access-field-note = Note
area_access-field-reason = Reason
area_access-field-requested_at = Requested on
area_access-field-granted_at = Granted on
area_access-field-suspended_at = Suspended on
area_access-field-removed_at = Removed on
area_access-field-reactivation_requested_at = Reactivation requested on

area_access-input-coordinator = Coordinator asked for access

area_access-guard-request = Your authority already has or has asked for access to this area, is not active, or chose itself as coordinator.
area_access-guard-authority_not_active = The authority is not active: no new access can be granted.

area_access-email-requested =
    The authority { $authority } asks for access to the legislative area { $area }.
    .subject = Request for access to a legislative area

area_access-email-granted =
    Your authority now has access to the legislative area { $area }.
    .subject = Access to a legislative area granted

area_access-email-refused =
    Your request for access to the legislative area { $area } was refused. { $reason }
    .subject = Access to a legislative area refused

area_access-email-suspended =
    Your access to the legislative area { $area } is suspended: you can finish open requests, but start nothing new.
    .subject = Access to a legislative area suspended

area_access-email-removed =
    Your access to the legislative area { $area } was removed.
    .subject = Access to a legislative area removed

area_access-email-reactivation_requested =
    The authority { $authority } asks for the reactivation of its access to the legislative area { $area }.
    .subject = Request to reactivate access to a legislative area

area_access-email-reactivated =
    Your request to reactivate your access to the legislative area { $area } was accepted.
    .subject = Access to a legislative area reactivated

area_access-email-reactivation_refused =
    Your request to reactivate your access to the legislative area { $area } was refused. { $reason }
    .subject = Reactivation of access to a legislative area refused

area_access-field-allocation = Allocation of incoming requests
area_access-field-referral_participation = Takes part in referrals
area_access-field-coordinator_sees_details = Request coordinators see the details of requests
area_access-field-approve_requests = Requests need the coordinator's approval
area_access-field-approve_replies = Replies need the coordinator's approval
area_access-action-change_settings = Change the settings
area_access-action-change_approval = Change the approval settings
