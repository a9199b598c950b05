# Органи и координатори: профили, импортиране, връзки между органи,
# координатори на искания; долният колонтитул на електронните писма.

authority-field-economic_activities = Икономически дейности
authority-field-policy_areas = Области на политиката
authority-field-coordinator = Координатор в ИСВП
authority-field-coordinated_areas = Координирани законодателни области
authority-field-region = Регион
authority-input-user_id = Потребителско име на първия потребител
authority-input-temporary_password = Временна парола на първия потребител
authority-input-validating_coordinator = Валидиращ координатор
authority-action-imported = Прехвърляне от предишната система
authority-action-update_competences = Промяна на компетентностите
authority-action-designate_coordinator = Определяне за координатор в ИСВП
authority-guard-imported = Органът вече е известен, общият му адрес на електронна поща не е валиден или видът координатор не е nimic, dimic или sdimic.
authority-guard-designate_coordinator = Видът координатор трябва да бъде nimic, dimic или sdimic.

area_access-field-professions = Професии
area_access-input-authority = Орган
area_access-action-imported = Прехвърляне от предишната система

user_account-action-first_user = Регистриране на първия потребител
user_account-action-imported = Прехвърляне от предишната система

wf-authority_link = Връзка между органи
authority_link-party-authority = Орган
authority_link-party-linked = Свързан орган
authority_link-field-linked_at = Дата на свързване
authority_link-state-linked = Свързан
authority_link-state-unlinked = Връзката е премахната
authority_link-action-link = Свързване с орган
authority_link-action-unlink = Премахване на връзката
authority_link-input-linked = Орган за свързване
authority_link-guard-link = Можете да свържете само друг активен орган от вашата държава и само веднъж.

wf-request_coordination = Координатор на искания
request_coordination-party-authority = Координиран орган
request_coordination-party-coordinator = Координатор на искания
request_coordination-field-area = Законодателна област
request_coordination-field-linked_at = Дата на свързване
request_coordination-state-linked = Свързан
request_coordination-state-unlinked = Несвързан
request_coordination-action-at_access = Свързване на координатора за достъп
request_coordination-action-link = Свързване на координатор на искания
request_coordination-action-unlink = Премахване на връзката с координатора на искания
request_coordination-input-coordinator = Координатор
request_coordination-guard-link = Координаторът трябва да бъде активен координатор в ИСВП от вашата държава, който все още не е свързан за тази област, а вашият орган трябва да има достъп до областта.
request_coordination-guard-unlink = Вашият орган трябва да запази поне един координатор на искания във всяка законодателна област.
request_coordination-email-linked =
    Органът { $authority } свърза вашия орган като свой координатор на искания за законодателната област { $area }.
    .subject = Нов координиран орган

mail-footer = Това електронно писмо е изпратено автоматично от Информационната система за вътрешния пазар (ИСВП). Моля, не отговаряйте на него.

keywords-countries = Държави
keywords-levels = Равнища
keywords-languages = Езици
