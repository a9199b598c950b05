# The web application: the setup checklist on My authority.

web-admin-checklist = Ρύθμιση του IMI στην αρχή σας
web-admin-step-done = ολοκληρώθηκε
web-admin-step-todo = εκκρεμεί
web-admin-step-manual = για δικό σας έλεγχο
