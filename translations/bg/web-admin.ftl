# The web application: my authority (profile, area settings, users).

web-nav-admin = Моят орган
web-admin-title = Моят орган
web-admin-profile = Профил
web-admin-profile-hint = общи данни, данни за контакт и компетентности, както ги виждат другите органи
web-admin-areas = Законодателни области и техните настройки
web-admin-settings-change = Преглед и промяна на настройките
web-admin-settings-see = Преглед на настройките
web-admin-no-areas = Вашият орган все още няма достъп до законодателна област.
web-admin-users = Потребители на моя орган
web-admin-name = Име
web-admin-roles = Роли
web-admin-register = Регистриране на потребител
web-admin-roles-hint = Роли: по една на ред или разделени със запетаи, напр. request_handler или request_handler@professional-qualifications за една област.
web-admin-register-submit = Регистриране
web-admin-registered = Потребителят е регистриран с потребителско име { $user_id }. Съобщете го лично на потребителя: то никога не се изпраща по електронна поща. Временната парола се изпраща на адреса на електронна поща на потребителя.
