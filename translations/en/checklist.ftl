# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Keep the general data current: informal name, description, languages, contacts and e-mail
checklist-competences = Describe the competences: economic activities and policy areas
checklist-area_keywords = Choose the keywords of each legislative area
checklist-linked_authorities = Link the related authorities of your country
checklist-request_coordinators = Link the request coordinators
checklist-departments = Decide which departments use IMI
checklist-substitute_users = Decide how many more users you need (at least one substitute)
checklist-allocation = Decide whether incoming requests are allocated to request handlers
checklist-roles = Give each user a role
checklist-register_users = Register the users
checklist-tell_user_ids = Tell the users their user IDs
checklist-users_logged_in = Get the users to log in
checklist-data_administrator = Coordinators: decide who is data administrator
checklist-referral_participation = Coordinators: decide whether to take part in referrals
checklist-approval = Coordinators: decide whether to approve the requests and replies of the authorities you coordinate
