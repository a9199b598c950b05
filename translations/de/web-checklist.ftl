# The web application: the setup checklist on My authority.

web-admin-checklist = IMI in Ihrer Behörde einrichten
web-admin-step-done = erledigt
web-admin-step-todo = offen
web-admin-step-manual = von Ihnen zu prüfen
