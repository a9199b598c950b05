# The web application: the setup checklist on My authority.

web-admin-checklist = Configurazione di IMI nella sua autorità
web-admin-step-done = fatto
web-admin-step-todo = da fare
web-admin-step-manual = da verificare da parte sua
