# The web application: the setup checklist on My authority.

web-admin-checklist = Setting up IMI in your authority
web-admin-step-done = done
web-admin-step-todo = to do
web-admin-step-manual = for you to check
