# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Fördelning av inkommande förfrågningar till handläggare av förfrågningar
setting-approve_requests = Samordnaren för förfrågningar godkänner förfrågningar innan de skickas
setting-approve_replies = Samordnaren för förfrågningar godkänner svar innan de skickas
setting-referral_participation = Deltar i hänskjutanden som samordnare för förfrågningar
setting-coordinator_sees_details = Samordnare för förfrågningar får se uppgifterna i förfrågningar (aldrig personuppgifter)

wf-pq_request = Förfrågan om information – yrkeskvalifikationer
pq_request-party-requester = Frågande myndighet
pq_request-party-responder = Svarande myndighet
pq_request-party-requester_coordinators = Den frågande myndighetens samordnare för förfrågningar
pq_request-party-responder_coordinators = Den svarande myndighetens samordnare för förfrågningar
pq_request-party-requester_coordinator = Hänskjutande: den frågande myndighetens samordnare
pq_request-party-responder_coordinator = Hänskjutande: den svarande myndighetens samordnare

pq_request-field-answers = Frågor och svar
pq_request-field-proposed_deadline = Föreslagen tidsfrist
pq_request-field-deadline = Överenskommen tidsfrist
pq_request-field-handler = Fördelad till
pq_request-field-reason = Skäl
pq_request-field-further_question = Begärd kompletterande information
pq_request-field-overdue = Försenad
pq_request-field-rating_timeliness = Bedömning: snabbhet
pq_request-field-rating_effort = Bedömning: arbetsinsats
pq_request-field-sent_at = Skickad den
pq_request-field-accepted_at = Godtagen den
pq_request-field-replied_at = Besvarad den
pq_request-field-closed_at = Avslutad den
pq_request-input-responder = Svarande myndighet
pq_request-input-to = Vidarebefordra till
pq_request-input-requester_coordinator = Den frågande myndighetens samordnare
pq_request-input-responder_coordinator = Den svarande myndighetens samordnare

pq_request-state-draft = Utkast
pq_request-state-awaiting_approval = Väntar på samordnarens godkännande
pq_request-state-awaiting_acceptance = Väntar på godtagande
pq_request-state-accepted = Godtagen, svar under utarbetande
pq_request-state-reply_awaiting_approval = Svaret väntar på samordnarens godkännande
pq_request-state-replied = Besvarad
pq_request-state-further_information_requested = Kompletterande information begärd
pq_request-state-cannot_provide = Kompletterande information kan inte lämnas
pq_request-state-referred = Hänskjuten till samordnarna
pq_request-state-closed = Avslutad
pq_request-state-withdrawn = Tillbakadragen
pq_request-state-deleted = Raderad

pq_request-action-create = Ny förfrågan
pq_request-action-save = Spara utkast
pq_request-action-delete_draft = Radera utkast
pq_request-action-send = Skicka
pq_request-action-approve_request = Godkänn förfrågan
pq_request-action-return_request = Skicka tillbaka förfrågan
pq_request-action-allocate = Fördela till en handläggare av förfrågningar
pq_request-action-accept = Godta
pq_request-action-forward = Vidarebefordra till en annan myndighet
pq_request-action-reply = Svara
pq_request-action-approve_reply = Godkänn svaret
pq_request-action-return_reply = Skicka tillbaka svaret
pq_request-action-ask_further_information = Begär kompletterande information
pq_request-action-provide_further_information = Lämna kompletterande information
pq_request-action-cannot_provide = Kompletterande information kan inte lämnas
pq_request-action-refer = Hänskjut till samordnarna
pq_request-action-requester_coordinator_opts_out = Delta inte i hänskjutandet
pq_request-action-responder_coordinator_opts_out = Delta inte i hänskjutandet
pq_request-action-delegate_referral = Delegera till en handläggare av förfrågningar
pq_request-action-conclude_referral = Avsluta hänskjutandet
pq_request-action-close = Godta svaret och avsluta
pq_request-action-withdraw = Dra tillbaka
pq_request-action-remind = Påminnelse före tidsfristen
pq_request-action-notice_overdue = Tidsfristen har löpt ut

pq_request-guard-create = Båda myndigheterna måste ha åtkomst till yrkeskvalifikationer, och den svarande myndigheten måste vara en annan myndighet.
pq_request-guard-deadline = Tidsfristen måste vara ett framtida datum.
pq_request-guard-allocation = Er myndighet fördelar inte inkommande förfrågningar.
pq_request-guard-forward = Vidarebefordra endast till en annan myndighet med åtkomst till yrkeskvalifikationer.
pq_request-guard-refer = Välj en samordnare för förfrågningar om yrkeskvalifikationer för vardera myndigheten.
pq_request-guard-rating = Bedöm snabbhet och arbetsinsats på en skala från 1 till 5.

pq_request-email-incoming =
    Er myndighet har tagit emot en förfrågan om information om yrkeskvalifikationer (förfrågan { $request }).
    Den frågande myndigheten begär svar senast { $deadline }.

    Öppna förfrågan i IMI för att godta den eller föreslå en annan tidsfrist.
    .subject = Ny förfrågan om information (yrkeskvalifikationer)
pq_request-email-approval-needed =
    En förfrågan om information om yrkeskvalifikationer (förfrågan { $request }) väntar på ert godkännande innan den skickas.
    .subject = En förfrågan väntar på ert godkännande
pq_request-email-returned =
    Förfrågan { $request } har skickats tillbaka till er: { $reason }
    .subject = En förfrågan har skickats tillbaka till er
pq_request-email-allocated =
    Förfrågan { $request } (yrkeskvalifikationer) har fördelats till er.
    .subject = En förfrågan har fördelats till er
pq_request-email-accepted =
    Er förfrågan { $request } har godtagits. Den svarande myndigheten svarar senast { $deadline }.
    .subject = Er förfrågan har godtagits
pq_request-email-forwarded =
    Er förfrågan { $request } har vidarebefordrats till en annan myndighet ({ $to }), som nu måste godta den.
    .subject = Er förfrågan har vidarebefordrats
pq_request-email-replied =
    Er förfrågan { $request } har besvarats. Öppna den i IMI för att läsa svaret.
    .subject = Er förfrågan har besvarats
pq_request-email-further-information =
    Den frågande myndigheten begär kompletterande information om förfrågan { $request }.
    .subject = Kompletterande information begärd
pq_request-email-cannot-provide =
    Den svarande myndigheten kan inte lämna den kompletterande information som begärts om förfrågan { $request }: { $reason }
    .subject = Kompletterande information kan inte lämnas
pq_request-email-referred =
    Förfrågan { $request } har hänskjutits till er som samordnare för förfrågningar. Ni deltar i hänskjutandet om ni inte väljer att avstå.
    .subject = En förfrågan har hänskjutits till er
pq_request-email-referral-delegated =
    Er samordnare har gjort er ansvarig för hänskjutandet av förfrågan { $request }.
    .subject = Ett hänskjutande har delegerats till er
pq_request-email-closed =
    Förfrågan { $request } har avslutats av den frågande myndigheten.
    .subject = En förfrågan har avslutats
pq_request-email-withdrawn =
    Förfrågan { $request } har dragits tillbaka av den frågande myndigheten: { $reason }
    .subject = En förfrågan har dragits tillbaka
pq_request-email-reminder =
    Förfrågan { $request } ska besvaras senast { $deadline }.
    .subject = Påminnelse: en förfrågan ska snart besvaras
pq_request-email-overdue =
    Tidsfristen för förfrågan { $request } ({ $deadline }) har löpt ut utan svar.
    .subject = En förfrågan är försenad
