# The web application: the setup checklist on My authority.

web-admin-checklist = IMI iestatīšana jūsu iestādē
web-admin-step-done = izdarīts
web-admin-step-todo = jāizdara
web-admin-step-manual = jāpārbauda jums
