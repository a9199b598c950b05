# The web application: the setup checklist on My authority.

web-admin-checklist = Konfiguracja IMI w organie
web-admin-step-done = zrobione
web-admin-step-todo = do zrobienia
web-admin-step-manual = do sprawdzenia
