# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Sissetulevate taotluste jaotamine taotluste käsitlejatele
setting-approve_requests = Taotluste koordinaator kiidab taotlused enne nende saatmist heaks
setting-approve_replies = Taotluste koordinaator kiidab vastused enne nende saatmist heaks
setting-referral_participation = Osaleb suunamistes taotluste koordinaatorina
setting-coordinator_sees_details = Taotluste koordinaatorid võivad näha taotluste üksikasju (mitte kunagi isikuandmeid)

wf-pq_request = Teabetaotlus – kutsekvalifikatsioonid
request-party-requester = Taotlev asutus
request-party-responder = Vastav asutus
request-party-requester_coordinators = Taotleva asutuse taotluste koordinaatorid
request-party-responder_coordinators = Vastava asutuse taotluste koordinaatorid
request-party-requester_coordinator = Suunamine: taotleva asutuse koordinaator
request-party-responder_coordinator = Suunamine: vastava asutuse koordinaator

request-field-answers = Küsimused ja vastused
request-field-proposed_deadline = Pakutud tähtaeg
request-field-deadline = Kokkulepitud tähtaeg
request-field-handler = Jaotatud käsitlejale
request-field-reason = Põhjus
request-field-further_question = Taotletud täiendav teave
request-field-overdue = Tähtaeg ületatud
request-field-rating_timeliness = Hinnang: õigeaegsus
request-field-rating_effort = Hinnang: panus
request-field-sent_at = Saadetud
request-field-accepted_at = Vastu võetud
request-field-replied_at = Vastatud
request-field-closed_at = Suletud
request-input-responder = Vastav asutus
request-input-to = Edasta asutusele
request-input-requester_coordinator = Taotleva asutuse koordinaator
request-input-responder_coordinator = Vastava asutuse koordinaator

request-state-draft = Mustand
request-state-awaiting_approval = Ootab koordinaatori heakskiitu
request-state-awaiting_acceptance = Ootab vastuvõtmist
request-state-accepted = Vastu võetud, vastamisel
request-state-reply_awaiting_approval = Vastus ootab koordinaatori heakskiitu
request-state-replied = Vastatud
request-state-further_information_requested = Täiendavat teavet taotletud
request-state-cannot_provide = Täiendavat teavet ei saa esitada
request-state-referred = Suunatud koordinaatoritele
request-state-closed = Suletud
request-state-withdrawn = Tagasi võetud
request-state-deleted = Kustutatud

request-action-create = Uus taotlus
request-action-save = Salvesta mustand
request-action-delete_draft = Kustuta mustand
request-action-send = Saada
request-action-approve_request = Kiida taotlus heaks
request-action-return_request = Saada taotlus tagasi
request-action-allocate = Jaota taotluste käsitlejale
request-action-accept = Võta vastu
request-action-forward = Edasta teisele asutusele
request-action-reply = Vasta
request-action-approve_reply = Kiida vastus heaks
request-action-return_reply = Saada vastus tagasi
request-action-ask_further_information = Taotle täiendavat teavet
request-action-provide_further_information = Esita täiendav teave
request-action-cannot_provide = Täiendavat teavet ei saa esitada
request-action-refer = Suuna koordinaatoritele
request-action-requester_coordinator_opts_out = Ära osale suunamises
request-action-responder_coordinator_opts_out = Ära osale suunamises
request-action-delegate_referral = Delegeeri taotluste käsitlejale
request-action-conclude_referral = Lõpeta suunamine
request-action-close = Nõustu vastusega ja sulge
request-action-withdraw = Võta tagasi
request-action-remind = Meeldetuletus enne tähtaega
request-action-notice_overdue = Tähtaeg möödunud

pq_request-guard-create = Mõlemal asutusel peab olema juurdepääs kutsekvalifikatsioonide valdkonnale ja vastav asutus peab olema teine asutus.
request-guard-deadline = Tähtaeg peab olema tulevane kuupäev.
request-guard-allocation = Teie asutus ei jaota sissetulevaid taotlusi.
pq_request-guard-forward = Edastage taotlus ainult teisele asutusele, millel on juurdepääs kutsekvalifikatsioonide valdkonnale.
pq_request-guard-refer = Valige kummastki asutusest kutsekvalifikatsioonide valdkonna taotluste koordinaator.
request-guard-rating = Hinnake õigeaegsust ja panust skaalal 1–5.

pq_request-email-incoming =
    Teie asutus on saanud kutsekvalifikatsioone käsitleva teabetaotluse (taotlus { $request }).
    Taotlev asutus palub vastata hiljemalt { $deadline }.

    Avage taotlus IMI-s, et see vastu võtta või pakkuda välja muu tähtaeg.
    .subject = Uus teabetaotlus (kutsekvalifikatsioonid)
pq_request-email-approval-needed =
    Kutsekvalifikatsioone käsitlev teabetaotlus (taotlus { $request }) ootab enne saatmist teie heakskiitu.
    .subject = Taotlus ootab teie heakskiitu
request-email-returned =
    Taotlus { $request } saadeti teile tagasi: { $reason }
    .subject = Taotlus saadeti teile tagasi
pq_request-email-allocated =
    Taotlus { $request } (kutsekvalifikatsioonid) on jaotatud teile.
    .subject = Teile on jaotatud taotlus
request-email-accepted =
    Teie taotlus { $request } võeti vastu. Vastav asutus vastab hiljemalt { $deadline }.
    .subject = Teie taotlus võeti vastu
request-email-forwarded =
    Teie taotlus { $request } edastati teisele asutusele ({ $to }), kes peab selle nüüd vastu võtma.
    .subject = Teie taotlus edastati
request-email-replied =
    Teie taotlusele { $request } on vastatud. Vastuse lugemiseks avage taotlus IMI-s.
    .subject = Teie taotlusele on vastatud
request-email-further-information =
    Taotlev asutus taotleb taotluse { $request } kohta täiendavat teavet.
    .subject = Täiendavat teavet taotletud
request-email-cannot-provide =
    Vastav asutus ei saa esitada taotluse { $request } kohta küsitud täiendavat teavet: { $reason }
    .subject = Täiendavat teavet ei saa esitada
request-email-referred =
    Taotlus { $request } on suunatud teile kui taotluste koordinaatorile. Te osalete suunamises, kui te sellest ei loobu.
    .subject = Teile on suunatud taotlus
request-email-referral-delegated =
    Teie koordinaator on määranud teid vastutama taotluse { $request } suunamise eest.
    .subject = Teile on delegeeritud suunamine
request-email-closed =
    Taotlev asutus on taotluse { $request } sulgenud.
    .subject = Taotlus suleti
request-email-withdrawn =
    Taotlev asutus on taotluse { $request } tagasi võtnud: { $reason }
    .subject = Taotlus võeti tagasi
request-email-reminder =
    Taotlusele { $request } tuleb vastata hiljemalt { $deadline }.
    .subject = Meeldetuletus: taotluse tähtaeg on peagi käes
request-email-overdue =
    Taotluse { $request } tähtaeg ({ $deadline }) on möödunud ja vastust ei ole saadud.
    .subject = Taotluse tähtaeg on ületatud

wf-services_request = Teabetaotlus – teenused
services_request-guard-create = Mõlemal asutusel peab olema juurdepääs teenuste valdkonnale ja vastav asutus peab olema teine asutus.
services_request-guard-forward = Edastage taotlus ainult teisele asutusele, millel on juurdepääs teenuste valdkonnale.
services_request-guard-refer = Valige kummastki asutusest teenuste valdkonna taotluste koordinaator.
services_request-email-incoming =
    Teie asutus on saanud teenuse osutajat käsitleva teabetaotluse (taotlus { $request }).
    Taotlev asutus palub vastata hiljemalt { $deadline }.

    Avage taotlus IMI-s, et see vastu võtta või pakkuda välja muu tähtaeg.
    .subject = Uus teabetaotlus (teenused)
services_request-email-approval-needed =
    Teenuse osutajat käsitlev teabetaotlus (taotlus { $request }) ootab enne saatmist teie heakskiitu.
    .subject = Taotlus ootab teie heakskiitu
services_request-email-allocated =
    Taotlus { $request } (teenused) on jaotatud teile.
    .subject = Teile on jaotatud taotlus

request-field-personal_data_blocked = Isikuandmed blokeeritud
request-action-block_personal_data = Blokeeri isikuandmed
request-action-consult_personal_data = Vaata blokeeritud isikuandmeid
request-action-purge = Kustuta jäädavalt
request-input-justification = Põhjendus
request-guard-justification = Isikuandmed blokeeritakse kuus kuud pärast sulgemist; nende vaatamiseks esitage vähemalt 20 märgi pikkune põhjendus.
