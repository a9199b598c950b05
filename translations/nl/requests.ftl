# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Toewijzing van inkomende verzoeken aan verzoekbehandelaars
setting-approve_requests = De verzoekcoördinator keurt verzoeken goed voordat ze worden verzonden
setting-approve_replies = De verzoekcoördinator keurt antwoorden goed voordat ze worden verzonden
setting-referral_participation = Neemt als verzoekcoördinator deel aan doorverwijzingen
setting-coordinator_sees_details = Verzoekcoördinatoren mogen de details van verzoeken inzien (nooit persoonsgegevens)

wf-pq_request = Verzoek om informatie – beroepskwalificaties
request-party-requester = Verzoekende autoriteit
request-party-responder = Antwoordende autoriteit
request-party-requester_coordinators = Verzoekcoördinatoren van de verzoekende autoriteit
request-party-responder_coordinators = Verzoekcoördinatoren van de antwoordende autoriteit
request-party-requester_coordinator = Doorverwijzing: coördinator van de verzoekende autoriteit
request-party-responder_coordinator = Doorverwijzing: coördinator van de antwoordende autoriteit

request-field-answers = Vragen en antwoorden
request-field-proposed_deadline = Voorgestelde termijn
request-field-deadline = Overeengekomen termijn
request-field-handler = Toegewezen aan
request-field-reason = Reden
request-field-further_question = Gevraagde aanvullende informatie
request-field-overdue = Termijn overschreden
request-field-rating_timeliness = Beoordeling: tijdigheid
request-field-rating_effort = Beoordeling: inzet
request-field-sent_at = Verzonden op
request-field-accepted_at = Geaccepteerd op
request-field-replied_at = Beantwoord op
request-field-closed_at = Afgesloten op
request-input-responder = Antwoordende autoriteit
request-input-to = Doorsturen naar
request-input-requester_coordinator = Coördinator van de verzoekende autoriteit
request-input-responder_coordinator = Coördinator van de antwoordende autoriteit

request-state-draft = Concept
request-state-awaiting_approval = Wacht op goedkeuring door de coördinator
request-state-awaiting_acceptance = Wacht op acceptatie
request-state-accepted = Geaccepteerd, wordt beantwoord
request-state-reply_awaiting_approval = Antwoord wacht op goedkeuring door de coördinator
request-state-replied = Beantwoord
request-state-further_information_requested = Aanvullende informatie gevraagd
request-state-cannot_provide = Aanvullende informatie kan niet worden verstrekt
request-state-referred = Doorverwezen naar de coördinatoren
request-state-closed = Afgesloten
request-state-withdrawn = Ingetrokken
request-state-deleted = Verwijderd

request-action-create = Nieuw verzoek
request-action-save = Concept opslaan
request-action-delete_draft = Concept verwijderen
request-action-send = Verzenden
request-action-approve_request = Het verzoek goedkeuren
request-action-return_request = Het verzoek terugsturen
request-action-allocate = Toewijzen aan een verzoekbehandelaar
request-action-accept = Accepteren
request-action-forward = Doorsturen naar een andere autoriteit
request-action-reply = Beantwoorden
request-action-approve_reply = Het antwoord goedkeuren
request-action-return_reply = Het antwoord terugsturen
request-action-ask_further_information = Om aanvullende informatie vragen
request-action-provide_further_information = Aanvullende informatie verstrekken
request-action-cannot_provide = Aanvullende informatie kan niet worden verstrekt
request-action-refer = Doorverwijzen naar de coördinatoren
request-action-requester_coordinator_opts_out = Niet deelnemen aan de doorverwijzing
request-action-responder_coordinator_opts_out = Niet deelnemen aan de doorverwijzing
request-action-delegate_referral = Delegeren aan een verzoekbehandelaar
request-action-conclude_referral = De doorverwijzing afsluiten
request-action-close = Het antwoord accepteren en afsluiten
request-action-withdraw = Intrekken
request-action-remind = Herinnering voordat de termijn verstrijkt
request-action-notice_overdue = Termijn verstreken

pq_request-guard-create = Beide autoriteiten moeten toegang hebben tot beroepskwalificaties, en de antwoordende autoriteit moet een andere autoriteit zijn.
request-guard-deadline = De termijn moet een datum in de toekomst zijn.
request-guard-allocation = Uw autoriteit wijst inkomende verzoeken niet toe.
pq_request-guard-forward = Stuur alleen door naar een andere autoriteit met toegang tot beroepskwalificaties.
pq_request-guard-refer = Kies voor elke autoriteit een verzoekcoördinator voor beroepskwalificaties.
request-guard-rating = Beoordeel tijdigheid en inzet met een cijfer van 1 tot 5.

pq_request-email-incoming =
    Uw autoriteit heeft een verzoek om informatie over beroepskwalificaties ontvangen (verzoek { $request }).
    De verzoekende autoriteit vraagt om een antwoord uiterlijk op { $deadline }.

    Open het verzoek in IMI om het te accepteren of om een andere termijn voor te stellen.
    .subject = Nieuw verzoek om informatie (beroepskwalificaties)
pq_request-email-approval-needed =
    Een verzoek om informatie over beroepskwalificaties (verzoek { $request }) wacht op uw goedkeuring voordat het wordt verzonden.
    .subject = Een verzoek wacht op uw goedkeuring
request-email-returned =
    Verzoek { $request } is naar u teruggestuurd: { $reason }
    .subject = Een verzoek is naar u teruggestuurd
pq_request-email-allocated =
    Verzoek { $request } (beroepskwalificaties) is aan u toegewezen.
    .subject = Er is een verzoek aan u toegewezen
request-email-accepted =
    Uw verzoek { $request } is geaccepteerd. De antwoordende autoriteit antwoordt uiterlijk op { $deadline }.
    .subject = Uw verzoek is geaccepteerd
request-email-forwarded =
    Uw verzoek { $request } is doorgestuurd naar een andere autoriteit ({ $to }), die het nu moet accepteren.
    .subject = Uw verzoek is doorgestuurd
request-email-replied =
    Uw verzoek { $request } is beantwoord. Open het in IMI om het antwoord te lezen.
    .subject = Uw verzoek is beantwoord
request-email-further-information =
    De verzoekende autoriteit vraagt om aanvullende informatie over verzoek { $request }.
    .subject = Aanvullende informatie gevraagd
request-email-cannot-provide =
    De antwoordende autoriteit kan de gevraagde aanvullende informatie over verzoek { $request } niet verstrekken: { $reason }
    .subject = Aanvullende informatie kan niet worden verstrekt
request-email-referred =
    Verzoek { $request } is naar u doorverwezen als verzoekcoördinator. U neemt deel, tenzij u zich afmeldt.
    .subject = Er is een verzoek naar u doorverwezen
request-email-referral-delegated =
    Uw coördinator heeft u verantwoordelijk gemaakt voor de doorverwijzing van verzoek { $request }.
    .subject = Er is een doorverwijzing aan u gedelegeerd
request-email-closed =
    Verzoek { $request } is door de verzoekende autoriteit afgesloten.
    .subject = Een verzoek is afgesloten
request-email-withdrawn =
    Verzoek { $request } is door de verzoekende autoriteit ingetrokken: { $reason }
    .subject = Een verzoek is ingetrokken
request-email-reminder =
    Verzoek { $request } moet uiterlijk op { $deadline } worden beantwoord.
    .subject = Herinnering: de termijn van een verzoek verstrijkt binnenkort
request-email-overdue =
    De termijn van verzoek { $request } ({ $deadline }) is verstreken zonder dat er een antwoord is gegeven.
    .subject = De termijn van een verzoek is overschreden

wf-services_request = Verzoek om informatie – diensten
services_request-guard-create = Beide autoriteiten moeten toegang hebben tot diensten, en de antwoordende autoriteit moet een andere autoriteit zijn.
services_request-guard-forward = Stuur alleen door naar een andere autoriteit met toegang tot diensten.
services_request-guard-refer = Kies voor elke autoriteit een verzoekcoördinator voor diensten.
services_request-email-incoming =
    Uw autoriteit heeft een verzoek om informatie over een dienstverrichter ontvangen (verzoek { $request }).
    De verzoekende autoriteit vraagt om een antwoord uiterlijk op { $deadline }.

    Open het verzoek in IMI om het te accepteren of om een andere termijn voor te stellen.
    .subject = Nieuw verzoek om informatie (diensten)
services_request-email-approval-needed =
    Een verzoek om informatie over een dienstverrichter (verzoek { $request }) wacht op uw goedkeuring voordat het wordt verzonden.
    .subject = Een verzoek wacht op uw goedkeuring
services_request-email-allocated =
    Verzoek { $request } (diensten) is aan u toegewezen.
    .subject = Er is een verzoek aan u toegewezen

request-field-personal_data_blocked = Persoonsgegevens afgeschermd
request-action-block_personal_data = De persoonsgegevens afschermen
request-action-consult_personal_data = De afgeschermde persoonsgegevens raadplegen
request-action-purge = Definitief verwijderen
request-input-justification = Motivering
request-guard-justification = Persoonsgegevens worden zes maanden na de afsluiting afgeschermd; geef een motivering van ten minste 20 tekens om ze te raadplegen.
