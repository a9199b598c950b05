# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Gaunamų prašymų paskirstymas prašymų tvarkytojams
setting-approve_requests = Prašymų koordinatorius patvirtina prašymus prieš juos išsiunčiant
setting-approve_replies = Prašymų koordinatorius patvirtina atsakymus prieš juos išsiunčiant
setting-referral_participation = Kaip prašymų koordinatorius dalyvauja perdavimo koordinatoriams procedūrose
setting-coordinator_sees_details = Prašymų koordinatoriai gali matyti išsamią prašymų informaciją (niekada – asmens duomenų)

wf-pq_request = Prašymas pateikti informaciją – profesinės kvalifikacijos
request-party-requester = Prašančioji institucija
request-party-responder = Atsakančioji institucija
request-party-requester_coordinators = Prašančiosios institucijos prašymų koordinatoriai
request-party-responder_coordinators = Atsakančiosios institucijos prašymų koordinatoriai
request-party-requester_coordinator = Perdavimas koordinatoriams: prašančiosios institucijos koordinatorius
request-party-responder_coordinator = Perdavimas koordinatoriams: atsakančiosios institucijos koordinatorius

request-field-answers = Klausimai ir atsakymai
request-field-proposed_deadline = Siūlomas terminas
request-field-deadline = Suderintas terminas
request-field-handler = Paskirtas tvarkytojas
request-field-reason = Priežastis
request-field-further_question = Prašoma papildoma informacija
request-field-overdue = Praleistas terminas
request-field-rating_timeliness = Įvertinimas: savalaikiškumas
request-field-rating_effort = Įvertinimas: pastangos
request-field-sent_at = Išsiuntimo data
request-field-accepted_at = Priėmimo data
request-field-replied_at = Atsakymo data
request-field-closed_at = Uždarymo data
request-input-responder = Atsakančioji institucija
request-input-to = Persiųsti institucijai
request-input-requester_coordinator = Prašančiosios institucijos koordinatorius
request-input-responder_coordinator = Atsakančiosios institucijos koordinatorius

request-state-draft = Projektas
request-state-awaiting_approval = Laukiama koordinatoriaus patvirtinimo
request-state-awaiting_acceptance = Laukiama priėmimo
request-state-accepted = Priimtas, rengiamas atsakymas
request-state-reply_awaiting_approval = Atsakymas laukia koordinatoriaus patvirtinimo
request-state-replied = Atsakyta
request-state-further_information_requested = Paprašyta papildomos informacijos
request-state-cannot_provide = Papildomos informacijos pateikti negalima
request-state-referred = Perduotas koordinatoriams
request-state-closed = Uždarytas
request-state-withdrawn = Atšauktas
request-state-deleted = Ištrintas

request-action-create = Naujas prašymas
request-action-save = Išsaugoti projektą
request-action-delete_draft = Ištrinti projektą
request-action-send = Siųsti
request-action-approve_request = Patvirtinti prašymą
request-action-return_request = Grąžinti prašymą
request-action-allocate = Paskirti prašymų tvarkytojui
request-action-accept = Priimti
request-action-forward = Persiųsti kitai institucijai
request-action-reply = Atsakyti
request-action-approve_reply = Patvirtinti atsakymą
request-action-return_reply = Grąžinti atsakymą
request-action-ask_further_information = Prašyti papildomos informacijos
request-action-provide_further_information = Pateikti papildomą informaciją
request-action-cannot_provide = Negalima pateikti papildomos informacijos
request-action-refer = Perduoti koordinatoriams
request-action-requester_coordinator_opts_out = Nedalyvauti perdavimo koordinatoriams procedūroje
request-action-responder_coordinator_opts_out = Nedalyvauti perdavimo koordinatoriams procedūroje
request-action-delegate_referral = Pavesti prašymų tvarkytojui
request-action-conclude_referral = Užbaigti perdavimo koordinatoriams procedūrą
request-action-close = Priimti atsakymą ir uždaryti
request-action-withdraw = Atšaukti
request-action-remind = Priminimas prieš terminą
request-action-notice_overdue = Terminas praleistas

pq_request-guard-create = Abi institucijos turi turėti prieigą prie profesinių kvalifikacijų srities, o atsakančioji institucija turi būti kita institucija.
request-guard-deadline = Terminas turi būti būsima data.
request-guard-allocation = Jūsų institucija nepaskirsto gaunamų prašymų.
pq_request-guard-forward = Persiųsti galima tik kitai institucijai, turinčiai prieigą prie profesinių kvalifikacijų srities.
pq_request-guard-refer = Kiekvienai institucijai pasirinkite po vieną profesinių kvalifikacijų srities prašymų koordinatorių.
request-guard-rating = Įvertinkite savalaikiškumą ir pastangas balais nuo 1 iki 5.

pq_request-email-incoming =
    Jūsų institucija gavo prašymą pateikti informaciją apie profesines kvalifikacijas (prašymas { $request }).
    Prašančioji institucija prašo atsakyti iki { $deadline }.

    Atidarykite prašymą IMI, kad jį priimtumėte arba pasiūlytumėte kitą terminą.
    .subject = Naujas prašymas pateikti informaciją (profesinės kvalifikacijos)
pq_request-email-approval-needed =
    Prašymas pateikti informaciją apie profesines kvalifikacijas (prašymas { $request }) prieš išsiunčiant laukia jūsų patvirtinimo.
    .subject = Prašymas laukia jūsų patvirtinimo
request-email-returned =
    Prašymas { $request } jums grąžintas: { $reason }
    .subject = Jums grąžintas prašymas
pq_request-email-allocated =
    Prašymas { $request } (profesinės kvalifikacijos) paskirtas jums.
    .subject = Jums paskirtas prašymas
request-email-accepted =
    Jūsų prašymas { $request } priimtas. Atsakančioji institucija atsakys iki { $deadline }.
    .subject = Jūsų prašymas priimtas
request-email-forwarded =
    Jūsų prašymas { $request } persiųstas kitai institucijai ({ $to }), kuri dabar turi jį priimti.
    .subject = Jūsų prašymas persiųstas
request-email-replied =
    Į jūsų prašymą { $request } atsakyta. Atidarykite jį IMI, kad perskaitytumėte atsakymą.
    .subject = Į jūsų prašymą atsakyta
request-email-further-information =
    Prašančioji institucija prašo papildomos informacijos dėl prašymo { $request }.
    .subject = Paprašyta papildomos informacijos
request-email-cannot-provide =
    Atsakančioji institucija negali pateikti papildomos informacijos, kurios prašyta dėl prašymo { $request }: { $reason }
    .subject = Papildomos informacijos pateikti negalima
request-email-referred =
    Prašymas { $request } perduotas jums kaip prašymų koordinatoriui. Jūs dalyvaujate, nebent atsisakote dalyvauti.
    .subject = Jums perduotas prašymas
request-email-referral-delegated =
    Jūsų koordinatorius pavedė jums atsakomybę už prašymo { $request } perdavimo koordinatoriams procedūrą.
    .subject = Jums pavesta perdavimo koordinatoriams procedūra
request-email-closed =
    Prašančioji institucija uždarė prašymą { $request }.
    .subject = Prašymas uždarytas
request-email-withdrawn =
    Prašančioji institucija atšaukė prašymą { $request }: { $reason }
    .subject = Prašymas atšauktas
request-email-reminder =
    Į prašymą { $request } turi būti atsakyta iki { $deadline }.
    .subject = Priminimas: netrukus baigiasi prašymo terminas
request-email-overdue =
    Prašymo { $request } terminas ({ $deadline }) praėjo, o atsakymas nepateiktas.
    .subject = Praleistas prašymo terminas

wf-services_request = Prašymas pateikti informaciją – paslaugos
services_request-guard-create = Abi institucijos turi turėti prieigą prie paslaugų srities, o atsakančioji institucija turi būti kita institucija.
services_request-guard-forward = Persiųsti galima tik kitai institucijai, turinčiai prieigą prie paslaugų srities.
services_request-guard-refer = Kiekvienai institucijai pasirinkite po vieną paslaugų srities prašymų koordinatorių.
services_request-email-incoming =
    Jūsų institucija gavo prašymą pateikti informaciją apie paslaugų teikėją (prašymas { $request }).
    Prašančioji institucija prašo atsakyti iki { $deadline }.

    Atidarykite prašymą IMI, kad jį priimtumėte arba pasiūlytumėte kitą terminą.
    .subject = Naujas prašymas pateikti informaciją (paslaugos)
services_request-email-approval-needed =
    Prašymas pateikti informaciją apie paslaugų teikėją (prašymas { $request }) prieš išsiunčiant laukia jūsų patvirtinimo.
    .subject = Prašymas laukia jūsų patvirtinimo
services_request-email-allocated =
    Prašymas { $request } (paslaugos) paskirtas jums.
    .subject = Jums paskirtas prašymas

request-field-personal_data_blocked = Asmens duomenys užblokuoti
request-action-block_personal_data = Blokuoti asmens duomenis
request-action-consult_personal_data = Peržiūrėti užblokuotus asmens duomenis
request-action-purge = Ištrinti visam laikui
request-input-justification = Pagrindimas
request-guard-justification = Asmens duomenys blokuojami praėjus šešiems mėnesiams po uždarymo; norėdami juos peržiūrėti, pateikite bent 20 ženklų pagrindimą.
