# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Sissetulevate taotluste jaotamine taotluste käsitlejatele
setting-approve_requests = Taotluste koordinaator kiidab taotlused enne nende saatmist heaks
setting-approve_replies = Taotluste koordinaator kiidab vastused enne nende saatmist heaks
setting-referral_participation = Osaleb suunamistes taotluste koordinaatorina
setting-coordinator_sees_details = Taotluste koordinaatorid võivad näha taotluste üksikasju (mitte kunagi isikuandmeid)

wf-pq_request = Teabetaotlus – kutsekvalifikatsioonid
pq_request-party-requester = Taotlev asutus
pq_request-party-responder = Vastav asutus
pq_request-party-requester_coordinators = Taotleva asutuse taotluste koordinaatorid
pq_request-party-responder_coordinators = Vastava asutuse taotluste koordinaatorid
pq_request-party-requester_coordinator = Suunamine: taotleva asutuse koordinaator
pq_request-party-responder_coordinator = Suunamine: vastava asutuse koordinaator

pq_request-field-answers = Küsimused ja vastused
pq_request-field-proposed_deadline = Pakutud tähtaeg
pq_request-field-deadline = Kokkulepitud tähtaeg
pq_request-field-handler = Jaotatud käsitlejale
pq_request-field-reason = Põhjus
pq_request-field-further_question = Taotletud täiendav teave
pq_request-field-overdue = Tähtaeg ületatud
pq_request-field-rating_timeliness = Hinnang: õigeaegsus
pq_request-field-rating_effort = Hinnang: panus
pq_request-field-sent_at = Saadetud
pq_request-field-accepted_at = Vastu võetud
pq_request-field-replied_at = Vastatud
pq_request-field-closed_at = Suletud
pq_request-input-responder = Vastav asutus
pq_request-input-to = Edasta asutusele
pq_request-input-requester_coordinator = Taotleva asutuse koordinaator
pq_request-input-responder_coordinator = Vastava asutuse koordinaator

pq_request-state-draft = Mustand
pq_request-state-awaiting_approval = Ootab koordinaatori heakskiitu
pq_request-state-awaiting_acceptance = Ootab vastuvõtmist
pq_request-state-accepted = Vastu võetud, vastamisel
pq_request-state-reply_awaiting_approval = Vastus ootab koordinaatori heakskiitu
pq_request-state-replied = Vastatud
pq_request-state-further_information_requested = Täiendavat teavet taotletud
pq_request-state-cannot_provide = Täiendavat teavet ei saa esitada
pq_request-state-referred = Suunatud koordinaatoritele
pq_request-state-closed = Suletud
pq_request-state-withdrawn = Tagasi võetud
pq_request-state-deleted = Kustutatud

pq_request-action-create = Uus taotlus
pq_request-action-save = Salvesta mustand
pq_request-action-delete_draft = Kustuta mustand
pq_request-action-send = Saada
pq_request-action-approve_request = Kiida taotlus heaks
pq_request-action-return_request = Saada taotlus tagasi
pq_request-action-allocate = Jaota taotluste käsitlejale
pq_request-action-accept = Võta vastu
pq_request-action-forward = Edasta teisele asutusele
pq_request-action-reply = Vasta
pq_request-action-approve_reply = Kiida vastus heaks
pq_request-action-return_reply = Saada vastus tagasi
pq_request-action-ask_further_information = Taotle täiendavat teavet
pq_request-action-provide_further_information = Esita täiendav teave
pq_request-action-cannot_provide = Täiendavat teavet ei saa esitada
pq_request-action-refer = Suuna koordinaatoritele
pq_request-action-requester_coordinator_opts_out = Ära osale suunamises
pq_request-action-responder_coordinator_opts_out = Ära osale suunamises
pq_request-action-delegate_referral = Delegeeri taotluste käsitlejale
pq_request-action-conclude_referral = Lõpeta suunamine
pq_request-action-close = Nõustu vastusega ja sulge
pq_request-action-withdraw = Võta tagasi
pq_request-action-remind = Meeldetuletus enne tähtaega
pq_request-action-notice_overdue = Tähtaeg möödunud

pq_request-guard-create = Mõlemal asutusel peab olema juurdepääs kutsekvalifikatsioonide valdkonnale ja vastav asutus peab olema teine asutus.
pq_request-guard-deadline = Tähtaeg peab olema tulevane kuupäev.
pq_request-guard-allocation = Teie asutus ei jaota sissetulevaid taotlusi.
pq_request-guard-forward = Edastage taotlus ainult teisele asutusele, millel on juurdepääs kutsekvalifikatsioonide valdkonnale.
pq_request-guard-refer = Valige kummastki asutusest kutsekvalifikatsioonide valdkonna taotluste koordinaator.
pq_request-guard-rating = Hinnake õigeaegsust ja panust skaalal 1–5.

pq_request-email-incoming =
    Teie asutus on saanud kutsekvalifikatsioone käsitleva teabetaotluse (taotlus { $request }).
    Taotlev asutus palub vastata hiljemalt { $deadline }.

    Avage taotlus IMI-s, et see vastu võtta või pakkuda välja muu tähtaeg.
    .subject = Uus teabetaotlus (kutsekvalifikatsioonid)
pq_request-email-approval-needed =
    Kutsekvalifikatsioone käsitlev teabetaotlus (taotlus { $request }) ootab enne saatmist teie heakskiitu.
    .subject = Taotlus ootab teie heakskiitu
pq_request-email-returned =
    Taotlus { $request } saadeti teile tagasi: { $reason }
    .subject = Taotlus saadeti teile tagasi
pq_request-email-allocated =
    Taotlus { $request } (kutsekvalifikatsioonid) on jaotatud teile.
    .subject = Teile on jaotatud taotlus
pq_request-email-accepted =
    Teie taotlus { $request } võeti vastu. Vastav asutus vastab hiljemalt { $deadline }.
    .subject = Teie taotlus võeti vastu
pq_request-email-forwarded =
    Teie taotlus { $request } edastati teisele asutusele ({ $to }), kes peab selle nüüd vastu võtma.
    .subject = Teie taotlus edastati
pq_request-email-replied =
    Teie taotlusele { $request } on vastatud. Vastuse lugemiseks avage taotlus IMI-s.
    .subject = Teie taotlusele on vastatud
pq_request-email-further-information =
    Taotlev asutus taotleb taotluse { $request } kohta täiendavat teavet.
    .subject = Täiendavat teavet taotletud
pq_request-email-cannot-provide =
    Vastav asutus ei saa esitada taotluse { $request } kohta küsitud täiendavat teavet: { $reason }
    .subject = Täiendavat teavet ei saa esitada
pq_request-email-referred =
    Taotlus { $request } on suunatud teile kui taotluste koordinaatorile. Te osalete suunamises, kui te sellest ei loobu.
    .subject = Teile on suunatud taotlus
pq_request-email-referral-delegated =
    Teie koordinaator on määranud teid vastutama taotluse { $request } suunamise eest.
    .subject = Teile on delegeeritud suunamine
pq_request-email-closed =
    Taotlev asutus on taotluse { $request } sulgenud.
    .subject = Taotlus suleti
pq_request-email-withdrawn =
    Taotlev asutus on taotluse { $request } tagasi võtnud: { $reason }
    .subject = Taotlus võeti tagasi
pq_request-email-reminder =
    Taotlusele { $request } tuleb vastata hiljemalt { $deadline }.
    .subject = Meeldetuletus: taotluse tähtaeg on peagi käes
pq_request-email-overdue =
    Taotluse { $request } tähtaeg ({ $deadline }) on möödunud ja vastust ei ole saadud.
    .subject = Taotluse tähtaeg on ületatud
