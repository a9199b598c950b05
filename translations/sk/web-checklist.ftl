# The web application: the setup checklist on My authority.

web-admin-checklist = Nastavenie IMI vo vašom orgáne
web-admin-step-done = hotovo
web-admin-step-todo = treba urobiť
web-admin-step-manual = na vašu kontrolu
