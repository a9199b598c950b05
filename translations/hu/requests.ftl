# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = A beérkező megkeresések kiosztása a megkereséskezelőknek
setting-approve_requests = A megkeresési koordinátor engedélyezi a megkereséseket azok elküldése előtt
setting-approve_replies = A megkeresési koordinátor engedélyezi a válaszokat azok elküldése előtt
setting-referral_participation = Megkeresési koordinátorként részt vesz a koordinátorokhoz utalt ügyekben
setting-coordinator_sees_details = A megkeresési koordinátorok megtekinthetik a megkeresések részleteit (személyes adatokat soha)

wf-pq_request = Információkérés – szakmai képesítések
request-party-requester = Megkereső hatóság
request-party-responder = Megkeresett hatóság
request-party-requester_coordinators = A megkereső hatóság megkeresési koordinátorai
request-party-responder_coordinators = A megkeresett hatóság megkeresési koordinátorai
request-party-requester_coordinator = Koordinátorokhoz utalás: a megkereső hatóság koordinátora
request-party-responder_coordinator = Koordinátorokhoz utalás: a megkeresett hatóság koordinátora

request-field-answers = Kérdések és válaszok
request-field-proposed_deadline = Javasolt határidő
request-field-deadline = Egyeztetett határidő
request-field-handler = Kiosztott megkereséskezelő
request-field-reason = Indok
request-field-further_question = Kért további információ
request-field-overdue = Határidőn túli
request-field-rating_timeliness = Értékelés: időszerűség
request-field-rating_effort = Értékelés: ráfordítás
request-field-sent_at = Küldés dátuma
request-field-accepted_at = Elfogadás dátuma
request-field-replied_at = Válaszadás dátuma
request-field-closed_at = Lezárás dátuma
request-input-responder = Megkeresett hatóság
request-input-to = Továbbítás a következő hatósághoz
request-input-requester_coordinator = A megkereső hatóság koordinátora
request-input-responder_coordinator = A megkeresett hatóság koordinátora

request-state-draft = Tervezet
request-state-awaiting_approval = A koordinátor engedélyezésére vár
request-state-awaiting_acceptance = Elfogadásra vár
request-state-accepted = Elfogadva, megválaszolás alatt
request-state-reply_awaiting_approval = A válasz a koordinátor engedélyezésére vár
request-state-replied = Megválaszolva
request-state-further_information_requested = További információ kérve
request-state-cannot_provide = További információ nem adható meg
request-state-referred = Koordinátorokhoz utalva
request-state-closed = Lezárva
request-state-withdrawn = Visszavonva
request-state-deleted = Törölve

request-action-create = Új megkeresés
request-action-save = Tervezet mentése
request-action-delete_draft = Tervezet törlése
request-action-send = Küldés
request-action-approve_request = A megkeresés engedélyezése
request-action-return_request = A megkeresés visszaküldése
request-action-allocate = Kiosztás megkereséskezelőnek
request-action-accept = Elfogadás
request-action-forward = Továbbítás másik hatósághoz
request-action-reply = Válaszadás
request-action-approve_reply = A válasz engedélyezése
request-action-return_reply = A válasz visszaküldése
request-action-ask_further_information = További információ kérése
request-action-provide_further_information = További információ megadása
request-action-cannot_provide = További információ nem adható meg
request-action-refer = Koordinátorokhoz utalás
request-action-requester_coordinator_opts_out = Kimaradás a koordinátorokhoz utalásból
request-action-responder_coordinator_opts_out = Kimaradás a koordinátorokhoz utalásból
request-action-delegate_referral = Átruházás megkereséskezelőre
request-action-conclude_referral = A koordinátorokhoz utalás lezárása
request-action-close = A válasz elfogadása és lezárás
request-action-withdraw = Visszavonás
request-action-remind = Emlékeztető a határidő előtt
request-action-notice_overdue = A határidő lejárt

pq_request-guard-create = Mindkét hatóságnak hozzáféréssel kell rendelkeznie a szakmai képesítések jogterületéhez, és a megkeresett hatóságnak egy másik hatóságnak kell lennie.
request-guard-deadline = A határidőnek jövőbeli dátumnak kell lennie.
request-guard-allocation = Hatósága nem osztja ki a beérkező megkereséseket.
pq_request-guard-forward = Csak olyan másik hatósághoz továbbítson, amely hozzáfér a szakmai képesítések jogterületéhez.
pq_request-guard-refer = Válasszon mindkét hatóságtól egy-egy megkeresési koordinátort a szakmai képesítések jogterületére.
request-guard-rating = Értékelje az időszerűséget és a ráfordítást 1-től 5-ig.

pq_request-email-incoming =
    Hatósága szakmai képesítésekre vonatkozó információkérést kapott (megkeresés: { $request }).
    A megkereső hatóság a következő határidőig kér választ: { $deadline }.

    Nyissa meg a megkeresést az IMI-ben, hogy elfogadja, vagy hogy más határidőt javasoljon.
    .subject = Új információkérés (szakmai képesítések)
pq_request-email-approval-needed =
    Egy szakmai képesítésekre vonatkozó információkérés (megkeresés: { $request }) elküldése előtt az Ön engedélyezésére vár.
    .subject = Egy megkeresés az Ön engedélyezésére vár
request-email-returned =
    A(z) { $request } megkeresést visszaküldték Önnek: { $reason }
    .subject = Egy megkeresést visszaküldtek Önnek
pq_request-email-allocated =
    A(z) { $request } megkeresést (szakmai képesítések) kiosztották Önnek.
    .subject = Egy megkeresést kiosztottak Önnek
request-email-accepted =
    A(z) { $request } megkeresését elfogadták. A megkeresett hatóság a következő határidőig válaszol: { $deadline }.
    .subject = Megkeresését elfogadták
request-email-forwarded =
    A(z) { $request } megkeresését továbbították egy másik hatósághoz ({ $to }), amelynek most el kell fogadnia azt.
    .subject = Megkeresését továbbították
request-email-replied =
    A(z) { $request } megkeresésére válasz érkezett. A válasz elolvasásához nyissa meg a megkeresést az IMI-ben.
    .subject = Megkeresésére válasz érkezett
request-email-further-information =
    A megkereső hatóság további információt kér a(z) { $request } megkereséssel kapcsolatban.
    .subject = További információ kérve
request-email-cannot-provide =
    A megkeresett hatóság nem tudja megadni a(z) { $request } megkereséssel kapcsolatban kért további információt: { $reason }
    .subject = További információ nem adható meg
request-email-referred =
    A(z) { $request } megkeresést megkeresési koordinátorként Önhöz utalták. Ön részt vesz az ügyben, hacsak nem jelzi, hogy kimarad belőle.
    .subject = Egy megkeresést Önhöz utaltak
request-email-referral-delegated =
    Koordinátora Önt bízta meg a(z) { $request } megkeresés koordinátorokhoz utalásának intézésével.
    .subject = Egy koordinátorokhoz utalást átruháztak Önre
request-email-closed =
    A megkereső hatóság lezárta a(z) { $request } megkeresést.
    .subject = Egy megkeresést lezártak
request-email-withdrawn =
    A megkereső hatóság visszavonta a(z) { $request } megkeresést: { $reason }
    .subject = Egy megkeresést visszavontak
request-email-reminder =
    A(z) { $request } megkeresést a következő határidőig meg kell válaszolni: { $deadline }.
    .subject = Emlékeztető: egy megkeresés határideje hamarosan lejár
request-email-overdue =
    A(z) { $request } megkeresés határideje ({ $deadline }) válasz nélkül telt el.
    .subject = Egy megkeresés határideje lejárt

wf-services_request = Információkérés – szolgáltatások
services_request-guard-create = Mindkét hatóságnak hozzáféréssel kell rendelkeznie a szolgáltatások jogterületéhez, és a megkeresett hatóságnak egy másik hatóságnak kell lennie.
services_request-guard-forward = Csak olyan másik hatósághoz továbbítson, amely hozzáfér a szolgáltatások jogterületéhez.
services_request-guard-refer = Válasszon mindkét hatóságtól egy-egy megkeresési koordinátort a szolgáltatások jogterületére.
services_request-email-incoming =
    Hatósága egy szolgáltatóra vonatkozó információkérést kapott (megkeresés: { $request }).
    A megkereső hatóság a következő határidőig kér választ: { $deadline }.

    Nyissa meg a megkeresést az IMI-ben, hogy elfogadja, vagy hogy más határidőt javasoljon.
    .subject = Új információkérés (szolgáltatások)
services_request-email-approval-needed =
    Egy szolgáltatóra vonatkozó információkérés (megkeresés: { $request }) elküldése előtt az Ön engedélyezésére vár.
    .subject = Egy megkeresés az Ön engedélyezésére vár
services_request-email-allocated =
    A(z) { $request } megkeresést (szolgáltatások) kiosztották Önnek.
    .subject = Egy megkeresést kiosztottak Önnek

request-field-personal_data_blocked = Személyes adatok zárolva
request-action-block_personal_data = A személyes adatok zárolása
request-action-consult_personal_data = A zárolt személyes adatok megtekintése
request-action-purge = Végleges törlés
request-input-justification = Indoklás
request-guard-justification = A személyes adatokat a lezárás után hat hónappal zárolják; megtekintésükhöz adjon meg legalább 20 karakterből álló indoklást.
