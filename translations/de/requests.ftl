# Auskunftsersuchen (R-REQ): der Workflow für Ersuchen zu Berufsqualifikationen,
# seine E-Mails und die Einstellungen des Bereichs, von denen die Ersuchen abhängen.

setting-allocation = Zuweisung eingehender Ersuchen an Bearbeiter von Ersuchen
setting-approve_requests = Der Koordinator für Ersuchen genehmigt Ersuchen vor dem Versand
setting-approve_replies = Der Koordinator für Ersuchen genehmigt Antworten vor dem Versand
setting-referral_participation = Nimmt als Koordinator für Ersuchen an Verweisungen teil
setting-coordinator_sees_details = Koordinatoren für Ersuchen dürfen die Einzelheiten der Ersuchen einsehen (niemals personenbezogene Daten)

wf-pq_request = Auskunftsersuchen – Berufsqualifikationen
pq_request-party-requester = Ersuchende Behörde
pq_request-party-responder = Antwortende Behörde
pq_request-party-requester_coordinators = Koordinatoren für Ersuchen der ersuchenden Behörde
pq_request-party-responder_coordinators = Koordinatoren für Ersuchen der antwortenden Behörde
pq_request-party-requester_coordinator = Verweisung: Koordinator der ersuchenden Behörde
pq_request-party-responder_coordinator = Verweisung: Koordinator der antwortenden Behörde

pq_request-field-answers = Fragen und Antworten
pq_request-field-proposed_deadline = Vorgeschlagene Frist
pq_request-field-deadline = Vereinbarte Frist
pq_request-field-handler = Zugewiesen an
pq_request-field-reason = Begründung
pq_request-field-further_question = Angeforderte zusätzliche Informationen
pq_request-field-overdue = Überfällig
pq_request-field-rating_timeliness = Bewertung: Rechtzeitigkeit
pq_request-field-rating_effort = Bewertung: Aufwand
pq_request-field-sent_at = Gesendet am
pq_request-field-accepted_at = Angenommen am
pq_request-field-replied_at = Beantwortet am
pq_request-field-closed_at = Abgeschlossen am
pq_request-input-responder = Antwortende Behörde
pq_request-input-to = Weiterleiten an
pq_request-input-requester_coordinator = Koordinator der ersuchenden Behörde
pq_request-input-responder_coordinator = Koordinator der antwortenden Behörde

pq_request-state-draft = Entwurf
pq_request-state-awaiting_approval = Wartet auf Genehmigung durch den Koordinator
pq_request-state-awaiting_acceptance = Wartet auf Annahme
pq_request-state-accepted = Angenommen, in Beantwortung
pq_request-state-reply_awaiting_approval = Antwort wartet auf Genehmigung durch den Koordinator
pq_request-state-replied = Beantwortet
pq_request-state-further_information_requested = Zusätzliche Informationen angefordert
pq_request-state-cannot_provide = Zusätzliche Informationen können nicht erteilt werden
pq_request-state-referred = An die Koordinatoren verwiesen
pq_request-state-closed = Abgeschlossen
pq_request-state-withdrawn = Zurückgezogen
pq_request-state-deleted = Gelöscht

pq_request-action-create = Neues Ersuchen
pq_request-action-save = Entwurf speichern
pq_request-action-delete_draft = Entwurf löschen
pq_request-action-send = Senden
pq_request-action-approve_request = Ersuchen genehmigen
pq_request-action-return_request = Ersuchen zurücksenden
pq_request-action-allocate = Einem Bearbeiter von Ersuchen zuweisen
pq_request-action-accept = Annehmen
pq_request-action-forward = An eine andere Behörde weiterleiten
pq_request-action-reply = Antworten
pq_request-action-approve_reply = Antwort genehmigen
pq_request-action-return_reply = Antwort zurücksenden
pq_request-action-ask_further_information = Zusätzliche Informationen anfordern
pq_request-action-provide_further_information = Zusätzliche Informationen erteilen
pq_request-action-cannot_provide = Zusätzliche Informationen können nicht erteilt werden
pq_request-action-refer = An die Koordinatoren verweisen
pq_request-action-requester_coordinator_opts_out = Nicht an der Verweisung teilnehmen
pq_request-action-responder_coordinator_opts_out = Nicht an der Verweisung teilnehmen
pq_request-action-delegate_referral = An einen Bearbeiter von Ersuchen delegieren
pq_request-action-conclude_referral = Verweisung abschließen
pq_request-action-close = Antwort annehmen und abschließen
pq_request-action-withdraw = Zurückziehen
pq_request-action-remind = Erinnerung vor Fristablauf
pq_request-action-notice_overdue = Frist abgelaufen

pq_request-guard-create = Beide Behörden benötigen Zugang zum Bereich Berufsqualifikationen, und die antwortende Behörde muss eine andere Behörde sein.
pq_request-guard-deadline = Die Frist muss ein Datum in der Zukunft sein.
pq_request-guard-allocation = Ihre Behörde weist eingehende Ersuchen nicht zu.
pq_request-guard-forward = Leiten Sie nur an eine andere Behörde mit Zugang zum Bereich Berufsqualifikationen weiter.
pq_request-guard-refer = Wählen Sie für jede Behörde einen Koordinator für Ersuchen im Bereich Berufsqualifikationen aus.
pq_request-guard-rating = Bewerten Sie Rechtzeitigkeit und Aufwand mit 1 bis 5.

pq_request-email-incoming =
    Ihre Behörde hat ein Auskunftsersuchen zu Berufsqualifikationen erhalten (Ersuchen { $request }).
    Die ersuchende Behörde bittet um eine Antwort bis { $deadline }.

    Öffnen Sie das Ersuchen im IMI, um es anzunehmen oder eine andere Frist vorzuschlagen.
    .subject = Neues Auskunftsersuchen (Berufsqualifikationen)
pq_request-email-approval-needed =
    Ein Auskunftsersuchen zu Berufsqualifikationen (Ersuchen { $request }) wartet vor dem Versand auf Ihre Genehmigung.
    .subject = Ein Ersuchen wartet auf Ihre Genehmigung
pq_request-email-returned =
    Das Ersuchen { $request } wurde an Sie zurückgesandt: { $reason }
    .subject = Ein Ersuchen wurde an Sie zurückgesandt
pq_request-email-allocated =
    Das Ersuchen { $request } (Berufsqualifikationen) wurde Ihnen zugewiesen.
    .subject = Ihnen wurde ein Ersuchen zugewiesen
pq_request-email-accepted =
    Ihr Ersuchen { $request } wurde angenommen. Die antwortende Behörde wird bis { $deadline } antworten.
    .subject = Ihr Ersuchen wurde angenommen
pq_request-email-forwarded =
    Ihr Ersuchen { $request } wurde an eine andere Behörde ({ $to }) weitergeleitet, die es nun annehmen muss.
    .subject = Ihr Ersuchen wurde weitergeleitet
pq_request-email-replied =
    Ihr Ersuchen { $request } wurde beantwortet. Öffnen Sie es im IMI, um die Antwort zu lesen.
    .subject = Ihr Ersuchen wurde beantwortet
pq_request-email-further-information =
    Die ersuchende Behörde bittet um zusätzliche Informationen zum Ersuchen { $request }.
    .subject = Zusätzliche Informationen angefordert
pq_request-email-cannot-provide =
    Die antwortende Behörde kann die zum Ersuchen { $request } angeforderten zusätzlichen Informationen nicht erteilen: { $reason }
    .subject = Zusätzliche Informationen können nicht erteilt werden
pq_request-email-referred =
    Das Ersuchen { $request } wurde an Sie als Koordinator für Ersuchen verwiesen. Sie nehmen daran teil, es sei denn, Sie erklären, nicht teilzunehmen.
    .subject = Ein Ersuchen wurde an Sie verwiesen
pq_request-email-referral-delegated =
    Ihr Koordinator hat Ihnen die Verantwortung für die Verweisung des Ersuchens { $request } übertragen.
    .subject = Ihnen wurde eine Verweisung übertragen
pq_request-email-closed =
    Das Ersuchen { $request } wurde von der ersuchenden Behörde abgeschlossen.
    .subject = Ein Ersuchen wurde abgeschlossen
pq_request-email-withdrawn =
    Das Ersuchen { $request } wurde von der ersuchenden Behörde zurückgezogen: { $reason }
    .subject = Ein Ersuchen wurde zurückgezogen
pq_request-email-reminder =
    Das Ersuchen { $request } muss bis { $deadline } beantwortet werden.
    .subject = Erinnerung: Ein Ersuchen ist bald fällig
pq_request-email-overdue =
    Die Frist für das Ersuchen { $request } ({ $deadline }) ist ohne Antwort abgelaufen.
    .subject = Ein Ersuchen ist überfällig
