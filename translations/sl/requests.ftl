# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Dodeljevanje prejetih zahtev obdelovalcem zahtev
setting-approve_requests = Koordinator za zahteve odobri zahteve pred pošiljanjem
setting-approve_replies = Koordinator za zahteve odobri odgovore pred pošiljanjem
setting-referral_participation = Sodeluje pri napotitvah kot koordinator za zahteve
setting-coordinator_sees_details = Koordinatorji za zahteve lahko vidijo podrobnosti zahtev (nikoli osebnih podatkov)

wf-pq_request = Zahteva za informacije – poklicne kvalifikacije
pq_request-party-requester = Organ prosilec
pq_request-party-responder = Zaprošeni organ
pq_request-party-requester_coordinators = Koordinatorji za zahteve organa prosilca
pq_request-party-responder_coordinators = Koordinatorji za zahteve zaprošenega organa
pq_request-party-requester_coordinator = Napotitev: koordinator organa prosilca
pq_request-party-responder_coordinator = Napotitev: koordinator zaprošenega organa

pq_request-field-answers = Vprašanja in odgovori
pq_request-field-proposed_deadline = Predlagani rok
pq_request-field-deadline = Dogovorjeni rok
pq_request-field-handler = Dodeljeno uporabniku
pq_request-field-reason = Razlog
pq_request-field-further_question = Zahtevane dodatne informacije
pq_request-field-overdue = Rok prekoračen
pq_request-field-rating_timeliness = Ocena: pravočasnost
pq_request-field-rating_effort = Ocena: vloženi trud
pq_request-field-sent_at = Datum pošiljanja
pq_request-field-accepted_at = Datum sprejetja
pq_request-field-replied_at = Datum odgovora
pq_request-field-closed_at = Datum zaključka
pq_request-input-responder = Zaprošeni organ
pq_request-input-to = Posreduj organu
pq_request-input-requester_coordinator = Koordinator organa prosilca
pq_request-input-responder_coordinator = Koordinator zaprošenega organa

pq_request-state-draft = Osnutek
pq_request-state-awaiting_approval = Čaka na odobritev koordinatorja
pq_request-state-awaiting_acceptance = Čaka na sprejetje
pq_request-state-accepted = Sprejeta, odgovor v pripravi
pq_request-state-reply_awaiting_approval = Odgovor čaka na odobritev koordinatorja
pq_request-state-replied = Odgovor poslan
pq_request-state-further_information_requested = Zahtevane dodatne informacije
pq_request-state-cannot_provide = Dodatnih informacij ni mogoče zagotoviti
pq_request-state-referred = Napotena koordinatorjem
pq_request-state-closed = Zaključena
pq_request-state-withdrawn = Umaknjena
pq_request-state-deleted = Izbrisana

pq_request-action-create = Nova zahteva
pq_request-action-save = Shrani osnutek
pq_request-action-delete_draft = Izbriši osnutek
pq_request-action-send = Pošlji
pq_request-action-approve_request = Odobri zahtevo
pq_request-action-return_request = Vrni zahtevo
pq_request-action-allocate = Dodeli obdelovalcu zahtev
pq_request-action-accept = Sprejmi
pq_request-action-forward = Posreduj drugemu organu
pq_request-action-reply = Odgovori
pq_request-action-approve_reply = Odobri odgovor
pq_request-action-return_reply = Vrni odgovor
pq_request-action-ask_further_information = Zahtevaj dodatne informacije
pq_request-action-provide_further_information = Zagotovi dodatne informacije
pq_request-action-cannot_provide = Dodatnih informacij ni mogoče zagotoviti
pq_request-action-refer = Napoti koordinatorjem
pq_request-action-requester_coordinator_opts_out = Ne sodeluj pri napotitvi
pq_request-action-responder_coordinator_opts_out = Ne sodeluj pri napotitvi
pq_request-action-delegate_referral = Prenesi na obdelovalca zahtev
pq_request-action-conclude_referral = Zaključi napotitev
pq_request-action-close = Sprejmi odgovor in zaključi
pq_request-action-withdraw = Umakni
pq_request-action-remind = Opomnik pred iztekom roka
pq_request-action-notice_overdue = Rok je potekel

pq_request-guard-create = Oba organa morata imeti dostop do področja poklicnih kvalifikacij, zaprošeni organ pa mora biti drug organ.
pq_request-guard-deadline = Rok mora biti datum v prihodnosti.
pq_request-guard-allocation = Vaš organ ne dodeljuje prejetih zahtev.
pq_request-guard-forward = Zahtevo lahko posredujete samo drugemu organu z dostopom do področja poklicnih kvalifikacij.
pq_request-guard-refer = Za vsak organ izberite enega koordinatorja za zahteve za poklicne kvalifikacije.
pq_request-guard-rating = Pravočasnost in vloženi trud ocenite z ocenami od 1 do 5.

pq_request-email-incoming =
    Vaš organ je prejel zahtevo za informacije o poklicnih kvalifikacijah (zahteva { $request }).
    Organ prosilec prosi za odgovor do { $deadline }.

    Odprite zahtevo v sistemu IMI, da jo sprejmete ali predlagate drug rok.
    .subject = Nova zahteva za informacije (poklicne kvalifikacije)
pq_request-email-approval-needed =
    Zahteva za informacije o poklicnih kvalifikacijah (zahteva { $request }) pred pošiljanjem čaka na vašo odobritev.
    .subject = Zahteva čaka na vašo odobritev
pq_request-email-returned =
    Zahteva { $request } vam je bila vrnjena: { $reason }
    .subject = Zahteva vam je bila vrnjena
pq_request-email-allocated =
    Zahteva { $request } (poklicne kvalifikacije) vam je bila dodeljena.
    .subject = Dodeljena vam je bila zahteva
pq_request-email-accepted =
    Vaša zahteva { $request } je bila sprejeta. Zaprošeni organ bo odgovoril do { $deadline }.
    .subject = Vaša zahteva je bila sprejeta
pq_request-email-forwarded =
    Vaša zahteva { $request } je bila posredovana drugemu organu ({ $to }), ki jo mora zdaj sprejeti.
    .subject = Vaša zahteva je bila posredovana
pq_request-email-replied =
    Na vašo zahtevo { $request } je bil poslan odgovor. Odprite jo v sistemu IMI, da preberete odgovor.
    .subject = Na vašo zahtevo je bil poslan odgovor
pq_request-email-further-information =
    Organ prosilec prosi za dodatne informacije v zvezi z zahtevo { $request }.
    .subject = Zahtevane dodatne informacije
pq_request-email-cannot-provide =
    Zaprošeni organ ne more zagotoviti dodatnih informacij, zahtevanih v zvezi z zahtevo { $request }: { $reason }
    .subject = Dodatnih informacij ni mogoče zagotoviti
pq_request-email-referred =
    Zahteva { $request } je bila napotena vam kot koordinatorju za zahteve. Pri napotitvi sodelujete, razen če se odločite, da ne boste sodelovali.
    .subject = Napotena vam je bila zahteva
pq_request-email-referral-delegated =
    Vaš koordinator vam je dodelil odgovornost za napotitev zahteve { $request }.
    .subject = Na vas je bila prenesena napotitev
pq_request-email-closed =
    Organ prosilec je zaključil zahtevo { $request }.
    .subject = Zahteva je bila zaključena
pq_request-email-withdrawn =
    Organ prosilec je umaknil zahtevo { $request }: { $reason }
    .subject = Zahteva je bila umaknjena
pq_request-email-reminder =
    Na zahtevo { $request } je treba odgovoriti do { $deadline }.
    .subject = Opomnik: rok za odgovor na zahtevo se kmalu izteče
pq_request-email-overdue =
    Rok za zahtevo { $request } ({ $deadline }) je potekel brez odgovora.
    .subject = Rok za zahtevo je prekoračen
