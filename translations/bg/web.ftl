# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = ИСВП – Информационна система за вътрешния пазар
web-skip-to-content = Към съдържанието
web-nav-label = Основно меню
web-nav-tasks = Моите задачи
web-nav-search = Търсене на орган
web-logout = Изход
web-language = Език
web-language-apply = Промяна
web-yes = Да
web-no = Не

web-login-title = Влизане
web-login-user-id = Потребителско име
web-login-password = Парола
web-login-next = Продължаване
web-login-submit = Вход
web-login-wrong = Потребителското име, паролата или знаците от кода за сигурност са грешни.
web-login-blocked = Вашият акаунт е блокиран след пет грешни въвеждания. Вашият местен администратор на данни може да издаде нова временна парола.
web-login-too-many = Твърде много опити за влизане от този адрес. Изчакайте една минута и опитайте отново.
web-login-expired = Срокът на тази стъпка от влизането е изтекъл. Започнете отначало.
web-code-title = Код за сигурност
web-code-intro = Въведете знаците от вашия код за сигурност на поисканите позиции.
web-code-character = Знак № { $position } от вашия код за сигурност
web-first-title = Изберете парола и код за сигурност
web-first-intro = Това е първото ви влизане (или паролата ви е била нулирана): изберете парола и код за сигурност от 12 знака. При всяко влизане ще бъдете помолени да въведете три от неговите знаци.
web-first-password = Нова парола
web-first-password-again = Повторете новата парола
web-first-security-code = Код за сигурност (12 знака)
web-first-security-code-hint = Букви и цифри; пазете го в тайна, както паролата.
web-first-mismatch = Двете пароли не съвпадат.

web-tasks-title = Моите задачи
web-tasks-count =
    { $count ->
        [one] Очаква ви една задача
       *[other] Очакват ви { $count } задачи
    }
web-tasks-none = В момента нищо не ви очаква.
web-tasks-what = Искане
web-tasks-state = Състояние
web-tasks-due = Срок
web-tasks-overdue = просрочено

web-search-title = Търсене на орган
web-search-query = С какво се занимава органът? (на всеки език)
web-search-country = Държава
web-search-country-hint = Двубуквен код, напр. PT
web-search-area = Законодателна област
web-search-level = Равнище
web-search-any = Всички
web-search-submit = Търсене
web-search-found =
    { $count ->
        [0] Не е намерен нито един орган
        [one] Намерен е един орган
       *[other] Намерени са { $count } органа
    }

web-authority-title = Орган

web-request-title = Искане
web-request-parties = Страни и подробности
web-request-actions = Какво можете да направите
web-request-timeline = Хронология
web-timeline-system = ИСВП (автоматично)
web-machine-translation = Машинен превод (език на оригинала: { $language })
web-untranslated = Език на оригинала: { $language }; няма наличен машинен превод
web-personal-data = Лични данни: показват се само на страните в обмена
web-personal-data-mark = лични данни

web-error-title = Възникна грешка
web-error-not-found = Тази страница не съществува или нямате право да я виждате.
web-error-csrf = Срокът на този формуляр е изтекъл или той не идва от този сайт. Върнете се назад, презаредете страницата и опитайте отново.
web-error-home = Към началната страница
