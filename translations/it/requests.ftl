# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Assegnazione delle richieste in arrivo ai gestori delle richieste
setting-approve_requests = Il coordinatore delle richieste approva le richieste prima dell'invio
setting-approve_replies = Il coordinatore delle richieste approva le risposte prima dell'invio
setting-referral_participation = Partecipa ai rinvii in qualità di coordinatore delle richieste
setting-coordinator_sees_details = I coordinatori delle richieste possono vedere i dettagli delle richieste (mai i dati personali)

wf-pq_request = Richiesta di informazioni – qualifiche professionali
pq_request-party-requester = Autorità richiedente
pq_request-party-responder = Autorità interpellata
pq_request-party-requester_coordinators = Coordinatori delle richieste dell'autorità richiedente
pq_request-party-responder_coordinators = Coordinatori delle richieste dell'autorità interpellata
pq_request-party-requester_coordinator = Rinvio: coordinatore dell'autorità richiedente
pq_request-party-responder_coordinator = Rinvio: coordinatore dell'autorità interpellata

pq_request-field-answers = Domande e risposte
pq_request-field-proposed_deadline = Termine proposto
pq_request-field-deadline = Termine concordato
pq_request-field-handler = Assegnata a
pq_request-field-reason = Motivo
pq_request-field-further_question = Ulteriori informazioni richieste
pq_request-field-overdue = In ritardo
pq_request-field-rating_timeliness = Valutazione: tempestività
pq_request-field-rating_effort = Valutazione: impegno
pq_request-field-sent_at = Inviata il
pq_request-field-accepted_at = Accettata il
pq_request-field-replied_at = Risposta inviata il
pq_request-field-closed_at = Chiusa il
pq_request-input-responder = Autorità interpellata
pq_request-input-to = Inoltra a
pq_request-input-requester_coordinator = Coordinatore dell'autorità richiedente
pq_request-input-responder_coordinator = Coordinatore dell'autorità interpellata

pq_request-state-draft = Bozza
pq_request-state-awaiting_approval = In attesa di approvazione da parte del coordinatore
pq_request-state-awaiting_acceptance = In attesa di accettazione
pq_request-state-accepted = Accettata, risposta in preparazione
pq_request-state-reply_awaiting_approval = Risposta in attesa di approvazione da parte del coordinatore
pq_request-state-replied = Risposta inviata
pq_request-state-further_information_requested = Ulteriori informazioni richieste
pq_request-state-cannot_provide = Impossibile fornire ulteriori informazioni
pq_request-state-referred = Rinviata ai coordinatori
pq_request-state-closed = Chiusa
pq_request-state-withdrawn = Ritirata
pq_request-state-deleted = Eliminata

pq_request-action-create = Nuova richiesta
pq_request-action-save = Salva la bozza
pq_request-action-delete_draft = Elimina la bozza
pq_request-action-send = Invia
pq_request-action-approve_request = Approva la richiesta
pq_request-action-return_request = Restituisci la richiesta
pq_request-action-allocate = Assegna a un gestore delle richieste
pq_request-action-accept = Accetta
pq_request-action-forward = Inoltra a un'altra autorità
pq_request-action-reply = Rispondi
pq_request-action-approve_reply = Approva la risposta
pq_request-action-return_reply = Restituisci la risposta
pq_request-action-ask_further_information = Chiedi ulteriori informazioni
pq_request-action-provide_further_information = Fornisci ulteriori informazioni
pq_request-action-cannot_provide = Impossibile fornire ulteriori informazioni
pq_request-action-refer = Rinvia ai coordinatori
pq_request-action-requester_coordinator_opts_out = Non partecipare al rinvio
pq_request-action-responder_coordinator_opts_out = Non partecipare al rinvio
pq_request-action-delegate_referral = Delega a un gestore delle richieste
pq_request-action-conclude_referral = Concludi il rinvio
pq_request-action-close = Accetta la risposta e chiudi
pq_request-action-withdraw = Ritira
pq_request-action-remind = Promemoria prima della scadenza del termine
pq_request-action-notice_overdue = Termine scaduto

pq_request-guard-create = Entrambe le autorità devono avere accesso alle qualifiche professionali e l'autorità interpellata deve essere un'altra autorità.
pq_request-guard-deadline = Il termine deve essere una data futura.
pq_request-guard-allocation = La sua autorità non assegna le richieste in arrivo.
pq_request-guard-forward = È possibile inoltrare la richiesta solo a un'altra autorità che abbia accesso alle qualifiche professionali.
pq_request-guard-refer = Selezionare un coordinatore delle richieste per le qualifiche professionali per ciascuna autorità.
pq_request-guard-rating = Valutare la tempestività e l'impegno con un punteggio da 1 a 5.

pq_request-email-incoming =
    La sua autorità ha ricevuto una richiesta di informazioni sulle qualifiche professionali (richiesta { $request }).
    L'autorità richiedente chiede una risposta entro il { $deadline }.

    Apra la richiesta nell'IMI per accettarla o per proporre un altro termine.
    .subject = Nuova richiesta di informazioni (qualifiche professionali)
pq_request-email-approval-needed =
    Una richiesta di informazioni sulle qualifiche professionali (richiesta { $request }) è in attesa della sua approvazione prima dell'invio.
    .subject = Una richiesta è in attesa della sua approvazione
pq_request-email-returned =
    La richiesta { $request } le è stata restituita: { $reason }
    .subject = Una richiesta le è stata restituita
pq_request-email-allocated =
    La richiesta { $request } (qualifiche professionali) le è stata assegnata.
    .subject = Le è stata assegnata una richiesta
pq_request-email-accepted =
    La sua richiesta { $request } è stata accettata. L'autorità interpellata risponderà entro il { $deadline }.
    .subject = La sua richiesta è stata accettata
pq_request-email-forwarded =
    La sua richiesta { $request } è stata inoltrata a un'altra autorità ({ $to }), che deve ora accettarla.
    .subject = La sua richiesta è stata inoltrata
pq_request-email-replied =
    È stata data risposta alla sua richiesta { $request }. Apra la richiesta nell'IMI per leggere la risposta.
    .subject = È stata data risposta alla sua richiesta
pq_request-email-further-information =
    L'autorità richiedente chiede ulteriori informazioni sulla richiesta { $request }.
    .subject = Ulteriori informazioni richieste
pq_request-email-cannot-provide =
    L'autorità interpellata non può fornire le ulteriori informazioni chieste sulla richiesta { $request }: { $reason }
    .subject = Impossibile fornire ulteriori informazioni
pq_request-email-referred =
    La richiesta { $request } le è stata rinviata in qualità di coordinatore delle richieste. Lei partecipa al rinvio, salvo che decida di non prendervi parte.
    .subject = Le è stata rinviata una richiesta
pq_request-email-referral-delegated =
    Il suo coordinatore le ha affidato la responsabilità del rinvio della richiesta { $request }.
    .subject = Le è stato delegato un rinvio
pq_request-email-closed =
    La richiesta { $request } è stata chiusa dall'autorità richiedente.
    .subject = Una richiesta è stata chiusa
pq_request-email-withdrawn =
    La richiesta { $request } è stata ritirata dall'autorità richiedente: { $reason }
    .subject = Una richiesta è stata ritirata
pq_request-email-reminder =
    Alla richiesta { $request } occorre rispondere entro il { $deadline }.
    .subject = Promemoria: una richiesta è in scadenza
pq_request-email-overdue =
    Il termine della richiesta { $request } ({ $deadline }) è scaduto senza che sia stata data una risposta.
    .subject = Una richiesta è in ritardo
