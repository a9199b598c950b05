# The web application: the setup checklist on My authority.

web-admin-checklist = Opsætning af IMI i din myndighed
web-admin-step-done = udført
web-admin-step-todo = mangler
web-admin-step-manual = skal kontrolleres af dig
