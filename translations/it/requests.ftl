# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Assegnazione delle richieste in arrivo ai gestori delle richieste
setting-approve_requests = Il coordinatore delle richieste approva le richieste prima dell'invio
setting-approve_replies = Il coordinatore delle richieste approva le risposte prima dell'invio
setting-referral_participation = Partecipa ai rinvii in qualità di coordinatore delle richieste
setting-coordinator_sees_details = I coordinatori delle richieste possono vedere i dettagli delle richieste (mai i dati personali)

wf-pq_request = Richiesta di informazioni – qualifiche professionali
request-party-requester = Autorità richiedente
request-party-responder = Autorità interpellata
request-party-requester_coordinators = Coordinatori delle richieste dell'autorità richiedente
request-party-responder_coordinators = Coordinatori delle richieste dell'autorità interpellata
request-party-requester_coordinator = Rinvio: coordinatore dell'autorità richiedente
request-party-responder_coordinator = Rinvio: coordinatore dell'autorità interpellata

request-field-answers = Domande e risposte
request-field-proposed_deadline = Termine proposto
request-field-deadline = Termine concordato
request-field-handler = Assegnata a
request-field-reason = Motivo
request-field-further_question = Ulteriori informazioni richieste
request-field-overdue = In ritardo
request-field-rating_timeliness = Valutazione: tempestività
request-field-rating_effort = Valutazione: impegno
request-field-sent_at = Inviata il
request-field-accepted_at = Accettata il
request-field-replied_at = Risposta inviata il
request-field-closed_at = Chiusa il
request-input-responder = Autorità interpellata
request-input-to = Inoltra a
request-input-requester_coordinator = Coordinatore dell'autorità richiedente
request-input-responder_coordinator = Coordinatore dell'autorità interpellata

request-state-draft = Bozza
request-state-awaiting_approval = In attesa di approvazione da parte del coordinatore
request-state-awaiting_acceptance = In attesa di accettazione
request-state-accepted = Accettata, risposta in preparazione
request-state-reply_awaiting_approval = Risposta in attesa di approvazione da parte del coordinatore
request-state-replied = Risposta inviata
request-state-further_information_requested = Ulteriori informazioni richieste
request-state-cannot_provide = Impossibile fornire ulteriori informazioni
request-state-referred = Rinviata ai coordinatori
request-state-closed = Chiusa
request-state-withdrawn = Ritirata
request-state-deleted = Eliminata

request-action-create = Nuova richiesta
request-action-save = Salva la bozza
request-action-delete_draft = Elimina la bozza
request-action-send = Invia
request-action-approve_request = Approva la richiesta
request-action-return_request = Restituisci la richiesta
request-action-allocate = Assegna a un gestore delle richieste
request-action-accept = Accetta
request-action-forward = Inoltra a un'altra autorità
request-action-reply = Rispondi
request-action-approve_reply = Approva la risposta
request-action-return_reply = Restituisci la risposta
request-action-ask_further_information = Chiedi ulteriori informazioni
request-action-provide_further_information = Fornisci ulteriori informazioni
request-action-cannot_provide = Impossibile fornire ulteriori informazioni
request-action-refer = Rinvia ai coordinatori
request-action-requester_coordinator_opts_out = Non partecipare al rinvio
request-action-responder_coordinator_opts_out = Non partecipare al rinvio
request-action-delegate_referral = Delega a un gestore delle richieste
request-action-conclude_referral = Concludi il rinvio
request-action-close = Accetta la risposta e chiudi
request-action-withdraw = Ritira
request-action-remind = Promemoria prima della scadenza del termine
request-action-notice_overdue = Termine scaduto

pq_request-guard-create = Entrambe le autorità devono avere accesso alle qualifiche professionali e l'autorità interpellata deve essere un'altra autorità.
request-guard-deadline = Il termine deve essere una data futura.
request-guard-allocation = La sua autorità non assegna le richieste in arrivo.
pq_request-guard-forward = È possibile inoltrare la richiesta solo a un'altra autorità che abbia accesso alle qualifiche professionali.
pq_request-guard-refer = Selezionare un coordinatore delle richieste per le qualifiche professionali per ciascuna autorità.
request-guard-rating = Valutare la tempestività e l'impegno con un punteggio da 1 a 5.

pq_request-email-incoming =
    La sua autorità ha ricevuto una richiesta di informazioni sulle qualifiche professionali (richiesta { $request }).
    L'autorità richiedente chiede una risposta entro il { $deadline }.

    Apra la richiesta nell'IMI per accettarla o per proporre un altro termine.
    .subject = Nuova richiesta di informazioni (qualifiche professionali)
pq_request-email-approval-needed =
    Una richiesta di informazioni sulle qualifiche professionali (richiesta { $request }) è in attesa della sua approvazione prima dell'invio.
    .subject = Una richiesta è in attesa della sua approvazione
request-email-returned =
    La richiesta { $request } le è stata restituita: { $reason }
    .subject = Una richiesta le è stata restituita
pq_request-email-allocated =
    La richiesta { $request } (qualifiche professionali) le è stata assegnata.
    .subject = Le è stata assegnata una richiesta
request-email-accepted =
    La sua richiesta { $request } è stata accettata. L'autorità interpellata risponderà entro il { $deadline }.
    .subject = La sua richiesta è stata accettata
request-email-forwarded =
    La sua richiesta { $request } è stata inoltrata a un'altra autorità ({ $to }), che deve ora accettarla.
    .subject = La sua richiesta è stata inoltrata
request-email-replied =
    È stata data risposta alla sua richiesta { $request }. Apra la richiesta nell'IMI per leggere la risposta.
    .subject = È stata data risposta alla sua richiesta
request-email-further-information =
    L'autorità richiedente chiede ulteriori informazioni sulla richiesta { $request }.
    .subject = Ulteriori informazioni richieste
request-email-cannot-provide =
    L'autorità interpellata non può fornire le ulteriori informazioni chieste sulla richiesta { $request }: { $reason }
    .subject = Impossibile fornire ulteriori informazioni
request-email-referred =
    La richiesta { $request } le è stata rinviata in qualità di coordinatore delle richieste. Lei partecipa al rinvio, salvo che decida di non prendervi parte.
    .subject = Le è stata rinviata una richiesta
request-email-referral-delegated =
    Il suo coordinatore le ha affidato la responsabilità del rinvio della richiesta { $request }.
    .subject = Le è stato delegato un rinvio
request-email-closed =
    La richiesta { $request } è stata chiusa dall'autorità richiedente.
    .subject = Una richiesta è stata chiusa
request-email-withdrawn =
    La richiesta { $request } è stata ritirata dall'autorità richiedente: { $reason }
    .subject = Una richiesta è stata ritirata
request-email-reminder =
    Alla richiesta { $request } occorre rispondere entro il { $deadline }.
    .subject = Promemoria: una richiesta è in scadenza
request-email-overdue =
    Il termine della richiesta { $request } ({ $deadline }) è scaduto senza che sia stata data una risposta.
    .subject = Una richiesta è in ritardo

wf-services_request = Richiesta di informazioni – servizi
services_request-guard-create = Entrambe le autorità devono avere accesso ai servizi e l'autorità interpellata deve essere un'altra autorità.
services_request-guard-forward = È possibile inoltrare la richiesta solo a un'altra autorità che abbia accesso ai servizi.
services_request-guard-refer = Selezionare un coordinatore delle richieste per i servizi per ciascuna autorità.
services_request-email-incoming =
    La sua autorità ha ricevuto una richiesta di informazioni su un prestatore di servizi (richiesta { $request }).
    L'autorità richiedente chiede una risposta entro il { $deadline }.

    Apra la richiesta nell'IMI per accettarla o per proporre un altro termine.
    .subject = Nuova richiesta di informazioni (servizi)
services_request-email-approval-needed =
    Una richiesta di informazioni su un prestatore di servizi (richiesta { $request }) è in attesa della sua approvazione prima dell'invio.
    .subject = Una richiesta è in attesa della sua approvazione
services_request-email-allocated =
    La richiesta { $request } (servizi) le è stata assegnata.
    .subject = Le è stata assegnata una richiesta

request-field-personal_data_blocked = Dati personali bloccati
request-action-block_personal_data = Blocca i dati personali
request-action-consult_personal_data = Consulta i dati personali bloccati
request-action-purge = Elimina definitivamente
request-input-justification = Motivazione
request-guard-justification = I dati personali sono bloccati sei mesi dopo la chiusura; per consultarli, indicare una motivazione di almeno 20 caratteri.
