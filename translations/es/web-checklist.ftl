# The web application: the setup checklist on My authority.

web-admin-checklist = Configuración de IMI en su autoridad
web-admin-step-done = hecho
web-admin-step-todo = pendiente
web-admin-step-manual = para que usted lo compruebe
