# Искания за информация (R-REQ): работният поток за искания относно професионални
# квалификации, неговите електронни писма и настройките на областта, от които зависят исканията.

setting-allocation = Разпределяне на входящите искания между обработващите искания
setting-approve_requests = Координаторът на искания одобрява исканията, преди да бъдат изпратени
setting-approve_replies = Координаторът на искания одобрява отговорите, преди да бъдат изпратени
setting-referral_participation = Участва като координатор на искания в отнасянето на искания до координаторите
setting-coordinator_sees_details = Координаторите на искания могат да виждат подробностите на исканията (никога личните данни)

wf-pq_request = Искане за информация – професионални квалификации
pq_request-party-requester = Искащ орган
pq_request-party-responder = Отговарящ орган
pq_request-party-requester_coordinators = Координатори на искания на искащия орган
pq_request-party-responder_coordinators = Координатори на искания на отговарящия орган
pq_request-party-requester_coordinator = Отнасяне: координатор на искащия орган
pq_request-party-responder_coordinator = Отнасяне: координатор на отговарящия орган

pq_request-field-answers = Въпроси и отговори
pq_request-field-proposed_deadline = Предложен срок
pq_request-field-deadline = Договорен срок
pq_request-field-handler = Възложено на
pq_request-field-reason = Основание
pq_request-field-further_question = Поискана допълнителна информация
pq_request-field-overdue = Просрочено
pq_request-field-rating_timeliness = Оценка: своевременност
pq_request-field-rating_effort = Оценка: положени усилия
pq_request-field-sent_at = Дата на изпращане
pq_request-field-accepted_at = Дата на приемане
pq_request-field-replied_at = Дата на отговора
pq_request-field-closed_at = Дата на приключване
pq_request-input-responder = Отговарящ орган
pq_request-input-to = Препращане към
pq_request-input-requester_coordinator = Координатор на искащия орган
pq_request-input-responder_coordinator = Координатор на отговарящия орган

pq_request-state-draft = Чернова
pq_request-state-awaiting_approval = Очаква одобрение от координатора
pq_request-state-awaiting_acceptance = Очаква приемане
pq_request-state-accepted = Прието, подготвя се отговор
pq_request-state-reply_awaiting_approval = Отговорът очаква одобрение от координатора
pq_request-state-replied = Даден е отговор
pq_request-state-further_information_requested = Поискана е допълнителна информация
pq_request-state-cannot_provide = Допълнителната информация не може да бъде предоставена
pq_request-state-referred = Отнесено до координаторите
pq_request-state-closed = Приключено
pq_request-state-withdrawn = Оттеглено
pq_request-state-deleted = Заличено

pq_request-action-create = Ново искане
pq_request-action-save = Съхраняване на черновата
pq_request-action-delete_draft = Заличаване на черновата
pq_request-action-send = Изпращане
pq_request-action-approve_request = Одобряване на искането
pq_request-action-return_request = Връщане на искането
pq_request-action-allocate = Възлагане на обработващ искания
pq_request-action-accept = Приемане
pq_request-action-forward = Препращане към друг орган
pq_request-action-reply = Отговор
pq_request-action-approve_reply = Одобряване на отговора
pq_request-action-return_reply = Връщане на отговора
pq_request-action-ask_further_information = Искане на допълнителна информация
pq_request-action-provide_further_information = Предоставяне на допълнителна информация
pq_request-action-cannot_provide = Допълнителната информация не може да бъде предоставена
pq_request-action-refer = Отнасяне до координаторите
pq_request-action-requester_coordinator_opts_out = Отказ от участие в отнасянето
pq_request-action-responder_coordinator_opts_out = Отказ от участие в отнасянето
pq_request-action-delegate_referral = Делегиране на обработващ искания
pq_request-action-conclude_referral = Приключване на отнасянето
pq_request-action-close = Приемане на отговора и приключване
pq_request-action-withdraw = Оттегляне
pq_request-action-remind = Напомняне преди изтичането на срока
pq_request-action-notice_overdue = Срокът е изтекъл

pq_request-guard-create = И двата органа трябва да имат достъп до професионалните квалификации, а отговарящият орган трябва да бъде друг орган.
pq_request-guard-deadline = Срокът трябва да бъде бъдеща дата.
pq_request-guard-allocation = Вашият орган не разпределя входящите искания.
pq_request-guard-forward = Препращайте само към друг орган с достъп до професионалните квалификации.
pq_request-guard-refer = Изберете за всеки орган по един координатор на искания за професионалните квалификации.
pq_request-guard-rating = Оценете своевременността и положените усилия от 1 до 5.

pq_request-email-incoming =
    Вашият орган получи искане за информация относно професионални квалификации (искане { $request }).
    Искащият орган иска отговор до { $deadline }.

    Отворете искането в ИСВП, за да го приемете или да предложите друг срок.
    .subject = Ново искане за информация (професионални квалификации)
pq_request-email-approval-needed =
    Искане за информация относно професионални квалификации (искане { $request }) очаква вашето одобрение, преди да бъде изпратено.
    .subject = Искане очаква вашето одобрение
pq_request-email-returned =
    Искане { $request } ви е върнато: { $reason }
    .subject = Върнато ви е искане
pq_request-email-allocated =
    Искане { $request } (професионални квалификации) ви е възложено.
    .subject = Възложено ви е искане
pq_request-email-accepted =
    Вашето искане { $request } е прието. Отговарящият орган ще отговори до { $deadline }.
    .subject = Вашето искане е прието
pq_request-email-forwarded =
    Вашето искане { $request } е препратено към друг орган ({ $to }), който сега трябва да го приеме.
    .subject = Вашето искане е препратено
pq_request-email-replied =
    На вашето искане { $request } е даден отговор. Отворете го в ИСВП, за да прочетете отговора.
    .subject = На вашето искане е даден отговор
pq_request-email-further-information =
    Искащият орган иска допълнителна информация по искане { $request }.
    .subject = Поискана е допълнителна информация
pq_request-email-cannot-provide =
    Отговарящият орган не може да предостави поисканата допълнителна информация по искане { $request }: { $reason }
    .subject = Допълнителната информация не може да бъде предоставена
pq_request-email-referred =
    Искане { $request } е отнесено до вас като координатор на искания. Участвате, освен ако не се откажете от участие.
    .subject = До вас е отнесено искане
pq_request-email-referral-delegated =
    Вашият координатор ви възложи отговорността за отнасянето на искане { $request }.
    .subject = Делегирано ви е отнасяне
pq_request-email-closed =
    Искане { $request } е приключено от искащия орган.
    .subject = Искане е приключено
pq_request-email-withdrawn =
    Искане { $request } е оттеглено от искащия орган: { $reason }
    .subject = Искане е оттеглено
pq_request-email-reminder =
    На искане { $request } трябва да се отговори до { $deadline }.
    .subject = Напомняне: срокът за отговор на искане изтича скоро
pq_request-email-overdue =
    Срокът за искане { $request } ({ $deadline }) изтече, без да е даден отговор.
    .subject = Искане е с изтекъл срок
