# Anmodninger om oplysninger (R-REQ): arbejdsgangen for anmodninger om erhvervsmæssige
# kvalifikationer, dens e-mails og de områdeindstillinger, som anmodningerne afhænger af.

setting-allocation = Fordeling af indgående anmodninger til anmodningsbehandlere
setting-approve_requests = Anmodningskoordinatoren godkender anmodninger, før de sendes
setting-approve_replies = Anmodningskoordinatoren godkender svar, før de sendes
setting-referral_participation = Deltager i henvisninger som anmodningskoordinator
setting-coordinator_sees_details = Anmodningskoordinatorer må se detaljerne i anmodninger (aldrig personoplysninger)

wf-pq_request = Anmodning om oplysninger – erhvervsmæssige kvalifikationer
request-party-requester = Anmodende myndighed
request-party-responder = Besvarende myndighed
request-party-requester_coordinators = Anmodningskoordinatorer for den anmodende myndighed
request-party-responder_coordinators = Anmodningskoordinatorer for den besvarende myndighed
request-party-requester_coordinator = Henvisning: koordinator for den anmodende myndighed
request-party-responder_coordinator = Henvisning: koordinator for den besvarende myndighed

request-field-answers = Spørgsmål og svar
request-field-proposed_deadline = Foreslået frist
request-field-deadline = Aftalt frist
request-field-handler = Tildelt
request-field-reason = Begrundelse
request-field-further_question = Yderligere oplysninger, der anmodes om
request-field-overdue = Fristen overskredet
request-field-rating_timeliness = Vurdering: rettidighed
request-field-rating_effort = Vurdering: indsats
request-field-sent_at = Sendt den
request-field-accepted_at = Accepteret den
request-field-replied_at = Besvaret den
request-field-closed_at = Afsluttet den
request-input-responder = Besvarende myndighed
request-input-to = Videresend til
request-input-requester_coordinator = Koordinator for den anmodende myndighed
request-input-responder_coordinator = Koordinator for den besvarende myndighed

request-state-draft = Udkast
request-state-awaiting_approval = Afventer koordinatorens godkendelse
request-state-awaiting_acceptance = Afventer accept
request-state-accepted = Accepteret, under besvarelse
request-state-reply_awaiting_approval = Svar afventer koordinatorens godkendelse
request-state-replied = Besvaret
request-state-further_information_requested = Anmodet om yderligere oplysninger
request-state-cannot_provide = Yderligere oplysninger kan ikke gives
request-state-referred = Henvist til koordinatorerne
request-state-closed = Afsluttet
request-state-withdrawn = Trukket tilbage
request-state-deleted = Slettet

request-action-create = Ny anmodning
request-action-save = Gem udkast
request-action-delete_draft = Slet udkast
request-action-send = Send
request-action-approve_request = Godkend anmodningen
request-action-return_request = Returnér anmodningen
request-action-allocate = Tildel til en anmodningsbehandler
request-action-accept = Acceptér
request-action-forward = Videresend til en anden myndighed
request-action-reply = Svar
request-action-approve_reply = Godkend svaret
request-action-return_reply = Returnér svaret
request-action-ask_further_information = Anmod om yderligere oplysninger
request-action-provide_further_information = Giv yderligere oplysninger
request-action-cannot_provide = Kan ikke give yderligere oplysninger
request-action-refer = Henvis til koordinatorerne
request-action-requester_coordinator_opts_out = Deltag ikke i henvisningen
request-action-responder_coordinator_opts_out = Deltag ikke i henvisningen
request-action-delegate_referral = Uddelegér til en anmodningsbehandler
request-action-conclude_referral = Afslut henvisningen
request-action-close = Acceptér svaret og afslut
request-action-withdraw = Træk tilbage
request-action-remind = Påmindelse før fristen
request-action-notice_overdue = Fristen er overskredet

pq_request-guard-create = Begge myndigheder skal have adgang til erhvervsmæssige kvalifikationer, og den besvarende myndighed skal være en anden myndighed.
request-guard-deadline = Fristen skal være en dato i fremtiden.
request-guard-allocation = Din myndighed fordeler ikke indgående anmodninger.
pq_request-guard-forward = Videresend kun til en anden myndighed med adgang til erhvervsmæssige kvalifikationer.
pq_request-guard-refer = Vælg en anmodningskoordinator for erhvervsmæssige kvalifikationer for hver myndighed.
request-guard-rating = Bedøm rettidighed og indsats fra 1 til 5.

pq_request-email-incoming =
    Din myndighed har modtaget en anmodning om oplysninger om erhvervsmæssige kvalifikationer (anmodning { $request }).
    Den anmodende myndighed beder om svar senest den { $deadline }.

    Åbn anmodningen i IMI for at acceptere den eller foreslå en anden frist.
    .subject = Ny anmodning om oplysninger (erhvervsmæssige kvalifikationer)
pq_request-email-approval-needed =
    En anmodning om oplysninger om erhvervsmæssige kvalifikationer (anmodning { $request }) afventer din godkendelse, før den sendes.
    .subject = En anmodning afventer din godkendelse
request-email-returned =
    Anmodning { $request } er blevet returneret til dig: { $reason }
    .subject = En anmodning er blevet returneret til dig
pq_request-email-allocated =
    Anmodning { $request } (erhvervsmæssige kvalifikationer) er blevet tildelt dig.
    .subject = En anmodning er blevet tildelt dig
request-email-accepted =
    Din anmodning { $request } er blevet accepteret. Den besvarende myndighed svarer senest den { $deadline }.
    .subject = Din anmodning er blevet accepteret
request-email-forwarded =
    Din anmodning { $request } er blevet videresendt til en anden myndighed ({ $to }), som nu skal acceptere den.
    .subject = Din anmodning er blevet videresendt
request-email-replied =
    Din anmodning { $request } er blevet besvaret. Åbn den i IMI for at læse svaret.
    .subject = Din anmodning er blevet besvaret
request-email-further-information =
    Den anmodende myndighed anmoder om yderligere oplysninger til anmodning { $request }.
    .subject = Anmodning om yderligere oplysninger
request-email-cannot-provide =
    Den besvarende myndighed kan ikke give de yderligere oplysninger, der er anmodet om til anmodning { $request }: { $reason }
    .subject = Yderligere oplysninger kan ikke gives
request-email-referred =
    Anmodning { $request } er blevet henvist til dig som anmodningskoordinator. Du deltager, medmindre du fravælger det.
    .subject = En anmodning er blevet henvist til dig
request-email-referral-delegated =
    Din koordinator har gjort dig ansvarlig for henvisningen af anmodning { $request }.
    .subject = En henvisning er blevet uddelegeret til dig
request-email-closed =
    Anmodning { $request } er blevet afsluttet af den anmodende myndighed.
    .subject = En anmodning er blevet afsluttet
request-email-withdrawn =
    Anmodning { $request } er blevet trukket tilbage af den anmodende myndighed: { $reason }
    .subject = En anmodning er blevet trukket tilbage
request-email-reminder =
    Anmodning { $request } skal besvares senest den { $deadline }.
    .subject = Påmindelse: en anmodning skal snart besvares
request-email-overdue =
    Fristen for anmodning { $request } ({ $deadline }) er overskredet, uden at der er svaret.
    .subject = En anmodning har overskredet fristen

wf-services_request = Anmodning om oplysninger – tjenesteydelser
services_request-guard-create = Begge myndigheder skal have adgang til tjenesteydelser, og den besvarende myndighed skal være en anden myndighed.
services_request-guard-forward = Videresend kun til en anden myndighed med adgang til tjenesteydelser.
services_request-guard-refer = Vælg en anmodningskoordinator for tjenesteydelser for hver myndighed.
services_request-email-incoming =
    Din myndighed har modtaget en anmodning om oplysninger om en tjenesteyder (anmodning { $request }).
    Den anmodende myndighed beder om svar senest den { $deadline }.

    Åbn anmodningen i IMI for at acceptere den eller foreslå en anden frist.
    .subject = Ny anmodning om oplysninger (tjenesteydelser)
services_request-email-approval-needed =
    En anmodning om oplysninger om en tjenesteyder (anmodning { $request }) afventer din godkendelse, før den sendes.
    .subject = En anmodning afventer din godkendelse
services_request-email-allocated =
    Anmodning { $request } (tjenesteydelser) er blevet tildelt dig.
    .subject = En anmodning er blevet tildelt dig

request-field-personal_data_blocked = Personoplysninger blokeret
request-action-block_personal_data = Blokér personoplysningerne
request-action-consult_personal_data = Se de blokerede personoplysninger
request-action-purge = Slet endeligt
request-input-justification = Begrundelse
request-guard-justification = Personoplysninger blokeres seks måneder efter afslutningen; angiv en begrundelse på mindst 20 tegn for at se dem.
