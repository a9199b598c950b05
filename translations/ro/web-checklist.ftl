# The web application: the setup checklist on My authority.

web-admin-checklist = Configurarea IMI în autoritatea dumneavoastră
web-admin-step-done = efectuat
web-admin-step-todo = de efectuat
web-admin-step-manual = de verificat de dumneavoastră
