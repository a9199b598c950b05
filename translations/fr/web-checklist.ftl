# The web application: the setup checklist on My authority.

web-admin-checklist = Mise en place d'IMI dans votre autorité
web-admin-step-done = fait
web-admin-step-todo = à faire
web-admin-step-manual = à vérifier par vous
