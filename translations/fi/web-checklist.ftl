# The web application: the setup checklist on My authority.

web-admin-checklist = IMI:n käyttöönotto viranomaisessasi
web-admin-step-done = valmis
web-admin-step-todo = tekemättä
web-admin-step-manual = tarkistettavaksesi
