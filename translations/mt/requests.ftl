# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Allokazzjoni tat-talbiet li jaslu lill-ġesturi tat-talbiet
setting-approve_requests = Il-koordinatur tat-talbiet japprova t-talbiet qabel ma jintbagħtu
setting-approve_replies = Il-koordinatur tat-talbiet japprova t-tweġibiet qabel ma jintbagħtu
setting-referral_participation = Jieħu sehem fir-riferimenti bħala koordinatur tat-talbiet
setting-coordinator_sees_details = Il-koordinaturi tat-talbiet jistgħu jaraw id-dettalji tat-talbiet (qatt id-data personali)

wf-pq_request = Talba għal informazzjoni – kwalifiki professjonali
pq_request-party-requester = Awtorità rikjedenti
pq_request-party-responder = Awtorità li twieġeb
pq_request-party-requester_coordinators = Koordinaturi tat-talbiet tal-awtorità rikjedenti
pq_request-party-responder_coordinators = Koordinaturi tat-talbiet tal-awtorità li twieġeb
pq_request-party-requester_coordinator = Riferiment: koordinatur tal-awtorità rikjedenti
pq_request-party-responder_coordinator = Riferiment: koordinatur tal-awtorità li twieġeb

pq_request-field-answers = Mistoqsijiet u tweġibiet
pq_request-field-proposed_deadline = Skadenza proposta
pq_request-field-deadline = Skadenza miftiehma
pq_request-field-handler = Allokata lil
pq_request-field-reason = Raġuni
pq_request-field-further_question = Aktar informazzjoni mitluba
pq_request-field-overdue = Skadenza maqbuża
pq_request-field-rating_timeliness = Valutazzjoni: puntwalità
pq_request-field-rating_effort = Valutazzjoni: sforz
pq_request-field-sent_at = Data tal-bgħit
pq_request-field-accepted_at = Data tal-aċċettazzjoni
pq_request-field-replied_at = Data tat-tweġiba
pq_request-field-closed_at = Data tal-għeluq
pq_request-input-responder = Awtorità li twieġeb
pq_request-input-to = Għaddi lil
pq_request-input-requester_coordinator = Koordinatur tal-awtorità rikjedenti
pq_request-input-responder_coordinator = Koordinatur tal-awtorità li twieġeb

pq_request-state-draft = Abbozz
pq_request-state-awaiting_approval = Qed tistenna l-approvazzjoni tal-koordinatur
pq_request-state-awaiting_acceptance = Qed tistenna l-aċċettazzjoni
pq_request-state-accepted = Aċċettata, qed titħejja t-tweġiba
pq_request-state-reply_awaiting_approval = Tweġiba qed tistenna l-approvazzjoni tal-koordinatur
pq_request-state-replied = Imwieġba
pq_request-state-further_information_requested = Intalbet aktar informazzjoni
pq_request-state-cannot_provide = Ma tistax tingħata aktar informazzjoni
pq_request-state-referred = Riferuta lill-koordinaturi
pq_request-state-closed = Magħluqa
pq_request-state-withdrawn = Irtirata
pq_request-state-deleted = Imħassra

pq_request-action-create = Talba ġdida
pq_request-action-save = Salva l-abbozz
pq_request-action-delete_draft = Ħassar l-abbozz
pq_request-action-send = Ibgħat
pq_request-action-approve_request = Approva t-talba
pq_request-action-return_request = Irritorna t-talba
pq_request-action-allocate = Alloka lil ġestur tat-talbiet
pq_request-action-accept = Aċċetta
pq_request-action-forward = Għaddi lil awtorità oħra
pq_request-action-reply = Wieġeb
pq_request-action-approve_reply = Approva t-tweġiba
pq_request-action-return_reply = Irritorna t-tweġiba
pq_request-action-ask_further_information = Itlob aktar informazzjoni
pq_request-action-provide_further_information = Ipprovdi aktar informazzjoni
pq_request-action-cannot_provide = Ma tistax tingħata aktar informazzjoni
pq_request-action-refer = Irreferi lill-koordinaturi
pq_request-action-requester_coordinator_opts_out = Tiħux sehem fir-riferiment
pq_request-action-responder_coordinator_opts_out = Tiħux sehem fir-riferiment
pq_request-action-delegate_referral = Iddelega lil ġestur tat-talbiet
pq_request-action-conclude_referral = Ikkonkludi r-riferiment
pq_request-action-close = Aċċetta t-tweġiba u agħlaq
pq_request-action-withdraw = Irtira
pq_request-action-remind = Tfakkira qabel l-iskadenza
pq_request-action-notice_overdue = L-iskadenza għaddiet

pq_request-guard-create = Iż-żewġ awtoritajiet iridu jkollhom aċċess għall-kwalifiki professjonali, u l-awtorità li twieġeb trid tkun awtorità oħra.
pq_request-guard-deadline = L-iskadenza trid tkun data fil-futur.
pq_request-guard-allocation = L-awtorità tiegħek ma tallokax it-talbiet li jaslulha.
pq_request-guard-forward = Għaddi t-talba biss lil awtorità oħra li għandha aċċess għall-kwalifiki professjonali.
pq_request-guard-refer = Agħżel koordinatur tat-talbiet għall-kwalifiki professjonali għal kull awtorità.
pq_request-guard-rating = Ivvaluta l-puntwalità u l-isforz minn 1 sa 5.

pq_request-email-incoming =
    L-awtorità tiegħek irċeviet talba għal informazzjoni dwar kwalifiki professjonali (talba { $request }).
    L-awtorità rikjedenti qed titlob tweġiba sa { $deadline }.

    Iftaħ it-talba fl-IMI biex taċċettaha, jew biex tipproponi skadenza oħra.
    .subject = Talba ġdida għal informazzjoni (kwalifiki professjonali)
pq_request-email-approval-needed =
    Talba għal informazzjoni dwar kwalifiki professjonali (talba { $request }) qed tistenna l-approvazzjoni tiegħek qabel ma tintbagħat.
    .subject = Talba qed tistenna l-approvazzjoni tiegħek
pq_request-email-returned =
    It-talba { $request } ġiet irritornata lilek: { $reason }
    .subject = Talba ġiet irritornata lilek
pq_request-email-allocated =
    It-talba { $request } (kwalifiki professjonali) ġiet allokata lilek.
    .subject = Ġiet allokata lilek talba
pq_request-email-accepted =
    It-talba tiegħek { $request } ġiet aċċettata. L-awtorità li twieġeb ser twieġeb sa { $deadline }.
    .subject = It-talba tiegħek ġiet aċċettata
pq_request-email-forwarded =
    It-talba tiegħek { $request } ġiet mgħoddija lil awtorità oħra ({ $to }), li issa trid taċċettaha.
    .subject = It-talba tiegħek ġiet mgħoddija
pq_request-email-replied =
    It-talba tiegħek { $request } ġiet imwieġba. Iftaħha fl-IMI biex taqra t-tweġiba.
    .subject = It-talba tiegħek ġiet imwieġba
pq_request-email-further-information =
    L-awtorità rikjedenti qed titlob aktar informazzjoni dwar it-talba { $request }.
    .subject = Intalbet aktar informazzjoni
pq_request-email-cannot-provide =
    L-awtorità li twieġeb ma tistax tagħti aktar informazzjoni kif intalbet dwar it-talba { $request }: { $reason }
    .subject = Ma tistax tingħata aktar informazzjoni
pq_request-email-referred =
    It-talba { $request } ġiet riferuta lilek bħala koordinatur tat-talbiet. Tieħu sehem sakemm ma tagħżilx li ma tipparteċipax.
    .subject = Talba ġiet riferuta lilek
pq_request-email-referral-delegated =
    Il-koordinatur tiegħek għamlek responsabbli għar-riferiment tat-talba { $request }.
    .subject = Ġie ddelegat lilek riferiment
pq_request-email-closed =
    It-talba { $request } ingħalqet mill-awtorità rikjedenti.
    .subject = Talba ingħalqet
pq_request-email-withdrawn =
    It-talba { $request } ġiet irtirata mill-awtorità rikjedenti: { $reason }
    .subject = Talba ġiet irtirata
pq_request-email-reminder =
    It-talba { $request } trid titwieġeb sa { $deadline }.
    .subject = Tfakkira: l-iskadenza ta' talba dalwaqt tasal
pq_request-email-overdue =
    L-iskadenza tat-talba { $request } ({ $deadline }) għaddiet mingħajr tweġiba.
    .subject = Talba qabżet l-iskadenza
