# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = A beérkező megkeresések kiosztása a megkereséskezelőknek
setting-approve_requests = A megkeresési koordinátor engedélyezi a megkereséseket azok elküldése előtt
setting-approve_replies = A megkeresési koordinátor engedélyezi a válaszokat azok elküldése előtt
setting-referral_participation = Megkeresési koordinátorként részt vesz a koordinátorokhoz utalt ügyekben
setting-coordinator_sees_details = A megkeresési koordinátorok megtekinthetik a megkeresések részleteit (személyes adatokat soha)

wf-pq_request = Információkérés – szakmai képesítések
pq_request-party-requester = Megkereső hatóság
pq_request-party-responder = Megkeresett hatóság
pq_request-party-requester_coordinators = A megkereső hatóság megkeresési koordinátorai
pq_request-party-responder_coordinators = A megkeresett hatóság megkeresési koordinátorai
pq_request-party-requester_coordinator = Koordinátorokhoz utalás: a megkereső hatóság koordinátora
pq_request-party-responder_coordinator = Koordinátorokhoz utalás: a megkeresett hatóság koordinátora

pq_request-field-answers = Kérdések és válaszok
pq_request-field-proposed_deadline = Javasolt határidő
pq_request-field-deadline = Egyeztetett határidő
pq_request-field-handler = Kiosztott megkereséskezelő
pq_request-field-reason = Indok
pq_request-field-further_question = Kért további információ
pq_request-field-overdue = Határidőn túli
pq_request-field-rating_timeliness = Értékelés: időszerűség
pq_request-field-rating_effort = Értékelés: ráfordítás
pq_request-field-sent_at = Küldés dátuma
pq_request-field-accepted_at = Elfogadás dátuma
pq_request-field-replied_at = Válaszadás dátuma
pq_request-field-closed_at = Lezárás dátuma
pq_request-input-responder = Megkeresett hatóság
pq_request-input-to = Továbbítás a következő hatósághoz
pq_request-input-requester_coordinator = A megkereső hatóság koordinátora
pq_request-input-responder_coordinator = A megkeresett hatóság koordinátora

pq_request-state-draft = Tervezet
pq_request-state-awaiting_approval = A koordinátor engedélyezésére vár
pq_request-state-awaiting_acceptance = Elfogadásra vár
pq_request-state-accepted = Elfogadva, megválaszolás alatt
pq_request-state-reply_awaiting_approval = A válasz a koordinátor engedélyezésére vár
pq_request-state-replied = Megválaszolva
pq_request-state-further_information_requested = További információ kérve
pq_request-state-cannot_provide = További információ nem adható meg
pq_request-state-referred = Koordinátorokhoz utalva
pq_request-state-closed = Lezárva
pq_request-state-withdrawn = Visszavonva
pq_request-state-deleted = Törölve

pq_request-action-create = Új megkeresés
pq_request-action-save = Tervezet mentése
pq_request-action-delete_draft = Tervezet törlése
pq_request-action-send = Küldés
pq_request-action-approve_request = A megkeresés engedélyezése
pq_request-action-return_request = A megkeresés visszaküldése
pq_request-action-allocate = Kiosztás megkereséskezelőnek
pq_request-action-accept = Elfogadás
pq_request-action-forward = Továbbítás másik hatósághoz
pq_request-action-reply = Válaszadás
pq_request-action-approve_reply = A válasz engedélyezése
pq_request-action-return_reply = A válasz visszaküldése
pq_request-action-ask_further_information = További információ kérése
pq_request-action-provide_further_information = További információ megadása
pq_request-action-cannot_provide = További információ nem adható meg
pq_request-action-refer = Koordinátorokhoz utalás
pq_request-action-requester_coordinator_opts_out = Kimaradás a koordinátorokhoz utalásból
pq_request-action-responder_coordinator_opts_out = Kimaradás a koordinátorokhoz utalásból
pq_request-action-delegate_referral = Átruházás megkereséskezelőre
pq_request-action-conclude_referral = A koordinátorokhoz utalás lezárása
pq_request-action-close = A válasz elfogadása és lezárás
pq_request-action-withdraw = Visszavonás
pq_request-action-remind = Emlékeztető a határidő előtt
pq_request-action-notice_overdue = A határidő lejárt

pq_request-guard-create = Mindkét hatóságnak hozzáféréssel kell rendelkeznie a szakmai képesítések jogterületéhez, és a megkeresett hatóságnak egy másik hatóságnak kell lennie.
pq_request-guard-deadline = A határidőnek jövőbeli dátumnak kell lennie.
pq_request-guard-allocation = Hatósága nem osztja ki a beérkező megkereséseket.
pq_request-guard-forward = Csak olyan másik hatósághoz továbbítson, amely hozzáfér a szakmai képesítések jogterületéhez.
pq_request-guard-refer = Válasszon mindkét hatóságtól egy-egy megkeresési koordinátort a szakmai képesítések jogterületére.
pq_request-guard-rating = Értékelje az időszerűséget és a ráfordítást 1-től 5-ig.

pq_request-email-incoming =
    Hatósága szakmai képesítésekre vonatkozó információkérést kapott (megkeresés: { $request }).
    A megkereső hatóság a következő határidőig kér választ: { $deadline }.

    Nyissa meg a megkeresést az IMI-ben, hogy elfogadja, vagy hogy más határidőt javasoljon.
    .subject = Új információkérés (szakmai képesítések)
pq_request-email-approval-needed =
    Egy szakmai képesítésekre vonatkozó információkérés (megkeresés: { $request }) elküldése előtt az Ön engedélyezésére vár.
    .subject = Egy megkeresés az Ön engedélyezésére vár
pq_request-email-returned =
    A(z) { $request } megkeresést visszaküldték Önnek: { $reason }
    .subject = Egy megkeresést visszaküldtek Önnek
pq_request-email-allocated =
    A(z) { $request } megkeresést (szakmai képesítések) kiosztották Önnek.
    .subject = Egy megkeresést kiosztottak Önnek
pq_request-email-accepted =
    A(z) { $request } megkeresését elfogadták. A megkeresett hatóság a következő határidőig válaszol: { $deadline }.
    .subject = Megkeresését elfogadták
pq_request-email-forwarded =
    A(z) { $request } megkeresését továbbították egy másik hatósághoz ({ $to }), amelynek most el kell fogadnia azt.
    .subject = Megkeresését továbbították
pq_request-email-replied =
    A(z) { $request } megkeresésére válasz érkezett. A válasz elolvasásához nyissa meg a megkeresést az IMI-ben.
    .subject = Megkeresésére válasz érkezett
pq_request-email-further-information =
    A megkereső hatóság további információt kér a(z) { $request } megkereséssel kapcsolatban.
    .subject = További információ kérve
pq_request-email-cannot-provide =
    A megkeresett hatóság nem tudja megadni a(z) { $request } megkereséssel kapcsolatban kért további információt: { $reason }
    .subject = További információ nem adható meg
pq_request-email-referred =
    A(z) { $request } megkeresést megkeresési koordinátorként Önhöz utalták. Ön részt vesz az ügyben, hacsak nem jelzi, hogy kimarad belőle.
    .subject = Egy megkeresést Önhöz utaltak
pq_request-email-referral-delegated =
    Koordinátora Önt bízta meg a(z) { $request } megkeresés koordinátorokhoz utalásának intézésével.
    .subject = Egy koordinátorokhoz utalást átruháztak Önre
pq_request-email-closed =
    A megkereső hatóság lezárta a(z) { $request } megkeresést.
    .subject = Egy megkeresést lezártak
pq_request-email-withdrawn =
    A megkereső hatóság visszavonta a(z) { $request } megkeresést: { $reason }
    .subject = Egy megkeresést visszavontak
pq_request-email-reminder =
    A(z) { $request } megkeresést a következő határidőig meg kell válaszolni: { $deadline }.
    .subject = Emlékeztető: egy megkeresés határideje hamarosan lejár
pq_request-email-overdue =
    A(z) { $request } megkeresés határideje ({ $deadline }) válasz nélkül telt el.
    .subject = Egy megkeresés határideje lejárt
