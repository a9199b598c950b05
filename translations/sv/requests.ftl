# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Fördelning av inkommande förfrågningar till handläggare av förfrågningar
setting-approve_requests = Samordnaren för förfrågningar godkänner förfrågningar innan de skickas
setting-approve_replies = Samordnaren för förfrågningar godkänner svar innan de skickas
setting-referral_participation = Deltar i hänskjutanden som samordnare för förfrågningar
setting-coordinator_sees_details = Samordnare för förfrågningar får se uppgifterna i förfrågningar (aldrig personuppgifter)

wf-pq_request = Förfrågan om information – yrkeskvalifikationer
request-party-requester = Frågande myndighet
request-party-responder = Svarande myndighet
request-party-requester_coordinators = Den frågande myndighetens samordnare för förfrågningar
request-party-responder_coordinators = Den svarande myndighetens samordnare för förfrågningar
request-party-requester_coordinator = Hänskjutande: den frågande myndighetens samordnare
request-party-responder_coordinator = Hänskjutande: den svarande myndighetens samordnare

request-field-answers = Frågor och svar
request-field-proposed_deadline = Föreslagen tidsfrist
request-field-deadline = Överenskommen tidsfrist
request-field-handler = Fördelad till
request-field-reason = Skäl
request-field-further_question = Begärd kompletterande information
request-field-overdue = Försenad
request-field-rating_timeliness = Bedömning: snabbhet
request-field-rating_effort = Bedömning: arbetsinsats
request-field-sent_at = Skickad den
request-field-accepted_at = Godtagen den
request-field-replied_at = Besvarad den
request-field-closed_at = Avslutad den
request-input-responder = Svarande myndighet
request-input-to = Vidarebefordra till
request-input-requester_coordinator = Den frågande myndighetens samordnare
request-input-responder_coordinator = Den svarande myndighetens samordnare

request-state-draft = Utkast
request-state-awaiting_approval = Väntar på samordnarens godkännande
request-state-awaiting_acceptance = Väntar på godtagande
request-state-accepted = Godtagen, svar under utarbetande
request-state-reply_awaiting_approval = Svaret väntar på samordnarens godkännande
request-state-replied = Besvarad
request-state-further_information_requested = Kompletterande information begärd
request-state-cannot_provide = Kompletterande information kan inte lämnas
request-state-referred = Hänskjuten till samordnarna
request-state-closed = Avslutad
request-state-withdrawn = Tillbakadragen
request-state-deleted = Raderad

request-action-create = Ny förfrågan
request-action-save = Spara utkast
request-action-delete_draft = Radera utkast
request-action-send = Skicka
request-action-approve_request = Godkänn förfrågan
request-action-return_request = Skicka tillbaka förfrågan
request-action-allocate = Fördela till en handläggare av förfrågningar
request-action-accept = Godta
request-action-forward = Vidarebefordra till en annan myndighet
request-action-reply = Svara
request-action-approve_reply = Godkänn svaret
request-action-return_reply = Skicka tillbaka svaret
request-action-ask_further_information = Begär kompletterande information
request-action-provide_further_information = Lämna kompletterande information
request-action-cannot_provide = Kompletterande information kan inte lämnas
request-action-refer = Hänskjut till samordnarna
request-action-requester_coordinator_opts_out = Delta inte i hänskjutandet
request-action-responder_coordinator_opts_out = Delta inte i hänskjutandet
request-action-delegate_referral = Delegera till en handläggare av förfrågningar
request-action-conclude_referral = Avsluta hänskjutandet
request-action-close = Godta svaret och avsluta
request-action-withdraw = Dra tillbaka
request-action-remind = Påminnelse före tidsfristen
request-action-notice_overdue = Tidsfristen har löpt ut

pq_request-guard-create = Båda myndigheterna måste ha åtkomst till yrkeskvalifikationer, och den svarande myndigheten måste vara en annan myndighet.
request-guard-deadline = Tidsfristen måste vara ett framtida datum.
request-guard-allocation = Er myndighet fördelar inte inkommande förfrågningar.
pq_request-guard-forward = Vidarebefordra endast till en annan myndighet med åtkomst till yrkeskvalifikationer.
pq_request-guard-refer = Välj en samordnare för förfrågningar om yrkeskvalifikationer för vardera myndigheten.
request-guard-rating = Bedöm snabbhet och arbetsinsats på en skala från 1 till 5.

pq_request-email-incoming =
    Er myndighet har tagit emot en förfrågan om information om yrkeskvalifikationer (förfrågan { $request }).
    Den frågande myndigheten begär svar senast { $deadline }.

    Öppna förfrågan i IMI för att godta den eller föreslå en annan tidsfrist.
    .subject = Ny förfrågan om information (yrkeskvalifikationer)
pq_request-email-approval-needed =
    En förfrågan om information om yrkeskvalifikationer (förfrågan { $request }) väntar på ert godkännande innan den skickas.
    .subject = En förfrågan väntar på ert godkännande
request-email-returned =
    Förfrågan { $request } har skickats tillbaka till er: { $reason }
    .subject = En förfrågan har skickats tillbaka till er
pq_request-email-allocated =
    Förfrågan { $request } (yrkeskvalifikationer) har fördelats till er.
    .subject = En förfrågan har fördelats till er
request-email-accepted =
    Er förfrågan { $request } har godtagits. Den svarande myndigheten svarar senast { $deadline }.
    .subject = Er förfrågan har godtagits
request-email-forwarded =
    Er förfrågan { $request } har vidarebefordrats till en annan myndighet ({ $to }), som nu måste godta den.
    .subject = Er förfrågan har vidarebefordrats
request-email-replied =
    Er förfrågan { $request } har besvarats. Öppna den i IMI för att läsa svaret.
    .subject = Er förfrågan har besvarats
request-email-further-information =
    Den frågande myndigheten begär kompletterande information om förfrågan { $request }.
    .subject = Kompletterande information begärd
request-email-cannot-provide =
    Den svarande myndigheten kan inte lämna den kompletterande information som begärts om förfrågan { $request }: { $reason }
    .subject = Kompletterande information kan inte lämnas
request-email-referred =
    Förfrågan { $request } har hänskjutits till er som samordnare för förfrågningar. Ni deltar i hänskjutandet om ni inte väljer att avstå.
    .subject = En förfrågan har hänskjutits till er
request-email-referral-delegated =
    Er samordnare har gjort er ansvarig för hänskjutandet av förfrågan { $request }.
    .subject = Ett hänskjutande har delegerats till er
request-email-closed =
    Förfrågan { $request } har avslutats av den frågande myndigheten.
    .subject = En förfrågan har avslutats
request-email-withdrawn =
    Förfrågan { $request } har dragits tillbaka av den frågande myndigheten: { $reason }
    .subject = En förfrågan har dragits tillbaka
request-email-reminder =
    Förfrågan { $request } ska besvaras senast { $deadline }.
    .subject = Påminnelse: en förfrågan ska snart besvaras
request-email-overdue =
    Tidsfristen för förfrågan { $request } ({ $deadline }) har löpt ut utan svar.
    .subject = En förfrågan är försenad

wf-services_request = Förfrågan om information – tjänster
services_request-guard-create = Båda myndigheterna måste ha åtkomst till tjänster, och den svarande myndigheten måste vara en annan myndighet.
services_request-guard-forward = Vidarebefordra endast till en annan myndighet med åtkomst till tjänster.
services_request-guard-refer = Välj en samordnare för förfrågningar om tjänster för vardera myndigheten.
services_request-email-incoming =
    Er myndighet har tagit emot en förfrågan om information om en tjänsteleverantör (förfrågan { $request }).
    Den frågande myndigheten begär svar senast { $deadline }.

    Öppna förfrågan i IMI för att godta den eller föreslå en annan tidsfrist.
    .subject = Ny förfrågan om information (tjänster)
services_request-email-approval-needed =
    En förfrågan om information om en tjänsteleverantör (förfrågan { $request }) väntar på ert godkännande innan den skickas.
    .subject = En förfrågan väntar på ert godkännande
services_request-email-allocated =
    Förfrågan { $request } (tjänster) har fördelats till er.
    .subject = En förfrågan har fördelats till er

request-field-personal_data_blocked = Personuppgifter blockerade
request-action-block_personal_data = Blockera personuppgifterna
request-action-consult_personal_data = Ta del av de blockerade personuppgifterna
request-action-purge = Radera permanent
request-input-justification = Motivering
request-guard-justification = Personuppgifter blockeras sex månader efter avslutandet; ange en motivering på minst 20 tecken för att ta del av dem.
