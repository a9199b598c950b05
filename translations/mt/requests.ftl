# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Allokazzjoni tat-talbiet li jaslu lill-ġesturi tat-talbiet
setting-approve_requests = Il-koordinatur tat-talbiet japprova t-talbiet qabel ma jintbagħtu
setting-approve_replies = Il-koordinatur tat-talbiet japprova t-tweġibiet qabel ma jintbagħtu
setting-referral_participation = Jieħu sehem fir-riferimenti bħala koordinatur tat-talbiet
setting-coordinator_sees_details = Il-koordinaturi tat-talbiet jistgħu jaraw id-dettalji tat-talbiet (qatt id-data personali)

wf-pq_request = Talba għal informazzjoni – kwalifiki professjonali
request-party-requester = Awtorità rikjedenti
request-party-responder = Awtorità li twieġeb
request-party-requester_coordinators = Koordinaturi tat-talbiet tal-awtorità rikjedenti
request-party-responder_coordinators = Koordinaturi tat-talbiet tal-awtorità li twieġeb
request-party-requester_coordinator = Riferiment: koordinatur tal-awtorità rikjedenti
request-party-responder_coordinator = Riferiment: koordinatur tal-awtorità li twieġeb

request-field-answers = Mistoqsijiet u tweġibiet
request-field-proposed_deadline = Skadenza proposta
request-field-deadline = Skadenza miftiehma
request-field-handler = Allokata lil
request-field-reason = Raġuni
request-field-further_question = Aktar informazzjoni mitluba
request-field-overdue = Skadenza maqbuża
request-field-rating_timeliness = Valutazzjoni: puntwalità
request-field-rating_effort = Valutazzjoni: sforz
request-field-sent_at = Data tal-bgħit
request-field-accepted_at = Data tal-aċċettazzjoni
request-field-replied_at = Data tat-tweġiba
request-field-closed_at = Data tal-għeluq
request-input-responder = Awtorità li twieġeb
request-input-to = Għaddi lil
request-input-requester_coordinator = Koordinatur tal-awtorità rikjedenti
request-input-responder_coordinator = Koordinatur tal-awtorità li twieġeb

request-state-draft = Abbozz
request-state-awaiting_approval = Qed tistenna l-approvazzjoni tal-koordinatur
request-state-awaiting_acceptance = Qed tistenna l-aċċettazzjoni
request-state-accepted = Aċċettata, qed titħejja t-tweġiba
request-state-reply_awaiting_approval = Tweġiba qed tistenna l-approvazzjoni tal-koordinatur
request-state-replied = Imwieġba
request-state-further_information_requested = Intalbet aktar informazzjoni
request-state-cannot_provide = Ma tistax tingħata aktar informazzjoni
request-state-referred = Riferuta lill-koordinaturi
request-state-closed = Magħluqa
request-state-withdrawn = Irtirata
request-state-deleted = Imħassra

request-action-create = Talba ġdida
request-action-save = Salva l-abbozz
request-action-delete_draft = Ħassar l-abbozz
request-action-send = Ibgħat
request-action-approve_request = Approva t-talba
request-action-return_request = Irritorna t-talba
request-action-allocate = Alloka lil ġestur tat-talbiet
request-action-accept = Aċċetta
request-action-forward = Għaddi lil awtorità oħra
request-action-reply = Wieġeb
request-action-approve_reply = Approva t-tweġiba
request-action-return_reply = Irritorna t-tweġiba
request-action-ask_further_information = Itlob aktar informazzjoni
request-action-provide_further_information = Ipprovdi aktar informazzjoni
request-action-cannot_provide = Ma tistax tingħata aktar informazzjoni
request-action-refer = Irreferi lill-koordinaturi
request-action-requester_coordinator_opts_out = Tiħux sehem fir-riferiment
request-action-responder_coordinator_opts_out = Tiħux sehem fir-riferiment
request-action-delegate_referral = Iddelega lil ġestur tat-talbiet
request-action-conclude_referral = Ikkonkludi r-riferiment
request-action-close = Aċċetta t-tweġiba u agħlaq
request-action-withdraw = Irtira
request-action-remind = Tfakkira qabel l-iskadenza
request-action-notice_overdue = L-iskadenza għaddiet

pq_request-guard-create = Iż-żewġ awtoritajiet iridu jkollhom aċċess għall-kwalifiki professjonali, u l-awtorità li twieġeb trid tkun awtorità oħra.
request-guard-deadline = L-iskadenza trid tkun data fil-futur.
request-guard-allocation = L-awtorità tiegħek ma tallokax it-talbiet li jaslulha.
pq_request-guard-forward = Għaddi t-talba biss lil awtorità oħra li għandha aċċess għall-kwalifiki professjonali.
pq_request-guard-refer = Agħżel koordinatur tat-talbiet għall-kwalifiki professjonali għal kull awtorità.
request-guard-rating = Ivvaluta l-puntwalità u l-isforz minn 1 sa 5.

pq_request-email-incoming =
    L-awtorità tiegħek irċeviet talba għal informazzjoni dwar kwalifiki professjonali (talba { $request }).
    L-awtorità rikjedenti qed titlob tweġiba sa { $deadline }.

    Iftaħ it-talba fl-IMI biex taċċettaha, jew biex tipproponi skadenza oħra.
    .subject = Talba ġdida għal informazzjoni (kwalifiki professjonali)
pq_request-email-approval-needed =
    Talba għal informazzjoni dwar kwalifiki professjonali (talba { $request }) qed tistenna l-approvazzjoni tiegħek qabel ma tintbagħat.
    .subject = Talba qed tistenna l-approvazzjoni tiegħek
request-email-returned =
    It-talba { $request } ġiet irritornata lilek: { $reason }
    .subject = Talba ġiet irritornata lilek
pq_request-email-allocated =
    It-talba { $request } (kwalifiki professjonali) ġiet allokata lilek.
    .subject = Ġiet allokata lilek talba
request-email-accepted =
    It-talba tiegħek { $request } ġiet aċċettata. L-awtorità li twieġeb ser twieġeb sa { $deadline }.
    .subject = It-talba tiegħek ġiet aċċettata
request-email-forwarded =
    It-talba tiegħek { $request } ġiet mgħoddija lil awtorità oħra ({ $to }), li issa trid taċċettaha.
    .subject = It-talba tiegħek ġiet mgħoddija
request-email-replied =
    It-talba tiegħek { $request } ġiet imwieġba. Iftaħha fl-IMI biex taqra t-tweġiba.
    .subject = It-talba tiegħek ġiet imwieġba
request-email-further-information =
    L-awtorità rikjedenti qed titlob aktar informazzjoni dwar it-talba { $request }.
    .subject = Intalbet aktar informazzjoni
request-email-cannot-provide =
    L-awtorità li twieġeb ma tistax tagħti aktar informazzjoni kif intalbet dwar it-talba { $request }: { $reason }
    .subject = Ma tistax tingħata aktar informazzjoni
request-email-referred =
    It-talba { $request } ġiet riferuta lilek bħala koordinatur tat-talbiet. Tieħu sehem sakemm ma tagħżilx li ma tipparteċipax.
    .subject = Talba ġiet riferuta lilek
request-email-referral-delegated =
    Il-koordinatur tiegħek għamlek responsabbli għar-riferiment tat-talba { $request }.
    .subject = Ġie ddelegat lilek riferiment
request-email-closed =
    It-talba { $request } ingħalqet mill-awtorità rikjedenti.
    .subject = Talba ingħalqet
request-email-withdrawn =
    It-talba { $request } ġiet irtirata mill-awtorità rikjedenti: { $reason }
    .subject = Talba ġiet irtirata
request-email-reminder =
    It-talba { $request } trid titwieġeb sa { $deadline }.
    .subject = Tfakkira: l-iskadenza ta' talba dalwaqt tasal
request-email-overdue =
    L-iskadenza tat-talba { $request } ({ $deadline }) għaddiet mingħajr tweġiba.
    .subject = Talba qabżet l-iskadenza

wf-services_request = Talba għal informazzjoni – servizzi
services_request-guard-create = Iż-żewġ awtoritajiet iridu jkollhom aċċess għas-servizzi, u l-awtorità li twieġeb trid tkun awtorità oħra.
services_request-guard-forward = Għaddi t-talba biss lil awtorità oħra li għandha aċċess għas-servizzi.
services_request-guard-refer = Agħżel koordinatur tat-talbiet għas-servizzi għal kull awtorità.
services_request-email-incoming =
    L-awtorità tiegħek irċeviet talba għal informazzjoni dwar fornitur ta' servizzi (talba { $request }).
    L-awtorità rikjedenti qed titlob tweġiba sa { $deadline }.

    Iftaħ it-talba fl-IMI biex taċċettaha, jew biex tipproponi skadenza oħra.
    .subject = Talba ġdida għal informazzjoni (servizzi)
services_request-email-approval-needed =
    Talba għal informazzjoni dwar fornitur ta' servizzi (talba { $request }) qed tistenna l-approvazzjoni tiegħek qabel ma tintbagħat.
    .subject = Talba qed tistenna l-approvazzjoni tiegħek
services_request-email-allocated =
    It-talba { $request } (servizzi) ġiet allokata lilek.
    .subject = Ġiet allokata lilek talba

request-field-personal_data_blocked = Data personali mblukkata
request-action-block_personal_data = Imblokka d-data personali
request-action-consult_personal_data = Ikkonsulta d-data personali mblukkata
request-action-purge = Ħassar b'mod permanenti
request-input-justification = Ġustifikazzjoni
request-guard-justification = Id-data personali tiġi mblukkata sitt xhur wara l-għeluq; biex tikkonsultaha, agħti ġustifikazzjoni ta' mill-inqas 20 karattru.
