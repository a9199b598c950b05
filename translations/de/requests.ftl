# Auskunftsersuchen (R-REQ): der Workflow für Ersuchen zu Berufsqualifikationen,
# seine E-Mails und die Einstellungen des Bereichs, von denen die Ersuchen abhängen.

setting-allocation = Zuweisung eingehender Ersuchen an Bearbeiter von Ersuchen
setting-approve_requests = Der Koordinator für Ersuchen genehmigt Ersuchen vor dem Versand
setting-approve_replies = Der Koordinator für Ersuchen genehmigt Antworten vor dem Versand
setting-referral_participation = Nimmt als Koordinator für Ersuchen an Verweisungen teil
setting-coordinator_sees_details = Koordinatoren für Ersuchen dürfen die Einzelheiten der Ersuchen einsehen (niemals personenbezogene Daten)

wf-pq_request = Auskunftsersuchen – Berufsqualifikationen
request-party-requester = Ersuchende Behörde
request-party-responder = Antwortende Behörde
request-party-requester_coordinators = Koordinatoren für Ersuchen der ersuchenden Behörde
request-party-responder_coordinators = Koordinatoren für Ersuchen der antwortenden Behörde
request-party-requester_coordinator = Verweisung: Koordinator der ersuchenden Behörde
request-party-responder_coordinator = Verweisung: Koordinator der antwortenden Behörde

request-field-answers = Fragen und Antworten
request-field-proposed_deadline = Vorgeschlagene Frist
request-field-deadline = Vereinbarte Frist
request-field-handler = Zugewiesen an
request-field-reason = Begründung
request-field-further_question = Angeforderte zusätzliche Informationen
request-field-overdue = Überfällig
request-field-rating_timeliness = Bewertung: Rechtzeitigkeit
request-field-rating_effort = Bewertung: Aufwand
request-field-sent_at = Gesendet am
request-field-accepted_at = Angenommen am
request-field-replied_at = Beantwortet am
request-field-closed_at = Abgeschlossen am
request-input-responder = Antwortende Behörde
request-input-to = Weiterleiten an
request-input-requester_coordinator = Koordinator der ersuchenden Behörde
request-input-responder_coordinator = Koordinator der antwortenden Behörde

request-state-draft = Entwurf
request-state-awaiting_approval = Wartet auf Genehmigung durch den Koordinator
request-state-awaiting_acceptance = Wartet auf Annahme
request-state-accepted = Angenommen, in Beantwortung
request-state-reply_awaiting_approval = Antwort wartet auf Genehmigung durch den Koordinator
request-state-replied = Beantwortet
request-state-further_information_requested = Zusätzliche Informationen angefordert
request-state-cannot_provide = Zusätzliche Informationen können nicht erteilt werden
request-state-referred = An die Koordinatoren verwiesen
request-state-closed = Abgeschlossen
request-state-withdrawn = Zurückgezogen
request-state-deleted = Gelöscht

request-action-create = Neues Ersuchen
request-action-save = Entwurf speichern
request-action-delete_draft = Entwurf löschen
request-action-send = Senden
request-action-approve_request = Ersuchen genehmigen
request-action-return_request = Ersuchen zurücksenden
request-action-allocate = Einem Bearbeiter von Ersuchen zuweisen
request-action-accept = Annehmen
request-action-forward = An eine andere Behörde weiterleiten
request-action-reply = Antworten
request-action-approve_reply = Antwort genehmigen
request-action-return_reply = Antwort zurücksenden
request-action-ask_further_information = Zusätzliche Informationen anfordern
request-action-provide_further_information = Zusätzliche Informationen erteilen
request-action-cannot_provide = Zusätzliche Informationen können nicht erteilt werden
request-action-refer = An die Koordinatoren verweisen
request-action-requester_coordinator_opts_out = Nicht an der Verweisung teilnehmen
request-action-responder_coordinator_opts_out = Nicht an der Verweisung teilnehmen
request-action-delegate_referral = An einen Bearbeiter von Ersuchen delegieren
request-action-conclude_referral = Verweisung abschließen
request-action-close = Antwort annehmen und abschließen
request-action-withdraw = Zurückziehen
request-action-remind = Erinnerung vor Fristablauf
request-action-notice_overdue = Frist abgelaufen

pq_request-guard-create = Beide Behörden benötigen Zugang zum Bereich Berufsqualifikationen, und die antwortende Behörde muss eine andere Behörde sein.
request-guard-deadline = Die Frist muss ein Datum in der Zukunft sein.
request-guard-allocation = Ihre Behörde weist eingehende Ersuchen nicht zu.
pq_request-guard-forward = Leiten Sie nur an eine andere Behörde mit Zugang zum Bereich Berufsqualifikationen weiter.
pq_request-guard-refer = Wählen Sie für jede Behörde einen Koordinator für Ersuchen im Bereich Berufsqualifikationen aus.
request-guard-rating = Bewerten Sie Rechtzeitigkeit und Aufwand mit 1 bis 5.

pq_request-email-incoming =
    Ihre Behörde hat ein Auskunftsersuchen zu Berufsqualifikationen erhalten (Ersuchen { $request }).
    Die ersuchende Behörde bittet um eine Antwort bis { $deadline }.

    Öffnen Sie das Ersuchen im IMI, um es anzunehmen oder eine andere Frist vorzuschlagen.
    .subject = Neues Auskunftsersuchen (Berufsqualifikationen)
pq_request-email-approval-needed =
    Ein Auskunftsersuchen zu Berufsqualifikationen (Ersuchen { $request }) wartet vor dem Versand auf Ihre Genehmigung.
    .subject = Ein Ersuchen wartet auf Ihre Genehmigung
request-email-returned =
    Das Ersuchen { $request } wurde an Sie zurückgesandt: { $reason }
    .subject = Ein Ersuchen wurde an Sie zurückgesandt
pq_request-email-allocated =
    Das Ersuchen { $request } (Berufsqualifikationen) wurde Ihnen zugewiesen.
    .subject = Ihnen wurde ein Ersuchen zugewiesen
request-email-accepted =
    Ihr Ersuchen { $request } wurde angenommen. Die antwortende Behörde wird bis { $deadline } antworten.
    .subject = Ihr Ersuchen wurde angenommen
request-email-forwarded =
    Ihr Ersuchen { $request } wurde an eine andere Behörde ({ $to }) weitergeleitet, die es nun annehmen muss.
    .subject = Ihr Ersuchen wurde weitergeleitet
request-email-replied =
    Ihr Ersuchen { $request } wurde beantwortet. Öffnen Sie es im IMI, um die Antwort zu lesen.
    .subject = Ihr Ersuchen wurde beantwortet
request-email-further-information =
    Die ersuchende Behörde bittet um zusätzliche Informationen zum Ersuchen { $request }.
    .subject = Zusätzliche Informationen angefordert
request-email-cannot-provide =
    Die antwortende Behörde kann die zum Ersuchen { $request } angeforderten zusätzlichen Informationen nicht erteilen: { $reason }
    .subject = Zusätzliche Informationen können nicht erteilt werden
request-email-referred =
    Das Ersuchen { $request } wurde an Sie als Koordinator für Ersuchen verwiesen. Sie nehmen daran teil, es sei denn, Sie erklären, nicht teilzunehmen.
    .subject = Ein Ersuchen wurde an Sie verwiesen
request-email-referral-delegated =
    Ihr Koordinator hat Ihnen die Verantwortung für die Verweisung des Ersuchens { $request } übertragen.
    .subject = Ihnen wurde eine Verweisung übertragen
request-email-closed =
    Das Ersuchen { $request } wurde von der ersuchenden Behörde abgeschlossen.
    .subject = Ein Ersuchen wurde abgeschlossen
request-email-withdrawn =
    Das Ersuchen { $request } wurde von der ersuchenden Behörde zurückgezogen: { $reason }
    .subject = Ein Ersuchen wurde zurückgezogen
request-email-reminder =
    Das Ersuchen { $request } muss bis { $deadline } beantwortet werden.
    .subject = Erinnerung: Ein Ersuchen ist bald fällig
request-email-overdue =
    Die Frist für das Ersuchen { $request } ({ $deadline }) ist ohne Antwort abgelaufen.
    .subject = Ein Ersuchen ist überfällig

wf-services_request = Auskunftsersuchen – Dienstleistungen
services_request-guard-create = Beide Behörden benötigen Zugang zum Bereich Dienstleistungen, und die antwortende Behörde muss eine andere Behörde sein.
services_request-guard-forward = Leiten Sie nur an eine andere Behörde mit Zugang zum Bereich Dienstleistungen weiter.
services_request-guard-refer = Wählen Sie für jede Behörde einen Koordinator für Ersuchen im Bereich Dienstleistungen aus.
services_request-email-incoming =
    Ihre Behörde hat ein Auskunftsersuchen zu einem Dienstleistungserbringer erhalten (Ersuchen { $request }).
    Die ersuchende Behörde bittet um eine Antwort bis { $deadline }.

    Öffnen Sie das Ersuchen im IMI, um es anzunehmen oder eine andere Frist vorzuschlagen.
    .subject = Neues Auskunftsersuchen (Dienstleistungen)
services_request-email-approval-needed =
    Ein Auskunftsersuchen zu einem Dienstleistungserbringer (Ersuchen { $request }) wartet vor dem Versand auf Ihre Genehmigung.
    .subject = Ein Ersuchen wartet auf Ihre Genehmigung
services_request-email-allocated =
    Das Ersuchen { $request } (Dienstleistungen) wurde Ihnen zugewiesen.
    .subject = Ihnen wurde ein Ersuchen zugewiesen

request-field-personal_data_blocked = Personenbezogene Daten gesperrt
request-action-block_personal_data = Personenbezogene Daten sperren
request-action-consult_personal_data = Gesperrte personenbezogene Daten einsehen
request-action-purge = Endgültig löschen
request-input-justification = Begründung
request-guard-justification = Personenbezogene Daten werden sechs Monate nach dem Abschluss gesperrt; geben Sie eine Begründung von mindestens 20 Zeichen an, um sie einzusehen.
