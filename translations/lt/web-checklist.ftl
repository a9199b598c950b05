# The web application: the setup checklist on My authority.

web-admin-checklist = IMI nustatymas jūsų institucijoje
web-admin-step-done = atlikta
web-admin-step-todo = reikia atlikti
web-admin-step-manual = turite patikrinti jūs
