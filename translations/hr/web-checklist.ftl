# The web application: the setup checklist on My authority.

web-admin-checklist = Postavljanje IMI-ja u Vašem tijelu
web-admin-step-done = dovršeno
web-admin-step-todo = za napraviti
web-admin-step-manual = trebate provjeriti
