# The web application: the setup checklist on My authority.

web-admin-checklist = IMI seadistamine teie asutuses
web-admin-step-done = tehtud
web-admin-step-todo = teha
web-admin-step-manual = teie kontrollida
