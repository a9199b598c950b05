# The web application: the setup checklist on My authority.

web-admin-checklist = IMI instellen in uw autoriteit
web-admin-step-done = gereed
web-admin-step-todo = te doen
web-admin-step-manual = door u te controleren
