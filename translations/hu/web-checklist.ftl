# The web application: the setup checklist on My authority.

web-admin-checklist = Az IMI beállítása a hatóságánál
web-admin-step-done = kész
web-admin-step-todo = teendő
web-admin-step-manual = Önnek kell ellenőriznie
