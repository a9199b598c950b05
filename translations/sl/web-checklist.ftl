# The web application: the setup checklist on My authority.

web-admin-checklist = Nastavitev IMI v vašem organu
web-admin-step-done = opravljeno
web-admin-step-todo = za opraviti
web-admin-step-manual = za vaše preverjanje
