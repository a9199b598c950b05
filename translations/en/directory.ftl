# Authorities and coordinators: profiles, imports, links between authorities,
# request coordinators; the e-mail footer.

authority-field-economic_activities = Economic activities
authority-field-policy_areas = Policy areas
authority-field-coordinator = IMI coordinator
authority-field-coordinated_areas = Coordinated legislative areas
authority-field-region = Region
authority-input-user_id = First user's user ID
authority-input-temporary_password = First user's temporary password
authority-input-validating_coordinator = Validating coordinator
authority-action-imported = Take over from the former system
authority-action-update_competences = Change competences
authority-action-designate_coordinator = Designate as IMI coordinator
authority-guard-imported = The authority is already known, its general e-mail address is not valid, or the coordinator kind is not nimic, dimic or sdimic.
authority-guard-designate_coordinator = The coordinator kind must be nimic, dimic or sdimic.

area_access-field-professions = Professions
area_access-input-authority = Authority
area_access-action-imported = Take over from the former system

user_account-action-first_user = Register the first user
user_account-action-imported = Take over from the former system

wf-authority_link = Link between authorities
authority_link-party-authority = Authority
authority_link-party-linked = Linked authority
authority_link-field-linked_at = Linked on
authority_link-state-linked = Linked
authority_link-state-unlinked = Link removed
authority_link-action-link = Link an authority
authority_link-action-unlink = Remove the link
authority_link-input-linked = Authority to link
authority_link-guard-link = You can link only another active authority of your own country, and only once.

wf-request_coordination = Request coordinator
request_coordination-party-authority = Coordinated authority
request_coordination-party-coordinator = Request coordinator
request_coordination-field-area = Legislative area
request_coordination-field-linked_at = Linked on
request_coordination-state-linked = Linked
request_coordination-state-unlinked = Unlinked
request_coordination-action-at_access = Link the access coordinator
request_coordination-action-link = Link a request coordinator
request_coordination-action-unlink = Unlink the request coordinator
request_coordination-input-coordinator = Coordinator
request_coordination-guard-link = The coordinator must be an active IMI coordinator of your country, not yet linked for this area, and your authority must have access to the area.
request_coordination-guard-unlink = Your authority keeps at least one request coordinator in each legislative area.
request_coordination-email-linked =
    The authority { $authority } linked your authority as its request coordinator for the legislative area { $area }.
    .subject = New coordinated authority

mail-footer = This e-mail was sent automatically by the Internal Market Information System (IMI). Please do not reply to it.

keywords-countries = Countries
keywords-levels = Levels
keywords-languages = Languages
