### English texts of user accounts (definitions/core/workflows/user_account.yaml):
### registration, login, blocking and resets (R-LOGIN, R-ROLES).
### The roles themselves (role-*) are in core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = User account

user_account-party-authority = User's authority
user_account-party-validating_coordinator = Validating coordinator

user_account-state-registered = Registered, awaiting first login
user_account-state-active = Active
user_account-state-blocked = Blocked
user_account-state-removed = Removed

user_account-action-register = Register a user
user_account-action-first_login = First login
user_account-action-login_succeeded = Login
user_account-action-login_failed = Wrong password or security code
user_account-action-reset = Issue a new temporary password
user_account-action-reset_only_lda = Issue a new temporary password (only local data administrator)
user_account-action-change_roles = Change roles
user_account-action-change_user_id = Change user ID
user_account-action-update_contact = Update contact details
user_account-action-remove = Remove the user

user_account-field-user_id = User ID
user_account-field-name = Name
user_account-field-email = Individual e-mail
user_account-field-phone = Phone
user_account-field-language = Preferred working language
user_account-field-roles = Roles
user_account-field-failures = Wrong entries since the last login
user_account-field-registered_at = Registered on
user_account-field-temporary_password_sent_at = Temporary password sent on
user_account-field-password_changed_at = Password chosen on
user_account-field-last_login_at = Last login
user_account-field-blocked_at = Blocked on

user_account-input-temporary_password = Temporary password

## Refusals

user_account-guard-register = The user cannot be registered: the user ID may already be taken (user IDs are unique, whatever the case), the e-mail address may be malformed, the language must be one of the 24 official languages, and the user needs at least one role.
user_account-guard-user_id_taken = This user ID is already taken (user IDs are unique, whatever the case). Choose another one.
user_account-guard-reset_only_lda = Only the validating coordinator's data administrator can do this, and only for the authority's only local data administrator; this authority has another active local data administrator, who can issue the new temporary password.
user_account-guard-change_roles = A user needs at least one role, and the authority must keep at least one active local data administrator.
user_account-guard-remove = The authority must keep at least one active local data administrator.
user_account-guard-update_contact = The e-mail address is malformed, or the language is not one of the 24 official languages.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Dear { $name },

    your temporary password for the Internal Market Information System (IMI) is: { $temporary_password }

    Your user ID is not in this e-mail: the person who registered you tells it to you. At your next login, enter the user ID and this temporary password, then choose your own password (at least 8 characters, with lower case, upper case and a digit) and a new security code of 12 characters (the same rules). Both are case-sensitive.
    .subject = Your temporary IMI password

user_account-email-blocked =
    Dear { $name },

    your IMI account was blocked after five wrong entries of the password or the security code. Ask your authority's local data administrator for a new temporary password (if you are its only local data administrator, ask your validating coordinator).
    .subject = Your IMI account is blocked

user_account-input-authority = User's authority
