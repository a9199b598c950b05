# Anmodninger om oplysninger (R-REQ): arbejdsgangen for anmodninger om erhvervsmæssige
# kvalifikationer, dens e-mails og de områdeindstillinger, som anmodningerne afhænger af.

setting-allocation = Fordeling af indgående anmodninger til anmodningsbehandlere
setting-approve_requests = Anmodningskoordinatoren godkender anmodninger, før de sendes
setting-approve_replies = Anmodningskoordinatoren godkender svar, før de sendes
setting-referral_participation = Deltager i henvisninger som anmodningskoordinator
setting-coordinator_sees_details = Anmodningskoordinatorer må se detaljerne i anmodninger (aldrig personoplysninger)

wf-pq_request = Anmodning om oplysninger – erhvervsmæssige kvalifikationer
pq_request-party-requester = Anmodende myndighed
pq_request-party-responder = Besvarende myndighed
pq_request-party-requester_coordinators = Anmodningskoordinatorer for den anmodende myndighed
pq_request-party-responder_coordinators = Anmodningskoordinatorer for den besvarende myndighed
pq_request-party-requester_coordinator = Henvisning: koordinator for den anmodende myndighed
pq_request-party-responder_coordinator = Henvisning: koordinator for den besvarende myndighed

pq_request-field-answers = Spørgsmål og svar
pq_request-field-proposed_deadline = Foreslået frist
pq_request-field-deadline = Aftalt frist
pq_request-field-handler = Tildelt
pq_request-field-reason = Begrundelse
pq_request-field-further_question = Yderligere oplysninger, der anmodes om
pq_request-field-overdue = Fristen overskredet
pq_request-field-rating_timeliness = Vurdering: rettidighed
pq_request-field-rating_effort = Vurdering: indsats
pq_request-field-sent_at = Sendt den
pq_request-field-accepted_at = Accepteret den
pq_request-field-replied_at = Besvaret den
pq_request-field-closed_at = Afsluttet den
pq_request-input-responder = Besvarende myndighed
pq_request-input-to = Videresend til
pq_request-input-requester_coordinator = Koordinator for den anmodende myndighed
pq_request-input-responder_coordinator = Koordinator for den besvarende myndighed

pq_request-state-draft = Udkast
pq_request-state-awaiting_approval = Afventer koordinatorens godkendelse
pq_request-state-awaiting_acceptance = Afventer accept
pq_request-state-accepted = Accepteret, under besvarelse
pq_request-state-reply_awaiting_approval = Svar afventer koordinatorens godkendelse
pq_request-state-replied = Besvaret
pq_request-state-further_information_requested = Anmodet om yderligere oplysninger
pq_request-state-cannot_provide = Yderligere oplysninger kan ikke gives
pq_request-state-referred = Henvist til koordinatorerne
pq_request-state-closed = Afsluttet
pq_request-state-withdrawn = Trukket tilbage
pq_request-state-deleted = Slettet

pq_request-action-create = Ny anmodning
pq_request-action-save = Gem udkast
pq_request-action-delete_draft = Slet udkast
pq_request-action-send = Send
pq_request-action-approve_request = Godkend anmodningen
pq_request-action-return_request = Returnér anmodningen
pq_request-action-allocate = Tildel til en anmodningsbehandler
pq_request-action-accept = Acceptér
pq_request-action-forward = Videresend til en anden myndighed
pq_request-action-reply = Svar
pq_request-action-approve_reply = Godkend svaret
pq_request-action-return_reply = Returnér svaret
pq_request-action-ask_further_information = Anmod om yderligere oplysninger
pq_request-action-provide_further_information = Giv yderligere oplysninger
pq_request-action-cannot_provide = Kan ikke give yderligere oplysninger
pq_request-action-refer = Henvis til koordinatorerne
pq_request-action-requester_coordinator_opts_out = Deltag ikke i henvisningen
pq_request-action-responder_coordinator_opts_out = Deltag ikke i henvisningen
pq_request-action-delegate_referral = Uddelegér til en anmodningsbehandler
pq_request-action-conclude_referral = Afslut henvisningen
pq_request-action-close = Acceptér svaret og afslut
pq_request-action-withdraw = Træk tilbage
pq_request-action-remind = Påmindelse før fristen
pq_request-action-notice_overdue = Fristen er overskredet

pq_request-guard-create = Begge myndigheder skal have adgang til erhvervsmæssige kvalifikationer, og den besvarende myndighed skal være en anden myndighed.
pq_request-guard-deadline = Fristen skal være en dato i fremtiden.
pq_request-guard-allocation = Din myndighed fordeler ikke indgående anmodninger.
pq_request-guard-forward = Videresend kun til en anden myndighed med adgang til erhvervsmæssige kvalifikationer.
pq_request-guard-refer = Vælg en anmodningskoordinator for erhvervsmæssige kvalifikationer for hver myndighed.
pq_request-guard-rating = Bedøm rettidighed og indsats fra 1 til 5.

pq_request-email-incoming =
    Din myndighed har modtaget en anmodning om oplysninger om erhvervsmæssige kvalifikationer (anmodning { $request }).
    Den anmodende myndighed beder om svar senest den { $deadline }.

    Åbn anmodningen i IMI for at acceptere den eller foreslå en anden frist.
    .subject = Ny anmodning om oplysninger (erhvervsmæssige kvalifikationer)
pq_request-email-approval-needed =
    En anmodning om oplysninger om erhvervsmæssige kvalifikationer (anmodning { $request }) afventer din godkendelse, før den sendes.
    .subject = En anmodning afventer din godkendelse
pq_request-email-returned =
    Anmodning { $request } er blevet returneret til dig: { $reason }
    .subject = En anmodning er blevet returneret til dig
pq_request-email-allocated =
    Anmodning { $request } (erhvervsmæssige kvalifikationer) er blevet tildelt dig.
    .subject = En anmodning er blevet tildelt dig
pq_request-email-accepted =
    Din anmodning { $request } er blevet accepteret. Den besvarende myndighed svarer senest den { $deadline }.
    .subject = Din anmodning er blevet accepteret
pq_request-email-forwarded =
    Din anmodning { $request } er blevet videresendt til en anden myndighed ({ $to }), som nu skal acceptere den.
    .subject = Din anmodning er blevet videresendt
pq_request-email-replied =
    Din anmodning { $request } er blevet besvaret. Åbn den i IMI for at læse svaret.
    .subject = Din anmodning er blevet besvaret
pq_request-email-further-information =
    Den anmodende myndighed anmoder om yderligere oplysninger til anmodning { $request }.
    .subject = Anmodning om yderligere oplysninger
pq_request-email-cannot-provide =
    Den besvarende myndighed kan ikke give de yderligere oplysninger, der er anmodet om til anmodning { $request }: { $reason }
    .subject = Yderligere oplysninger kan ikke gives
pq_request-email-referred =
    Anmodning { $request } er blevet henvist til dig som anmodningskoordinator. Du deltager, medmindre du fravælger det.
    .subject = En anmodning er blevet henvist til dig
pq_request-email-referral-delegated =
    Din koordinator har gjort dig ansvarlig for henvisningen af anmodning { $request }.
    .subject = En henvisning er blevet uddelegeret til dig
pq_request-email-closed =
    Anmodning { $request } er blevet afsluttet af den anmodende myndighed.
    .subject = En anmodning er blevet afsluttet
pq_request-email-withdrawn =
    Anmodning { $request } er blevet trukket tilbage af den anmodende myndighed: { $reason }
    .subject = En anmodning er blevet trukket tilbage
pq_request-email-reminder =
    Anmodning { $request } skal besvares senest den { $deadline }.
    .subject = Påmindelse: en anmodning skal snart besvares
pq_request-email-overdue =
    Fristen for anmodning { $request } ({ $deadline }) er overskredet, uden at der er svaret.
    .subject = En anmodning har overskredet fristen
