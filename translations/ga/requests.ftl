# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Iarrataí isteach a leithdháileadh ar láimhseálaithe iarrataí
setting-approve_requests = Faomhann an comhordaitheoir iarrataí na hiarrataí sula seoltar iad
setting-approve_replies = Faomhann an comhordaitheoir iarrataí na freagraí sula seoltar iad
setting-referral_participation = Páirt a ghlacadh i dtarchuir mar chomhordaitheoir iarrataí
setting-coordinator_sees_details = Is féidir le comhordaitheoirí iarrataí sonraí na n-iarrataí a fheiceáil (ach ní sonraí pearsanta riamh)

wf-pq_request = Iarratas ar fhaisnéis – cáilíochtaí gairmiúla
pq_request-party-requester = Údarás iarrthach
pq_request-party-responder = Údarás freagartha
pq_request-party-requester_coordinators = Comhordaitheoirí iarrataí an údaráis iarrthaigh
pq_request-party-responder_coordinators = Comhordaitheoirí iarrataí an údaráis freagartha
pq_request-party-requester_coordinator = Tarchur: comhordaitheoir an údaráis iarrthaigh
pq_request-party-responder_coordinator = Tarchur: comhordaitheoir an údaráis freagartha

pq_request-field-answers = Ceisteanna agus freagraí
pq_request-field-proposed_deadline = Spriocdháta molta
pq_request-field-deadline = Spriocdháta comhaontaithe
pq_request-field-handler = Leithdháilte ar
pq_request-field-reason = Cúis
pq_request-field-further_question = Tuilleadh faisnéise iarrtha
pq_request-field-overdue = Thar téarma
pq_request-field-rating_timeliness = Rátáil: tráthúlacht
pq_request-field-rating_effort = Rátáil: iarracht
pq_request-field-sent_at = Seolta ar
pq_request-field-accepted_at = Glactha ar
pq_request-field-replied_at = Freagartha ar
pq_request-field-closed_at = Dúnta ar
pq_request-input-responder = Údarás freagartha
pq_request-input-to = Cuir ar aghaidh chuig
pq_request-input-requester_coordinator = Comhordaitheoir an údaráis iarrthaigh
pq_request-input-responder_coordinator = Comhordaitheoir an údaráis freagartha

pq_request-state-draft = Dréacht
pq_request-state-awaiting_approval = Ag feitheamh ar fhaomhadh ón gcomhordaitheoir
pq_request-state-awaiting_acceptance = Ag feitheamh ar ghlacadh
pq_request-state-accepted = Glactha, á fhreagairt
pq_request-state-reply_awaiting_approval = Freagra ag feitheamh ar fhaomhadh ón gcomhordaitheoir
pq_request-state-replied = Freagartha
pq_request-state-further_information_requested = Tuilleadh faisnéise iarrtha
pq_request-state-cannot_provide = Ní féidir tuilleadh faisnéise a sholáthar
pq_request-state-referred = Tarchurtha chuig na comhordaitheoirí
pq_request-state-closed = Dúnta
pq_request-state-withdrawn = Tarraingthe siar
pq_request-state-deleted = Scriosta

pq_request-action-create = Iarratas nua
pq_request-action-save = Sábháil an dréacht
pq_request-action-delete_draft = Scrios an dréacht
pq_request-action-send = Seol
pq_request-action-approve_request = Faomh an t-iarratas
pq_request-action-return_request = Seol an t-iarratas ar ais
pq_request-action-allocate = Leithdháil ar láimhseálaí iarrataí
pq_request-action-accept = Glac leis
pq_request-action-forward = Cuir ar aghaidh chuig údarás eile
pq_request-action-reply = Freagair
pq_request-action-approve_reply = Faomh an freagra
pq_request-action-return_reply = Seol an freagra ar ais
pq_request-action-ask_further_information = Iarr tuilleadh faisnéise
pq_request-action-provide_further_information = Soláthair tuilleadh faisnéise
pq_request-action-cannot_provide = Ní féidir tuilleadh faisnéise a sholáthar
pq_request-action-refer = Tarchuir chuig na comhordaitheoirí
pq_request-action-requester_coordinator_opts_out = Ná glac páirt sa tarchur
pq_request-action-responder_coordinator_opts_out = Ná glac páirt sa tarchur
pq_request-action-delegate_referral = Tarmligh chuig láimhseálaí iarrataí
pq_request-action-conclude_referral = Cuir an tarchur i gcrích
pq_request-action-close = Glac leis an bhfreagra agus dún
pq_request-action-withdraw = Tarraing siar
pq_request-action-remind = Meabhrúchán roimh an spriocdháta
pq_request-action-notice_overdue = Spriocdháta caite

pq_request-guard-create = Ní mór rochtain ar cháilíochtaí gairmiúla a bheith ag an dá údarás, agus ní mór gur údarás eile é an t-údarás freagartha.
pq_request-guard-deadline = Ní mór gur dáta sa todhchaí é an spriocdháta.
pq_request-guard-allocation = Ní leithdháileann d'údarás iarrataí isteach.
pq_request-guard-forward = Ná cuir ar aghaidh é ach chuig údarás eile a bhfuil rochtain aige ar cháilíochtaí gairmiúla.
pq_request-guard-refer = Roghnaigh comhordaitheoir iarrataí de chuid gach údaráis le haghaidh cáilíochtaí gairmiúla.
pq_request-guard-rating = Rátáil an tráthúlacht agus an iarracht ó 1 go 5.

pq_request-email-incoming =
    Fuair d'údarás iarratas ar fhaisnéis faoi cháilíochtaí gairmiúla (iarratas { $request }).
    Iarrann an t-údarás iarrthach freagra faoi { $deadline }.

    Oscail an t-iarratas in IMI chun glacadh leis, nó chun spriocdháta eile a mholadh.
    .subject = Iarratas nua ar fhaisnéis (cáilíochtaí gairmiúla)
pq_request-email-approval-needed =
    Tá iarratas ar fhaisnéis faoi cháilíochtaí gairmiúla (iarratas { $request }) ag feitheamh ar d'fhaomhadh sula seolfar é.
    .subject = Tá iarratas ag feitheamh ar d'fhaomhadh
pq_request-email-returned =
    Seoladh iarratas { $request } ar ais chugat: { $reason }
    .subject = Seoladh iarratas ar ais chugat
pq_request-email-allocated =
    Leithdháileadh iarratas { $request } (cáilíochtaí gairmiúla) ort.
    .subject = Leithdháileadh iarratas ort
pq_request-email-accepted =
    Glacadh le d'iarratas { $request }. Tabharfaidh an t-údarás freagartha freagra faoi { $deadline }.
    .subject = Glacadh le d'iarratas
pq_request-email-forwarded =
    Cuireadh d'iarratas { $request } ar aghaidh chuig údarás eile ({ $to }), agus ní mór don údarás sin glacadh leis anois.
    .subject = Cuireadh d'iarratas ar aghaidh
pq_request-email-replied =
    Freagraíodh d'iarratas { $request }. Oscail in IMI é chun an freagra a léamh.
    .subject = Freagraíodh d'iarratas
pq_request-email-further-information =
    Tá an t-údarás iarrthach ag iarraidh tuilleadh faisnéise faoi iarratas { $request }.
    .subject = Tuilleadh faisnéise iarrtha
pq_request-email-cannot-provide =
    Ní féidir leis an údarás freagartha an fhaisnéis bhreise a iarradh faoi iarratas { $request } a sholáthar: { $reason }
    .subject = Ní féidir tuilleadh faisnéise a sholáthar
pq_request-email-referred =
    Tarchuireadh iarratas { $request } chugat mar chomhordaitheoir iarrataí. Glacfaidh tú páirt sa tarchur mura roghnaíonn tú gan páirt a ghlacadh.
    .subject = Tarchuireadh iarratas chugat
pq_request-email-referral-delegated =
    Rinne do chomhordaitheoir thú freagrach as tarchur iarratas { $request }.
    .subject = Tarmligeadh tarchur chugat
pq_request-email-closed =
    Dhún an t-údarás iarrthach iarratas { $request }.
    .subject = Dúnadh iarratas
pq_request-email-withdrawn =
    Tharraing an t-údarás iarrthach iarratas { $request } siar: { $reason }
    .subject = Tarraingíodh iarratas siar
pq_request-email-reminder =
    Ní mór iarratas { $request } a fhreagairt faoi { $deadline }.
    .subject = Meabhrúchán: tá spriocdháta iarratais ag druidim linn
pq_request-email-overdue =
    Tá spriocdháta iarratas { $request } ({ $deadline }) caite gan freagra.
    .subject = Tá iarratas thar téarma
