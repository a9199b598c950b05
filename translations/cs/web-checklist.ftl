# The web application: the setup checklist on My authority.

web-admin-checklist = Nastavení IMI ve vašem orgánu
web-admin-step-done = hotovo
web-admin-step-todo = zbývá udělat
web-admin-step-manual = ke kontrole vámi
