### Български текстове на системния пакет `core` (definitions/core):
### роли, връзки с координатори и работните потоци registration_request,
### authority и area_access.

area-core = Система ИСВП

## Roles (R-ROLES)

role-basic_user = Основен потребител
role-request_handler = Обработващ искания
role-allocator = Разпределящ искания
role-local_data_administrator = Местен администратор на данни
role-data_administrator = Администратор на данни
role-system_administrator = Системен администратор

## Coordinator relations (R-ACTORS)

relation-validating = Валидиращ координатор
relation-legislation_access = Координатор за достъп до законодателни области
relation-request = Координатор на искания

## Workflow: registration request (R-REG)

wf-registration_request = Искане за регистрация

registration_request-party-coordinator = Координатор
registration_request-party-applicant = Поканен орган
registration_request-party-commission = Европейска комисия

registration_request-state-draft = Чернова
registration_request-state-saved = Съхранено
registration_request-state-saving_blocked = Съхраняването е блокирано
registration_request-state-rejected = Отхвърлено
registration_request-state-sent = Изпратено, очаква регистрация
registration_request-state-pending_validation = Регистрацията очаква валидиране
registration_request-state-validated = Органът е валидиран
registration_request-state-validation_refused = Валидирането е отказано
registration_request-state-expired = Изтекло
registration_request-state-cancelled = Анулирано
registration_request-state-deleted = Заличено

registration_request-action-create = Ново искане за регистрация
registration_request-action-edit = Редактиране
registration_request-action-edit_sent = Редактиране и изпращане на нова покана
registration_request-action-save = Съхраняване за изпращане
registration_request-action-stop = Спиране на изпращането
registration_request-action-release = Освобождаване за изпращане
registration_request-action-dispatch = Изпращане на поканата
registration_request-action-remind = Изпращане на напомняне
registration_request-action-expire = Прекратяване поради изтичане на срока
registration_request-action-cancel = Анулиране
registration_request-action-discard = Заличаване
registration_request-action-register = Регистриране на органа
registration_request-action-authority_validated = Органът е валидиран
registration_request-action-authority_refused = Органът е отхвърлен
registration_request-action-purge = Окончателно заличаване

registration_request-field-email = Служебен адрес на електронна поща на органа
registration_request-field-name = Наименование (само за вашия списък)
registration_request-field-areas = Законодателни области
registration_request-field-note = Придружително писмо
registration_request-field-country = Държава
registration_request-field-rejection_reason = Основание за отхвърляне
registration_request-field-saved_at = Дата на съхраняване
registration_request-field-dispatch_at = Дата на планирано изпращане
registration_request-field-sent_at = Дата на изпращане
registration_request-field-token = Код за регистрация
registration_request-field-token_expires_at = Кодът е валиден до
registration_request-field-registered_at = Дата на регистрация
registration_request-field-authority_name = Регистриран орган
registration_request-field-delete_at = Дата на заличаване
registration_request-field-coordinator_name = Координатор (както е посочен в поканата)
registration_request-field-coordinator_email = Адрес на електронна поща на координатора (както е посочен в поканата)

registration_request-input-summary_kept = Разпечатах обобщението или го съхраних като документ
registration_request-input-official_name = Официално наименование
registration_request-input-national_languages = Национални езици
registration_request-input-informal_name = Неофициално наименование
registration_request-input-description = Кратко описание на компетентността
registration_request-input-languages = Други езици, които се разбират
registration_request-input-level = Равнище (местно, регионално, национално)
registration_request-input-address = Пощенски адрес
registration_request-input-phone = Телефон
registration_request-input-website = Уебсайт
registration_request-input-first_user_name = Име на първия потребител
registration_request-input-first_user_email = Адрес на електронна поща на първия потребител
registration_request-input-first_user_language = Предпочитан работен език на първия потребител

registration_request-rejection-malformed_email = Адресът на електронна поща не е валиден.
registration_request-rejection-email_in_use = Адресът на електронна поща вече се използва от орган или от друго искане за регистрация.

registration_request-guard-save = Изберете поне една законодателна област.
registration_request-guard-edit_sent = Адресът на електронна поща не е валиден или вече се използва от орган или от друго искане за регистрация.
registration_request-guard-register = Проверката за сигурност е неуспешна: кодът е грешен или срокът му е изтекъл, обобщението не е запазено, държавата не съответства на поканата или адресът на електронна поща е невалиден или вече се използва от орган.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) кани вашия орган да се регистрира в Информационната система за вътрешния пазар (ИСВП).

    { $note }

    За да се регистрирате, отворете { $link } и въведете своя код за регистрация: { $token }
    Кодът е валиден до { $expires_on }.
    .subject = Покана за регистрация в ИСВП

registration_request-email-reminder =
    Поканата ви от { $coordinator_name } ({ $coordinator_email }) за регистрация в ИСВП изтича на { $expires_on }.
    За да се регистрирате, отворете { $link }.
    .subject = Напомняне: поканата ви за регистрация в ИСВП изтича скоро

registration_request-email-token_void =
    Поканата за регистрация в ИСВП, която { $coordinator_name } ({ $coordinator_email }) ви изпрати, е променена. Връзката и кодът, които получихте, вече не са валидни. Ще получите нова покана с нов код.
    .subject = Връзката ви за регистрация в ИСВП вече не е валидна

registration_request-email-registered =
    Органът { $official_name } се регистрира в ИСВП чрез вашето искане за регистрация { $name } ({ $email }). Регистрацията му очаква вашето валидиране.
    .subject = Регистрация очаква вашето валидиране

registration_request-email-confirmation =
    Благодарим ви, че регистрирахте { $official_name } ({ $informal_name }, { $country }) в ИСВП.
    Първи потребител: { $first_user_name }.
    Вашият координатор { $coordinator_name } ще валидира регистрацията; след това ще получите указания за вход.
    .subject = Вашата регистрация в ИСВП

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Орган

authority-party-own = Орган
authority-party-validating_coordinator = Валидиращ координатор
authority-party-commission = Европейска комисия

authority-state-pending_validation = Регистрацията очаква валидиране
authority-state-refused = Регистрацията е отказана
authority-state-active = Активен
authority-state-deletion_in_progress = В процес на заличаване
authority-state-inactive = Неактивен
authority-state-deleted = Заличен

authority-action-register_directly = Регистриране на орган
authority-action-self_registration = Саморегистрация
authority-action-validate = Валидиране
authority-action-refuse = Отказ на регистрацията
authority-action-update_profile = Актуализиране на данните на органа
authority-action-change_official_name = Промяна на официалното наименование
authority-action-translations_done = Преводите са извършени
authority-action-start_deletion = Започване на заличаването
authority-action-deactivate = Обявяване за неактивен
authority-action-purge = Окончателно заличаване

authority-field-official_name = Официално наименование
authority-field-country = Държава
authority-field-level = Равнище (местно, регионално, национално)
authority-field-national_languages = Национални езици
authority-field-informal_name = Неофициално наименование
authority-field-description = Кратко описание на компетентността
authority-field-languages = Други езици, които се разбират
authority-field-address = Пощенски адрес
authority-field-phone = Телефон
authority-field-website = Уебсайт
authority-field-email = Общ адрес на електронна поща
authority-field-new_translation_needed = Необходим е нов превод
authority-field-first_user_name = Име на първия потребител
authority-field-first_user_email = Адрес на електронна поща на първия потребител
authority-field-first_user_language = Предпочитан работен език на първия потребител
authority-field-areas = Законодателни области
authority-field-validated_at = Дата на валидиране
authority-field-refused_at = Дата на отказ
authority-field-refusal_reason = Основание за отказ
authority-field-deletion_started_at = Дата на започване на заличаването
authority-field-inactive_since = Неактивен от
authority-field-delete_at = Дата на заличаване

authority-input-authority_id = Съществуващ идентификатор на органа (само при миграция)
authority-input-reason = Основание

authority-guard-register_directly = Органът трябва да е от вашата държава и да има валиден общ адрес на електронна поща, който не се използва от друг орган.
authority-guard-email = Общият адрес на електронна поща не е валиден или вече се използва от друг орган.
authority-guard-translations_done = Не е поискан нов превод.

authority-email-login_instructions =
    Регистрацията на { $official_name } в ИСВП е завършена.
    { $first_user_name } ще получи временна парола в отделно електронно писмо; потребителското име се съобщава от вашия координатор, никога по електронна поща. При първото влизане изберете парола и код за сигурност от 12 знака.
    .subject = Вашият орган е регистриран в ИСВП: указания за вход

authority-email-refused =
    Регистрацията на { $official_name } в ИСВП е отказана. { $reason }
    Вашият координатор все още може да я валидира в срок от шест месеца; след изтичането на този срок тя се заличава.
    .subject = Регистрацията ви в ИСВП е отказана

authority-email-deletion_started =
    Започна заличаването на { $official_name } от ИСВП. Можете да приключите текущия обмен на информация, но вече не можете да изпращате или получавате нови искания.
    .subject = Започна заличаването на вашия орган в ИСВП

authority-email-deactivated =
    { $official_name } вече е неактивен в ИСВП. Потребителите все още могат да влизат и да четат, но не може да се изпраща или получава нищо ново. Органът ще бъде окончателно заличен на { $delete_on }.
    .subject = Вашият орган е неактивен в ИСВП

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Достъп до законодателна област

area_access-party-authority = Орган
area_access-party-access_coordinator = Координатор за достъп до законодателни области

area_access-state-requested = Поискан
area_access-state-granted = Предоставен
area_access-state-suspended = Спрян
area_access-state-removed = Отнет
area_access-state-reactivation_requested = Поискано повторно активиране
area_access-state-removed_reactivation_requested = Поискано повторно активиране (отнет)
area_access-state-refused = Отказан

area_access-action-request = Искане за достъп до законодателна област
area_access-action-at_registration = Достъп при регистрацията
area_access-action-edit_keywords = Редактиране на настройките на областта
area_access-action-coordinator_edit_keywords = Редактиране на настройките на областта на искащия орган
area_access-action-grant = Предоставяне на достъп
area_access-action-refuse = Отказ на достъп
area_access-action-suspend = Спиране на достъпа
area_access-action-reinstate = Отмяна на спирането
area_access-action-remove = Отнемане на достъпа
area_access-action-request_reactivation = Искане за повторно активиране
area_access-action-approve_reactivation = Повторно активиране
area_access-action-refuse_reactivation = Отказ на повторното активиране

area_access-field-area = Законодателна област
area_access-field-area_workflow = Работен поток
area_access-field-keywords = Ключови думи
area_access-field-note = Бележка
area_access-field-reason = Основание
area_access-field-requested_at = Дата на искането
area_access-field-granted_at = Дата на предоставяне
area_access-field-suspended_at = Дата на спиране
area_access-field-removed_at = Дата на отнемане
area_access-field-reactivation_requested_at = Дата на искането за повторно активиране

area_access-input-coordinator = Координатор, от когото се иска достъп

area_access-guard-request = Вашият орган вече има достъп до тази област или вече го е поискал, не е активен или е избрал себе си за координатор.
area_access-guard-authority_not_active = Органът не е активен: не може да бъде предоставен нов достъп.

area_access-email-requested =
    Органът { $authority } иска достъп до законодателната област { $area }.
    .subject = Искане за достъп до законодателна област

area_access-email-granted =
    Вашият орган вече има достъп до законодателната област { $area }.
    .subject = Предоставен е достъп до законодателна област

area_access-email-refused =
    Искането ви за достъп до законодателната област { $area } е отказано. { $reason }
    .subject = Отказан е достъп до законодателна област

area_access-email-suspended =
    Достъпът ви до законодателната област { $area } е спрян: можете да приключите отворените искания, но не можете да започвате нищо ново.
    .subject = Спрян е достъпът до законодателна област

area_access-email-removed =
    Достъпът ви до законодателната област { $area } е отнет.
    .subject = Отнет е достъпът до законодателна област

area_access-email-reactivation_requested =
    Органът { $authority } иска повторно активиране на достъпа си до законодателната област { $area }.
    .subject = Искане за повторно активиране на достъпа до законодателна област

area_access-email-reactivated =
    Искането ви за повторно активиране на достъпа ви до законодателната област { $area } е прието.
    .subject = Достъпът до законодателна област е активиран повторно

area_access-email-reactivation_refused =
    Искането ви за повторно активиране на достъпа ви до законодателната област { $area } е отказано. { $reason }
    .subject = Отказано е повторно активиране на достъпа до законодателна област

area_access-field-allocation = Разпределяне на входящите искания
area_access-field-referral_participation = Участва в отнасянето на искания до координаторите
area_access-field-coordinator_sees_details = Координаторите на искания виждат подробностите на исканията
area_access-field-approve_requests = Исканията изискват одобрение от координатора
area_access-field-approve_replies = Отговорите изискват одобрение от координатора
area_access-action-change_settings = Промяна на настройките
area_access-action-change_approval = Промяна на настройките за одобрение
