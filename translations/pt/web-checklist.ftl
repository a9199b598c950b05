# The web application: the setup checklist on My authority.

web-admin-checklist = Configuração do IMI na sua autoridade
web-admin-step-done = feito
web-admin-step-todo = por fazer
web-admin-step-manual = a verificar por si
