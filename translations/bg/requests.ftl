# Искания за информация (R-REQ): работният поток за искания относно професионални
# квалификации, неговите електронни писма и настройките на областта, от които зависят исканията.

setting-allocation = Разпределяне на входящите искания между обработващите искания
setting-approve_requests = Координаторът на искания одобрява исканията, преди да бъдат изпратени
setting-approve_replies = Координаторът на искания одобрява отговорите, преди да бъдат изпратени
setting-referral_participation = Участва като координатор на искания в отнасянето на искания до координаторите
setting-coordinator_sees_details = Координаторите на искания могат да виждат подробностите на исканията (никога личните данни)

wf-pq_request = Искане за информация – професионални квалификации
request-party-requester = Искащ орган
request-party-responder = Отговарящ орган
request-party-requester_coordinators = Координатори на искания на искащия орган
request-party-responder_coordinators = Координатори на искания на отговарящия орган
request-party-requester_coordinator = Отнасяне: координатор на искащия орган
request-party-responder_coordinator = Отнасяне: координатор на отговарящия орган

request-field-answers = Въпроси и отговори
request-field-proposed_deadline = Предложен срок
request-field-deadline = Договорен срок
request-field-handler = Възложено на
request-field-reason = Основание
request-field-further_question = Поискана допълнителна информация
request-field-overdue = Просрочено
request-field-rating_timeliness = Оценка: своевременност
request-field-rating_effort = Оценка: положени усилия
request-field-sent_at = Дата на изпращане
request-field-accepted_at = Дата на приемане
request-field-replied_at = Дата на отговора
request-field-closed_at = Дата на приключване
request-input-responder = Отговарящ орган
request-input-to = Препращане към
request-input-requester_coordinator = Координатор на искащия орган
request-input-responder_coordinator = Координатор на отговарящия орган

request-state-draft = Чернова
request-state-awaiting_approval = Очаква одобрение от координатора
request-state-awaiting_acceptance = Очаква приемане
request-state-accepted = Прието, подготвя се отговор
request-state-reply_awaiting_approval = Отговорът очаква одобрение от координатора
request-state-replied = Даден е отговор
request-state-further_information_requested = Поискана е допълнителна информация
request-state-cannot_provide = Допълнителната информация не може да бъде предоставена
request-state-referred = Отнесено до координаторите
request-state-closed = Приключено
request-state-withdrawn = Оттеглено
request-state-deleted = Заличено

request-action-create = Ново искане
request-action-save = Съхраняване на черновата
request-action-delete_draft = Заличаване на черновата
request-action-send = Изпращане
request-action-approve_request = Одобряване на искането
request-action-return_request = Връщане на искането
request-action-allocate = Възлагане на обработващ искания
request-action-accept = Приемане
request-action-forward = Препращане към друг орган
request-action-reply = Отговор
request-action-approve_reply = Одобряване на отговора
request-action-return_reply = Връщане на отговора
request-action-ask_further_information = Искане на допълнителна информация
request-action-provide_further_information = Предоставяне на допълнителна информация
request-action-cannot_provide = Допълнителната информация не може да бъде предоставена
request-action-refer = Отнасяне до координаторите
request-action-requester_coordinator_opts_out = Отказ от участие в отнасянето
request-action-responder_coordinator_opts_out = Отказ от участие в отнасянето
request-action-delegate_referral = Делегиране на обработващ искания
request-action-conclude_referral = Приключване на отнасянето
request-action-close = Приемане на отговора и приключване
request-action-withdraw = Оттегляне
request-action-remind = Напомняне преди изтичането на срока
request-action-notice_overdue = Срокът е изтекъл

pq_request-guard-create = И двата органа трябва да имат достъп до професионалните квалификации, а отговарящият орган трябва да бъде друг орган.
request-guard-deadline = Срокът трябва да бъде бъдеща дата.
request-guard-allocation = Вашият орган не разпределя входящите искания.
pq_request-guard-forward = Препращайте само към друг орган с достъп до професионалните квалификации.
pq_request-guard-refer = Изберете за всеки орган по един координатор на искания за професионалните квалификации.
request-guard-rating = Оценете своевременността и положените усилия от 1 до 5.

pq_request-email-incoming =
    Вашият орган получи искане за информация относно професионални квалификации (искане { $request }).
    Искащият орган иска отговор до { $deadline }.

    Отворете искането в ИСВП, за да го приемете или да предложите друг срок.
    .subject = Ново искане за информация (професионални квалификации)
pq_request-email-approval-needed =
    Искане за информация относно професионални квалификации (искане { $request }) очаква вашето одобрение, преди да бъде изпратено.
    .subject = Искане очаква вашето одобрение
request-email-returned =
    Искане { $request } ви е върнато: { $reason }
    .subject = Върнато ви е искане
pq_request-email-allocated =
    Искане { $request } (професионални квалификации) ви е възложено.
    .subject = Възложено ви е искане
request-email-accepted =
    Вашето искане { $request } е прието. Отговарящият орган ще отговори до { $deadline }.
    .subject = Вашето искане е прието
request-email-forwarded =
    Вашето искане { $request } е препратено към друг орган ({ $to }), който сега трябва да го приеме.
    .subject = Вашето искане е препратено
request-email-replied =
    На вашето искане { $request } е даден отговор. Отворете го в ИСВП, за да прочетете отговора.
    .subject = На вашето искане е даден отговор
request-email-further-information =
    Искащият орган иска допълнителна информация по искане { $request }.
    .subject = Поискана е допълнителна информация
request-email-cannot-provide =
    Отговарящият орган не може да предостави поисканата допълнителна информация по искане { $request }: { $reason }
    .subject = Допълнителната информация не може да бъде предоставена
request-email-referred =
    Искане { $request } е отнесено до вас като координатор на искания. Участвате, освен ако не се откажете от участие.
    .subject = До вас е отнесено искане
request-email-referral-delegated =
    Вашият координатор ви възложи отговорността за отнасянето на искане { $request }.
    .subject = Делегирано ви е отнасяне
request-email-closed =
    Искане { $request } е приключено от искащия орган.
    .subject = Искане е приключено
request-email-withdrawn =
    Искане { $request } е оттеглено от искащия орган: { $reason }
    .subject = Искане е оттеглено
request-email-reminder =
    На искане { $request } трябва да се отговори до { $deadline }.
    .subject = Напомняне: срокът за отговор на искане изтича скоро
request-email-overdue =
    Срокът за искане { $request } ({ $deadline }) изтече, без да е даден отговор.
    .subject = Искане е с изтекъл срок

wf-services_request = Искане за информация – услуги
services_request-guard-create = И двата органа трябва да имат достъп до услугите, а отговарящият орган трябва да бъде друг орган.
services_request-guard-forward = Препращайте само към друг орган с достъп до услугите.
services_request-guard-refer = Изберете за всеки орган по един координатор на искания за услугите.
services_request-email-incoming =
    Вашият орган получи искане за информация относно доставчик на услуги (искане { $request }).
    Искащият орган иска отговор до { $deadline }.

    Отворете искането в ИСВП, за да го приемете или да предложите друг срок.
    .subject = Ново искане за информация (услуги)
services_request-email-approval-needed =
    Искане за информация относно доставчик на услуги (искане { $request }) очаква вашето одобрение, преди да бъде изпратено.
    .subject = Искане очаква вашето одобрение
services_request-email-allocated =
    Искане { $request } (услуги) ви е възложено.
    .subject = Възложено ви е искане

request-field-personal_data_blocked = Блокирани лични данни
request-action-block_personal_data = Блокиране на личните данни
request-action-consult_personal_data = Преглед на блокираните лични данни
request-action-purge = Окончателно заличаване
request-input-justification = Обосновка
request-guard-justification = Личните данни се блокират шест месеца след приключването; за да ги прегледате, посочете обосновка от поне 20 знака.
