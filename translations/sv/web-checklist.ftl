# The web application: the setup checklist on My authority.

web-admin-checklist = Konfigurera IMI i din myndighet
web-admin-step-done = klart
web-admin-step-todo = att göra
web-admin-step-manual = för dig att kontrollera
