# The web application: my authority (profile, area settings, users).

web-nav-admin = My authority
web-admin-title = My authority
web-admin-profile = Profile
web-admin-profile-hint = general data, contacts and competences, as other authorities find them
web-admin-areas = Legislative areas and their settings
web-admin-settings-change = See and change the settings
web-admin-settings-see = See the settings
web-admin-no-areas = Your authority has no access to a legislative area yet.
web-admin-users = Users of my authority
web-admin-name = Name
web-admin-roles = Roles
web-admin-register = Register a user
web-admin-roles-hint = Roles: one per line or separated by commas, e.g. request_handler, or request_handler@professional-qualifications for one area.
web-admin-register-submit = Register
web-admin-registered = The user is registered with the user ID { $user_id }. Tell it to the user yourself: it is never sent by e-mail. The temporary password goes to the user's e-mail address.
