### Български текстове за потребителските акаунти (definitions/core/workflows/user_account.yaml):
### регистрация, влизане, блокиране и нулиране (R-LOGIN, R-ROLES).
### Самите роли (role-*) са в core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Потребителски акаунт

user_account-party-authority = Орган на потребителя
user_account-party-validating_coordinator = Валидиращ координатор

user_account-state-registered = Регистриран, очаква първо влизане
user_account-state-active = Активен
user_account-state-blocked = Блокиран
user_account-state-removed = Премахнат

user_account-action-register = Регистриране на потребител
user_account-action-first_login = Първо влизане
user_account-action-login_succeeded = Влизане
user_account-action-login_failed = Грешна парола или грешен код за сигурност
user_account-action-reset = Издаване на нова временна парола
user_account-action-reset_only_lda = Издаване на нова временна парола (единствен местен администратор на данни)
user_account-action-change_roles = Промяна на ролите
user_account-action-change_user_id = Промяна на потребителското име
user_account-action-update_contact = Актуализиране на данните за контакт
user_account-action-remove = Премахване на потребителя

user_account-field-user_id = Потребителско име
user_account-field-name = Име
user_account-field-email = Индивидуален адрес на електронна поща
user_account-field-phone = Телефон
user_account-field-language = Предпочитан работен език
user_account-field-roles = Роли
user_account-field-failures = Грешни въвеждания след последното влизане
user_account-field-registered_at = Дата на регистрация
user_account-field-temporary_password_sent_at = Дата на изпращане на временната парола
user_account-field-password_changed_at = Дата на избор на паролата
user_account-field-last_login_at = Последно влизане
user_account-field-blocked_at = Дата на блокиране

user_account-input-temporary_password = Временна парола

## Refusals

user_account-guard-register = Потребителят не може да бъде регистриран: потребителското име може вече да е заето (потребителските имена са уникални, независимо от главните и малките букви), адресът на електронна поща може да е в неправилен формат, езикът трябва да е един от 24-те официални езика, а потребителят трябва да има поне една роля.
user_account-guard-user_id_taken = Това потребителско име вече е заето (потребителските имена са уникални, независимо от главните и малките букви). Изберете друго.
user_account-guard-reset_only_lda = Само администраторът на данни на валидиращия координатор може да направи това и само за единствения местен администратор на данни на органа; този орган има друг активен местен администратор на данни, който може да издаде новата временна парола.
user_account-guard-change_roles = Потребителят трябва да има поне една роля, а органът трябва да запази поне един активен местен администратор на данни.
user_account-guard-remove = Органът трябва да запази поне един активен местен администратор на данни.
user_account-guard-update_contact = Адресът на електронна поща е в неправилен формат или езикът не е един от 24-те официални езика.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Уважаеми/Уважаема { $name },

    Вашата временна парола за Информационната система за вътрешния пазар (ИСВП) е: { $temporary_password }

    Потребителското ви име не е посочено в това електронно писмо: съобщава ви го лицето, което ви е регистрирало. При следващото си влизане въведете потребителското име и тази временна парола, след което изберете своя собствена парола (поне 8 знака, с малки букви, главни букви и цифра) и нов код за сигурност от 12 знака (при същите правила). И в двете се прави разлика между главни и малки букви.
    .subject = Вашата временна парола за ИСВП

user_account-email-blocked =
    Уважаеми/Уважаема { $name },

    Вашият акаунт в ИСВП беше блокиран след пет грешни въвеждания на паролата или на кода за сигурност. Поискайте нова временна парола от местния администратор на данни на вашия орган (ако вие сте единственият местен администратор на данни на органа, обърнете се към вашия валидиращ координатор).
    .subject = Вашият акаунт в ИСВП е блокиран

user_account-input-authority = Орган на потребителя
