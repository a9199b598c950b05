# The web application: the setup checklist on My authority.

web-admin-checklist = L-issettjar tal-IMI fl-awtorità tiegħek
web-admin-step-done = lest
web-admin-step-todo = għad irid isir
web-admin-step-manual = biex tiċċekkjah int
