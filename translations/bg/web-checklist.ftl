# The web application: the setup checklist on My authority.

web-admin-checklist = Настройване на ИСВП във вашия орган
web-admin-step-done = изпълнено
web-admin-step-todo = предстои
web-admin-step-manual = за проверка от вас
