# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Gaunamų prašymų paskirstymas prašymų tvarkytojams
setting-approve_requests = Prašymų koordinatorius patvirtina prašymus prieš juos išsiunčiant
setting-approve_replies = Prašymų koordinatorius patvirtina atsakymus prieš juos išsiunčiant
setting-referral_participation = Kaip prašymų koordinatorius dalyvauja perdavimo koordinatoriams procedūrose
setting-coordinator_sees_details = Prašymų koordinatoriai gali matyti išsamią prašymų informaciją (niekada – asmens duomenų)

wf-pq_request = Prašymas pateikti informaciją – profesinės kvalifikacijos
pq_request-party-requester = Prašančioji institucija
pq_request-party-responder = Atsakančioji institucija
pq_request-party-requester_coordinators = Prašančiosios institucijos prašymų koordinatoriai
pq_request-party-responder_coordinators = Atsakančiosios institucijos prašymų koordinatoriai
pq_request-party-requester_coordinator = Perdavimas koordinatoriams: prašančiosios institucijos koordinatorius
pq_request-party-responder_coordinator = Perdavimas koordinatoriams: atsakančiosios institucijos koordinatorius

pq_request-field-answers = Klausimai ir atsakymai
pq_request-field-proposed_deadline = Siūlomas terminas
pq_request-field-deadline = Suderintas terminas
pq_request-field-handler = Paskirtas tvarkytojas
pq_request-field-reason = Priežastis
pq_request-field-further_question = Prašoma papildoma informacija
pq_request-field-overdue = Praleistas terminas
pq_request-field-rating_timeliness = Įvertinimas: savalaikiškumas
pq_request-field-rating_effort = Įvertinimas: pastangos
pq_request-field-sent_at = Išsiuntimo data
pq_request-field-accepted_at = Priėmimo data
pq_request-field-replied_at = Atsakymo data
pq_request-field-closed_at = Uždarymo data
pq_request-input-responder = Atsakančioji institucija
pq_request-input-to = Persiųsti institucijai
pq_request-input-requester_coordinator = Prašančiosios institucijos koordinatorius
pq_request-input-responder_coordinator = Atsakančiosios institucijos koordinatorius

pq_request-state-draft = Projektas
pq_request-state-awaiting_approval = Laukiama koordinatoriaus patvirtinimo
pq_request-state-awaiting_acceptance = Laukiama priėmimo
pq_request-state-accepted = Priimtas, rengiamas atsakymas
pq_request-state-reply_awaiting_approval = Atsakymas laukia koordinatoriaus patvirtinimo
pq_request-state-replied = Atsakyta
pq_request-state-further_information_requested = Paprašyta papildomos informacijos
pq_request-state-cannot_provide = Papildomos informacijos pateikti negalima
pq_request-state-referred = Perduotas koordinatoriams
pq_request-state-closed = Uždarytas
pq_request-state-withdrawn = Atšauktas
pq_request-state-deleted = Ištrintas

pq_request-action-create = Naujas prašymas
pq_request-action-save = Išsaugoti projektą
pq_request-action-delete_draft = Ištrinti projektą
pq_request-action-send = Siųsti
pq_request-action-approve_request = Patvirtinti prašymą
pq_request-action-return_request = Grąžinti prašymą
pq_request-action-allocate = Paskirti prašymų tvarkytojui
pq_request-action-accept = Priimti
pq_request-action-forward = Persiųsti kitai institucijai
pq_request-action-reply = Atsakyti
pq_request-action-approve_reply = Patvirtinti atsakymą
pq_request-action-return_reply = Grąžinti atsakymą
pq_request-action-ask_further_information = Prašyti papildomos informacijos
pq_request-action-provide_further_information = Pateikti papildomą informaciją
pq_request-action-cannot_provide = Negalima pateikti papildomos informacijos
pq_request-action-refer = Perduoti koordinatoriams
pq_request-action-requester_coordinator_opts_out = Nedalyvauti perdavimo koordinatoriams procedūroje
pq_request-action-responder_coordinator_opts_out = Nedalyvauti perdavimo koordinatoriams procedūroje
pq_request-action-delegate_referral = Pavesti prašymų tvarkytojui
pq_request-action-conclude_referral = Užbaigti perdavimo koordinatoriams procedūrą
pq_request-action-close = Priimti atsakymą ir uždaryti
pq_request-action-withdraw = Atšaukti
pq_request-action-remind = Priminimas prieš terminą
pq_request-action-notice_overdue = Terminas praleistas

pq_request-guard-create = Abi institucijos turi turėti prieigą prie profesinių kvalifikacijų srities, o atsakančioji institucija turi būti kita institucija.
pq_request-guard-deadline = Terminas turi būti būsima data.
pq_request-guard-allocation = Jūsų institucija nepaskirsto gaunamų prašymų.
pq_request-guard-forward = Persiųsti galima tik kitai institucijai, turinčiai prieigą prie profesinių kvalifikacijų srities.
pq_request-guard-refer = Kiekvienai institucijai pasirinkite po vieną profesinių kvalifikacijų srities prašymų koordinatorių.
pq_request-guard-rating = Įvertinkite savalaikiškumą ir pastangas balais nuo 1 iki 5.

pq_request-email-incoming =
    Jūsų institucija gavo prašymą pateikti informaciją apie profesines kvalifikacijas (prašymas { $request }).
    Prašančioji institucija prašo atsakyti iki { $deadline }.

    Atidarykite prašymą IMI, kad jį priimtumėte arba pasiūlytumėte kitą terminą.
    .subject = Naujas prašymas pateikti informaciją (profesinės kvalifikacijos)
pq_request-email-approval-needed =
    Prašymas pateikti informaciją apie profesines kvalifikacijas (prašymas { $request }) prieš išsiunčiant laukia jūsų patvirtinimo.
    .subject = Prašymas laukia jūsų patvirtinimo
pq_request-email-returned =
    Prašymas { $request } jums grąžintas: { $reason }
    .subject = Jums grąžintas prašymas
pq_request-email-allocated =
    Prašymas { $request } (profesinės kvalifikacijos) paskirtas jums.
    .subject = Jums paskirtas prašymas
pq_request-email-accepted =
    Jūsų prašymas { $request } priimtas. Atsakančioji institucija atsakys iki { $deadline }.
    .subject = Jūsų prašymas priimtas
pq_request-email-forwarded =
    Jūsų prašymas { $request } persiųstas kitai institucijai ({ $to }), kuri dabar turi jį priimti.
    .subject = Jūsų prašymas persiųstas
pq_request-email-replied =
    Į jūsų prašymą { $request } atsakyta. Atidarykite jį IMI, kad perskaitytumėte atsakymą.
    .subject = Į jūsų prašymą atsakyta
pq_request-email-further-information =
    Prašančioji institucija prašo papildomos informacijos dėl prašymo { $request }.
    .subject = Paprašyta papildomos informacijos
pq_request-email-cannot-provide =
    Atsakančioji institucija negali pateikti papildomos informacijos, kurios prašyta dėl prašymo { $request }: { $reason }
    .subject = Papildomos informacijos pateikti negalima
pq_request-email-referred =
    Prašymas { $request } perduotas jums kaip prašymų koordinatoriui. Jūs dalyvaujate, nebent atsisakote dalyvauti.
    .subject = Jums perduotas prašymas
pq_request-email-referral-delegated =
    Jūsų koordinatorius pavedė jums atsakomybę už prašymo { $request } perdavimo koordinatoriams procedūrą.
    .subject = Jums pavesta perdavimo koordinatoriams procedūra
pq_request-email-closed =
    Prašančioji institucija uždarė prašymą { $request }.
    .subject = Prašymas uždarytas
pq_request-email-withdrawn =
    Prašančioji institucija atšaukė prašymą { $request }: { $reason }
    .subject = Prašymas atšauktas
pq_request-email-reminder =
    Į prašymą { $request } turi būti atsakyta iki { $deadline }.
    .subject = Priminimas: netrukus baigiasi prašymo terminas
pq_request-email-overdue =
    Prašymo { $request } terminas ({ $deadline }) praėjo, o atsakymas nepateiktas.
    .subject = Praleistas prašymo terminas
