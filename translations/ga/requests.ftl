# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Iarrataí isteach a leithdháileadh ar láimhseálaithe iarrataí
setting-approve_requests = Faomhann an comhordaitheoir iarrataí na hiarrataí sula seoltar iad
setting-approve_replies = Faomhann an comhordaitheoir iarrataí na freagraí sula seoltar iad
setting-referral_participation = Páirt a ghlacadh i dtarchuir mar chomhordaitheoir iarrataí
setting-coordinator_sees_details = Is féidir le comhordaitheoirí iarrataí sonraí na n-iarrataí a fheiceáil (ach ní sonraí pearsanta riamh)

wf-pq_request = Iarratas ar fhaisnéis – cáilíochtaí gairmiúla
request-party-requester = Údarás iarrthach
request-party-responder = Údarás freagartha
request-party-requester_coordinators = Comhordaitheoirí iarrataí an údaráis iarrthaigh
request-party-responder_coordinators = Comhordaitheoirí iarrataí an údaráis freagartha
request-party-requester_coordinator = Tarchur: comhordaitheoir an údaráis iarrthaigh
request-party-responder_coordinator = Tarchur: comhordaitheoir an údaráis freagartha

request-field-answers = Ceisteanna agus freagraí
request-field-proposed_deadline = Spriocdháta molta
request-field-deadline = Spriocdháta comhaontaithe
request-field-handler = Leithdháilte ar
request-field-reason = Cúis
request-field-further_question = Tuilleadh faisnéise iarrtha
request-field-overdue = Thar téarma
request-field-rating_timeliness = Rátáil: tráthúlacht
request-field-rating_effort = Rátáil: iarracht
request-field-sent_at = Seolta ar
request-field-accepted_at = Glactha ar
request-field-replied_at = Freagartha ar
request-field-closed_at = Dúnta ar
request-input-responder = Údarás freagartha
request-input-to = Cuir ar aghaidh chuig
request-input-requester_coordinator = Comhordaitheoir an údaráis iarrthaigh
request-input-responder_coordinator = Comhordaitheoir an údaráis freagartha

request-state-draft = Dréacht
request-state-awaiting_approval = Ag feitheamh ar fhaomhadh ón gcomhordaitheoir
request-state-awaiting_acceptance = Ag feitheamh ar ghlacadh
request-state-accepted = Glactha, á fhreagairt
request-state-reply_awaiting_approval = Freagra ag feitheamh ar fhaomhadh ón gcomhordaitheoir
request-state-replied = Freagartha
request-state-further_information_requested = Tuilleadh faisnéise iarrtha
request-state-cannot_provide = Ní féidir tuilleadh faisnéise a sholáthar
request-state-referred = Tarchurtha chuig na comhordaitheoirí
request-state-closed = Dúnta
request-state-withdrawn = Tarraingthe siar
request-state-deleted = Scriosta

request-action-create = Iarratas nua
request-action-save = Sábháil an dréacht
request-action-delete_draft = Scrios an dréacht
request-action-send = Seol
request-action-approve_request = Faomh an t-iarratas
request-action-return_request = Seol an t-iarratas ar ais
request-action-allocate = Leithdháil ar láimhseálaí iarrataí
request-action-accept = Glac leis
request-action-forward = Cuir ar aghaidh chuig údarás eile
request-action-reply = Freagair
request-action-approve_reply = Faomh an freagra
request-action-return_reply = Seol an freagra ar ais
request-action-ask_further_information = Iarr tuilleadh faisnéise
request-action-provide_further_information = Soláthair tuilleadh faisnéise
request-action-cannot_provide = Ní féidir tuilleadh faisnéise a sholáthar
request-action-refer = Tarchuir chuig na comhordaitheoirí
request-action-requester_coordinator_opts_out = Ná glac páirt sa tarchur
request-action-responder_coordinator_opts_out = Ná glac páirt sa tarchur
request-action-delegate_referral = Tarmligh chuig láimhseálaí iarrataí
request-action-conclude_referral = Cuir an tarchur i gcrích
request-action-close = Glac leis an bhfreagra agus dún
request-action-withdraw = Tarraing siar
request-action-remind = Meabhrúchán roimh an spriocdháta
request-action-notice_overdue = Spriocdháta caite

pq_request-guard-create = Ní mór rochtain ar cháilíochtaí gairmiúla a bheith ag an dá údarás, agus ní mór gur údarás eile é an t-údarás freagartha.
request-guard-deadline = Ní mór gur dáta sa todhchaí é an spriocdháta.
request-guard-allocation = Ní leithdháileann d'údarás iarrataí isteach.
pq_request-guard-forward = Ná cuir ar aghaidh é ach chuig údarás eile a bhfuil rochtain aige ar cháilíochtaí gairmiúla.
pq_request-guard-refer = Roghnaigh comhordaitheoir iarrataí de chuid gach údaráis le haghaidh cáilíochtaí gairmiúla.
request-guard-rating = Rátáil an tráthúlacht agus an iarracht ó 1 go 5.

pq_request-email-incoming =
    Fuair d'údarás iarratas ar fhaisnéis faoi cháilíochtaí gairmiúla (iarratas { $request }).
    Iarrann an t-údarás iarrthach freagra faoi { $deadline }.

    Oscail an t-iarratas in IMI chun glacadh leis, nó chun spriocdháta eile a mholadh.
    .subject = Iarratas nua ar fhaisnéis (cáilíochtaí gairmiúla)
pq_request-email-approval-needed =
    Tá iarratas ar fhaisnéis faoi cháilíochtaí gairmiúla (iarratas { $request }) ag feitheamh ar d'fhaomhadh sula seolfar é.
    .subject = Tá iarratas ag feitheamh ar d'fhaomhadh
request-email-returned =
    Seoladh iarratas { $request } ar ais chugat: { $reason }
    .subject = Seoladh iarratas ar ais chugat
pq_request-email-allocated =
    Leithdháileadh iarratas { $request } (cáilíochtaí gairmiúla) ort.
    .subject = Leithdháileadh iarratas ort
request-email-accepted =
    Glacadh le d'iarratas { $request }. Tabharfaidh an t-údarás freagartha freagra faoi { $deadline }.
    .subject = Glacadh le d'iarratas
request-email-forwarded =
    Cuireadh d'iarratas { $request } ar aghaidh chuig údarás eile ({ $to }), agus ní mór don údarás sin glacadh leis anois.
    .subject = Cuireadh d'iarratas ar aghaidh
request-email-replied =
    Freagraíodh d'iarratas { $request }. Oscail in IMI é chun an freagra a léamh.
    .subject = Freagraíodh d'iarratas
request-email-further-information =
    Tá an t-údarás iarrthach ag iarraidh tuilleadh faisnéise faoi iarratas { $request }.
    .subject = Tuilleadh faisnéise iarrtha
request-email-cannot-provide =
    Ní féidir leis an údarás freagartha an fhaisnéis bhreise a iarradh faoi iarratas { $request } a sholáthar: { $reason }
    .subject = Ní féidir tuilleadh faisnéise a sholáthar
request-email-referred =
    Tarchuireadh iarratas { $request } chugat mar chomhordaitheoir iarrataí. Glacfaidh tú páirt sa tarchur mura roghnaíonn tú gan páirt a ghlacadh.
    .subject = Tarchuireadh iarratas chugat
request-email-referral-delegated =
    Rinne do chomhordaitheoir thú freagrach as tarchur iarratas { $request }.
    .subject = Tarmligeadh tarchur chugat
request-email-closed =
    Dhún an t-údarás iarrthach iarratas { $request }.
    .subject = Dúnadh iarratas
request-email-withdrawn =
    Tharraing an t-údarás iarrthach iarratas { $request } siar: { $reason }
    .subject = Tarraingíodh iarratas siar
request-email-reminder =
    Ní mór iarratas { $request } a fhreagairt faoi { $deadline }.
    .subject = Meabhrúchán: tá spriocdháta iarratais ag druidim linn
request-email-overdue =
    Tá spriocdháta iarratas { $request } ({ $deadline }) caite gan freagra.
    .subject = Tá iarratas thar téarma

wf-services_request = Iarratas ar fhaisnéis – seirbhísí
services_request-guard-create = Ní mór rochtain ar sheirbhísí a bheith ag an dá údarás, agus ní mór gur údarás eile é an t-údarás freagartha.
services_request-guard-forward = Ná cuir ar aghaidh é ach chuig údarás eile a bhfuil rochtain aige ar sheirbhísí.
services_request-guard-refer = Roghnaigh comhordaitheoir iarrataí de chuid gach údaráis le haghaidh seirbhísí.
services_request-email-incoming =
    Fuair d'údarás iarratas ar fhaisnéis faoi sholáthraí seirbhíse (iarratas { $request }).
    Iarrann an t-údarás iarrthach freagra faoi { $deadline }.

    Oscail an t-iarratas in IMI chun glacadh leis, nó chun spriocdháta eile a mholadh.
    .subject = Iarratas nua ar fhaisnéis (seirbhísí)
services_request-email-approval-needed =
    Tá iarratas ar fhaisnéis faoi sholáthraí seirbhíse (iarratas { $request }) ag feitheamh ar d'fhaomhadh sula seolfar é.
    .subject = Tá iarratas ag feitheamh ar d'fhaomhadh
services_request-email-allocated =
    Leithdháileadh iarratas { $request } (seirbhísí) ort.
    .subject = Leithdháileadh iarratas ort

request-field-personal_data_blocked = Sonraí pearsanta blocáilte
request-action-block_personal_data = Blocáil na sonraí pearsanta
request-action-consult_personal_data = Féach ar na sonraí pearsanta blocáilte
request-action-purge = Scrios go buan
request-input-justification = Fírinniú
request-guard-justification = Blocáiltear sonraí pearsanta sé mhí tar éis an dúnta; tabhair fírinniú 20 carachtar ar a laghad chun iad a fheiceáil.
