# The web application: the setup checklist on My authority.

web-admin-checklist = IMI a shocrú i d'údarás
web-admin-step-done = déanta
web-admin-step-todo = le déanamh
web-admin-step-manual = le seiceáil agat
