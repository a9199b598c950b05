# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Toewijzing van inkomende verzoeken aan verzoekbehandelaars
setting-approve_requests = De verzoekcoördinator keurt verzoeken goed voordat ze worden verzonden
setting-approve_replies = De verzoekcoördinator keurt antwoorden goed voordat ze worden verzonden
setting-referral_participation = Neemt als verzoekcoördinator deel aan doorverwijzingen
setting-coordinator_sees_details = Verzoekcoördinatoren mogen de details van verzoeken inzien (nooit persoonsgegevens)

wf-pq_request = Verzoek om informatie – beroepskwalificaties
pq_request-party-requester = Verzoekende autoriteit
pq_request-party-responder = Antwoordende autoriteit
pq_request-party-requester_coordinators = Verzoekcoördinatoren van de verzoekende autoriteit
pq_request-party-responder_coordinators = Verzoekcoördinatoren van de antwoordende autoriteit
pq_request-party-requester_coordinator = Doorverwijzing: coördinator van de verzoekende autoriteit
pq_request-party-responder_coordinator = Doorverwijzing: coördinator van de antwoordende autoriteit

pq_request-field-answers = Vragen en antwoorden
pq_request-field-proposed_deadline = Voorgestelde termijn
pq_request-field-deadline = Overeengekomen termijn
pq_request-field-handler = Toegewezen aan
pq_request-field-reason = Reden
pq_request-field-further_question = Gevraagde aanvullende informatie
pq_request-field-overdue = Termijn overschreden
pq_request-field-rating_timeliness = Beoordeling: tijdigheid
pq_request-field-rating_effort = Beoordeling: inzet
pq_request-field-sent_at = Verzonden op
pq_request-field-accepted_at = Geaccepteerd op
pq_request-field-replied_at = Beantwoord op
pq_request-field-closed_at = Afgesloten op
pq_request-input-responder = Antwoordende autoriteit
pq_request-input-to = Doorsturen naar
pq_request-input-requester_coordinator = Coördinator van de verzoekende autoriteit
pq_request-input-responder_coordinator = Coördinator van de antwoordende autoriteit

pq_request-state-draft = Concept
pq_request-state-awaiting_approval = Wacht op goedkeuring door de coördinator
pq_request-state-awaiting_acceptance = Wacht op acceptatie
pq_request-state-accepted = Geaccepteerd, wordt beantwoord
pq_request-state-reply_awaiting_approval = Antwoord wacht op goedkeuring door de coördinator
pq_request-state-replied = Beantwoord
pq_request-state-further_information_requested = Aanvullende informatie gevraagd
pq_request-state-cannot_provide = Aanvullende informatie kan niet worden verstrekt
pq_request-state-referred = Doorverwezen naar de coördinatoren
pq_request-state-closed = Afgesloten
pq_request-state-withdrawn = Ingetrokken
pq_request-state-deleted = Verwijderd

pq_request-action-create = Nieuw verzoek
pq_request-action-save = Concept opslaan
pq_request-action-delete_draft = Concept verwijderen
pq_request-action-send = Verzenden
pq_request-action-approve_request = Het verzoek goedkeuren
pq_request-action-return_request = Het verzoek terugsturen
pq_request-action-allocate = Toewijzen aan een verzoekbehandelaar
pq_request-action-accept = Accepteren
pq_request-action-forward = Doorsturen naar een andere autoriteit
pq_request-action-reply = Beantwoorden
pq_request-action-approve_reply = Het antwoord goedkeuren
pq_request-action-return_reply = Het antwoord terugsturen
pq_request-action-ask_further_information = Om aanvullende informatie vragen
pq_request-action-provide_further_information = Aanvullende informatie verstrekken
pq_request-action-cannot_provide = Aanvullende informatie kan niet worden verstrekt
pq_request-action-refer = Doorverwijzen naar de coördinatoren
pq_request-action-requester_coordinator_opts_out = Niet deelnemen aan de doorverwijzing
pq_request-action-responder_coordinator_opts_out = Niet deelnemen aan de doorverwijzing
pq_request-action-delegate_referral = Delegeren aan een verzoekbehandelaar
pq_request-action-conclude_referral = De doorverwijzing afsluiten
pq_request-action-close = Het antwoord accepteren en afsluiten
pq_request-action-withdraw = Intrekken
pq_request-action-remind = Herinnering voordat de termijn verstrijkt
pq_request-action-notice_overdue = Termijn verstreken

pq_request-guard-create = Beide autoriteiten moeten toegang hebben tot beroepskwalificaties, en de antwoordende autoriteit moet een andere autoriteit zijn.
pq_request-guard-deadline = De termijn moet een datum in de toekomst zijn.
pq_request-guard-allocation = Uw autoriteit wijst inkomende verzoeken niet toe.
pq_request-guard-forward = Stuur alleen door naar een andere autoriteit met toegang tot beroepskwalificaties.
pq_request-guard-refer = Kies voor elke autoriteit een verzoekcoördinator voor beroepskwalificaties.
pq_request-guard-rating = Beoordeel tijdigheid en inzet met een cijfer van 1 tot 5.

pq_request-email-incoming =
    Uw autoriteit heeft een verzoek om informatie over beroepskwalificaties ontvangen (verzoek { $request }).
    De verzoekende autoriteit vraagt om een antwoord uiterlijk op { $deadline }.

    Open het verzoek in IMI om het te accepteren of om een andere termijn voor te stellen.
    .subject = Nieuw verzoek om informatie (beroepskwalificaties)
pq_request-email-approval-needed =
    Een verzoek om informatie over beroepskwalificaties (verzoek { $request }) wacht op uw goedkeuring voordat het wordt verzonden.
    .subject = Een verzoek wacht op uw goedkeuring
pq_request-email-returned =
    Verzoek { $request } is naar u teruggestuurd: { $reason }
    .subject = Een verzoek is naar u teruggestuurd
pq_request-email-allocated =
    Verzoek { $request } (beroepskwalificaties) is aan u toegewezen.
    .subject = Er is een verzoek aan u toegewezen
pq_request-email-accepted =
    Uw verzoek { $request } is geaccepteerd. De antwoordende autoriteit antwoordt uiterlijk op { $deadline }.
    .subject = Uw verzoek is geaccepteerd
pq_request-email-forwarded =
    Uw verzoek { $request } is doorgestuurd naar een andere autoriteit ({ $to }), die het nu moet accepteren.
    .subject = Uw verzoek is doorgestuurd
pq_request-email-replied =
    Uw verzoek { $request } is beantwoord. Open het in IMI om het antwoord te lezen.
    .subject = Uw verzoek is beantwoord
pq_request-email-further-information =
    De verzoekende autoriteit vraagt om aanvullende informatie over verzoek { $request }.
    .subject = Aanvullende informatie gevraagd
pq_request-email-cannot-provide =
    De antwoordende autoriteit kan de gevraagde aanvullende informatie over verzoek { $request } niet verstrekken: { $reason }
    .subject = Aanvullende informatie kan niet worden verstrekt
pq_request-email-referred =
    Verzoek { $request } is naar u doorverwezen als verzoekcoördinator. U neemt deel, tenzij u zich afmeldt.
    .subject = Er is een verzoek naar u doorverwezen
pq_request-email-referral-delegated =
    Uw coördinator heeft u verantwoordelijk gemaakt voor de doorverwijzing van verzoek { $request }.
    .subject = Er is een doorverwijzing aan u gedelegeerd
pq_request-email-closed =
    Verzoek { $request } is door de verzoekende autoriteit afgesloten.
    .subject = Een verzoek is afgesloten
pq_request-email-withdrawn =
    Verzoek { $request } is door de verzoekende autoriteit ingetrokken: { $reason }
    .subject = Een verzoek is ingetrokken
pq_request-email-reminder =
    Verzoek { $request } moet uiterlijk op { $deadline } worden beantwoord.
    .subject = Herinnering: de termijn van een verzoek verstrijkt binnenkort
pq_request-email-overdue =
    De termijn van verzoek { $request } ({ $deadline }) is verstreken zonder dat er een antwoord is gegeven.
    .subject = De termijn van een verzoek is overschreden
