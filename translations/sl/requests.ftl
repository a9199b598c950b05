# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Dodeljevanje prejetih zahtev obdelovalcem zahtev
setting-approve_requests = Koordinator za zahteve odobri zahteve pred pošiljanjem
setting-approve_replies = Koordinator za zahteve odobri odgovore pred pošiljanjem
setting-referral_participation = Sodeluje pri napotitvah kot koordinator za zahteve
setting-coordinator_sees_details = Koordinatorji za zahteve lahko vidijo podrobnosti zahtev (nikoli osebnih podatkov)

wf-pq_request = Zahteva za informacije – poklicne kvalifikacije
request-party-requester = Organ prosilec
request-party-responder = Zaprošeni organ
request-party-requester_coordinators = Koordinatorji za zahteve organa prosilca
request-party-responder_coordinators = Koordinatorji za zahteve zaprošenega organa
request-party-requester_coordinator = Napotitev: koordinator organa prosilca
request-party-responder_coordinator = Napotitev: koordinator zaprošenega organa

request-field-answers = Vprašanja in odgovori
request-field-proposed_deadline = Predlagani rok
request-field-deadline = Dogovorjeni rok
request-field-handler = Dodeljeno uporabniku
request-field-reason = Razlog
request-field-further_question = Zahtevane dodatne informacije
request-field-overdue = Rok prekoračen
request-field-rating_timeliness = Ocena: pravočasnost
request-field-rating_effort = Ocena: vloženi trud
request-field-sent_at = Datum pošiljanja
request-field-accepted_at = Datum sprejetja
request-field-replied_at = Datum odgovora
request-field-closed_at = Datum zaključka
request-input-responder = Zaprošeni organ
request-input-to = Posreduj organu
request-input-requester_coordinator = Koordinator organa prosilca
request-input-responder_coordinator = Koordinator zaprošenega organa

request-state-draft = Osnutek
request-state-awaiting_approval = Čaka na odobritev koordinatorja
request-state-awaiting_acceptance = Čaka na sprejetje
request-state-accepted = Sprejeta, odgovor v pripravi
request-state-reply_awaiting_approval = Odgovor čaka na odobritev koordinatorja
request-state-replied = Odgovor poslan
request-state-further_information_requested = Zahtevane dodatne informacije
request-state-cannot_provide = Dodatnih informacij ni mogoče zagotoviti
request-state-referred = Napotena koordinatorjem
request-state-closed = Zaključena
request-state-withdrawn = Umaknjena
request-state-deleted = Izbrisana

request-action-create = Nova zahteva
request-action-save = Shrani osnutek
request-action-delete_draft = Izbriši osnutek
request-action-send = Pošlji
request-action-approve_request = Odobri zahtevo
request-action-return_request = Vrni zahtevo
request-action-allocate = Dodeli obdelovalcu zahtev
request-action-accept = Sprejmi
request-action-forward = Posreduj drugemu organu
request-action-reply = Odgovori
request-action-approve_reply = Odobri odgovor
request-action-return_reply = Vrni odgovor
request-action-ask_further_information = Zahtevaj dodatne informacije
request-action-provide_further_information = Zagotovi dodatne informacije
request-action-cannot_provide = Dodatnih informacij ni mogoče zagotoviti
request-action-refer = Napoti koordinatorjem
request-action-requester_coordinator_opts_out = Ne sodeluj pri napotitvi
request-action-responder_coordinator_opts_out = Ne sodeluj pri napotitvi
request-action-delegate_referral = Prenesi na obdelovalca zahtev
request-action-conclude_referral = Zaključi napotitev
request-action-close = Sprejmi odgovor in zaključi
request-action-withdraw = Umakni
request-action-remind = Opomnik pred iztekom roka
request-action-notice_overdue = Rok je potekel

pq_request-guard-create = Oba organa morata imeti dostop do področja poklicnih kvalifikacij, zaprošeni organ pa mora biti drug organ.
request-guard-deadline = Rok mora biti datum v prihodnosti.
request-guard-allocation = Vaš organ ne dodeljuje prejetih zahtev.
pq_request-guard-forward = Zahtevo lahko posredujete samo drugemu organu z dostopom do področja poklicnih kvalifikacij.
pq_request-guard-refer = Za vsak organ izberite enega koordinatorja za zahteve za poklicne kvalifikacije.
request-guard-rating = Pravočasnost in vloženi trud ocenite z ocenami od 1 do 5.

pq_request-email-incoming =
    Vaš organ je prejel zahtevo za informacije o poklicnih kvalifikacijah (zahteva { $request }).
    Organ prosilec prosi za odgovor do { $deadline }.

    Odprite zahtevo v sistemu IMI, da jo sprejmete ali predlagate drug rok.
    .subject = Nova zahteva za informacije (poklicne kvalifikacije)
pq_request-email-approval-needed =
    Zahteva za informacije o poklicnih kvalifikacijah (zahteva { $request }) pred pošiljanjem čaka na vašo odobritev.
    .subject = Zahteva čaka na vašo odobritev
request-email-returned =
    Zahteva { $request } vam je bila vrnjena: { $reason }
    .subject = Zahteva vam je bila vrnjena
pq_request-email-allocated =
    Zahteva { $request } (poklicne kvalifikacije) vam je bila dodeljena.
    .subject = Dodeljena vam je bila zahteva
request-email-accepted =
    Vaša zahteva { $request } je bila sprejeta. Zaprošeni organ bo odgovoril do { $deadline }.
    .subject = Vaša zahteva je bila sprejeta
request-email-forwarded =
    Vaša zahteva { $request } je bila posredovana drugemu organu ({ $to }), ki jo mora zdaj sprejeti.
    .subject = Vaša zahteva je bila posredovana
request-email-replied =
    Na vašo zahtevo { $request } je bil poslan odgovor. Odprite jo v sistemu IMI, da preberete odgovor.
    .subject = Na vašo zahtevo je bil poslan odgovor
request-email-further-information =
    Organ prosilec prosi za dodatne informacije v zvezi z zahtevo { $request }.
    .subject = Zahtevane dodatne informacije
request-email-cannot-provide =
    Zaprošeni organ ne more zagotoviti dodatnih informacij, zahtevanih v zvezi z zahtevo { $request }: { $reason }
    .subject = Dodatnih informacij ni mogoče zagotoviti
request-email-referred =
    Zahteva { $request } je bila napotena vam kot koordinatorju za zahteve. Pri napotitvi sodelujete, razen če se odločite, da ne boste sodelovali.
    .subject = Napotena vam je bila zahteva
request-email-referral-delegated =
    Vaš koordinator vam je dodelil odgovornost za napotitev zahteve { $request }.
    .subject = Na vas je bila prenesena napotitev
request-email-closed =
    Organ prosilec je zaključil zahtevo { $request }.
    .subject = Zahteva je bila zaključena
request-email-withdrawn =
    Organ prosilec je umaknil zahtevo { $request }: { $reason }
    .subject = Zahteva je bila umaknjena
request-email-reminder =
    Na zahtevo { $request } je treba odgovoriti do { $deadline }.
    .subject = Opomnik: rok za odgovor na zahtevo se kmalu izteče
request-email-overdue =
    Rok za zahtevo { $request } ({ $deadline }) je potekel brez odgovora.
    .subject = Rok za zahtevo je prekoračen

wf-services_request = Zahteva za informacije – storitve
services_request-guard-create = Oba organa morata imeti dostop do področja storitev, zaprošeni organ pa mora biti drug organ.
services_request-guard-forward = Zahtevo lahko posredujete samo drugemu organu z dostopom do področja storitev.
services_request-guard-refer = Za vsak organ izberite enega koordinatorja za zahteve za storitve.
services_request-email-incoming =
    Vaš organ je prejel zahtevo za informacije o ponudniku storitev (zahteva { $request }).
    Organ prosilec prosi za odgovor do { $deadline }.

    Odprite zahtevo v sistemu IMI, da jo sprejmete ali predlagate drug rok.
    .subject = Nova zahteva za informacije (storitve)
services_request-email-approval-needed =
    Zahteva za informacije o ponudniku storitev (zahteva { $request }) pred pošiljanjem čaka na vašo odobritev.
    .subject = Zahteva čaka na vašo odobritev
services_request-email-allocated =
    Zahteva { $request } (storitve) vam je bila dodeljena.
    .subject = Dodeljena vam je bila zahteva

request-field-personal_data_blocked = Osebni podatki blokirani
request-action-block_personal_data = Blokiraj osebne podatke
request-action-consult_personal_data = Preglej blokirane osebne podatke
request-action-purge = Trajno izbriši
request-input-justification = Utemeljitev
request-guard-justification = Osebni podatki se blokirajo šest mesecev po zaključku; za vpogled vanje navedite utemeljitev z najmanj 20 znaki.
