# Zahtjevi za informacije (R-REQ): tijek rada za zahtjeve u području stručnih kvalifikacija,
# njegove poruke e-pošte i postavke područja o kojima zahtjevi ovise.

setting-allocation = Dodjela dolaznih zahtjeva rukovateljima zahtjevima
setting-approve_requests = Koordinator zahtjeva odobrava zahtjeve prije njihova slanja
setting-approve_replies = Koordinator zahtjeva odobrava odgovore prije njihova slanja
setting-referral_participation = Sudjeluje u upućivanjima kao koordinator zahtjeva
setting-coordinator_sees_details = Koordinatori zahtjeva smiju vidjeti pojedinosti zahtjeva (nikada osobne podatke)

wf-pq_request = Zahtjev za informacije – stručne kvalifikacije
request-party-requester = Tijelo koje podnosi zahtjev
request-party-responder = Tijelo koje odgovara na zahtjev
request-party-requester_coordinators = Koordinatori zahtjeva tijela koje podnosi zahtjev
request-party-responder_coordinators = Koordinatori zahtjeva tijela koje odgovara na zahtjev
request-party-requester_coordinator = Upućivanje: koordinator tijela koje podnosi zahtjev
request-party-responder_coordinator = Upućivanje: koordinator tijela koje odgovara na zahtjev

request-field-answers = Pitanja i odgovori
request-field-proposed_deadline = Predloženi rok
request-field-deadline = Dogovoreni rok
request-field-handler = Dodijeljeno
request-field-reason = Razlog
request-field-further_question = Zatražene dodatne informacije
request-field-overdue = Rok prekoračen
request-field-rating_timeliness = Ocjena: pravodobnost
request-field-rating_effort = Ocjena: uloženi trud
request-field-sent_at = Datum slanja
request-field-accepted_at = Datum prihvaćanja
request-field-replied_at = Datum odgovora
request-field-closed_at = Datum zatvaranja
request-input-responder = Tijelo koje odgovara na zahtjev
request-input-to = Proslijedi tijelu
request-input-requester_coordinator = Koordinator tijela koje podnosi zahtjev
request-input-responder_coordinator = Koordinator tijela koje odgovara na zahtjev

request-state-draft = Nacrt
request-state-awaiting_approval = Čeka odobrenje koordinatora
request-state-awaiting_acceptance = Čeka prihvaćanje
request-state-accepted = Prihvaćen, priprema se odgovor
request-state-reply_awaiting_approval = Odgovor čeka odobrenje koordinatora
request-state-replied = Odgovor poslan
request-state-further_information_requested = Zatražene dodatne informacije
request-state-cannot_provide = Dodatne informacije ne mogu se dostaviti
request-state-referred = Upućen koordinatorima
request-state-closed = Zatvoren
request-state-withdrawn = Povučen
request-state-deleted = Izbrisan

request-action-create = Novi zahtjev
request-action-save = Spremi nacrt
request-action-delete_draft = Izbriši nacrt
request-action-send = Pošalji
request-action-approve_request = Odobri zahtjev
request-action-return_request = Vrati zahtjev
request-action-allocate = Dodijeli rukovatelju zahtjevima
request-action-accept = Prihvati
request-action-forward = Proslijedi drugom tijelu
request-action-reply = Odgovori
request-action-approve_reply = Odobri odgovor
request-action-return_reply = Vrati odgovor
request-action-ask_further_information = Zatraži dodatne informacije
request-action-provide_further_information = Dostavi dodatne informacije
request-action-cannot_provide = Dodatne informacije ne mogu se dostaviti
request-action-refer = Uputi koordinatorima
request-action-requester_coordinator_opts_out = Ne sudjeluj u upućivanju
request-action-responder_coordinator_opts_out = Ne sudjeluj u upućivanju
request-action-delegate_referral = Delegiraj rukovatelju zahtjevima
request-action-conclude_referral = Zaključi upućivanje
request-action-close = Prihvati odgovor i zatvori
request-action-withdraw = Povuci
request-action-remind = Podsjetnik prije isteka roka
request-action-notice_overdue = Rok je istekao

pq_request-guard-create = Oba tijela moraju imati pristup stručnim kvalifikacijama, a tijelo koje odgovara na zahtjev mora biti drugo tijelo.
request-guard-deadline = Rok mora biti datum u budućnosti.
request-guard-allocation = Vaše tijelo ne dodjeljuje dolazne zahtjeve.
pq_request-guard-forward = Prosljeđujte samo drugom tijelu koje ima pristup stručnim kvalifikacijama.
pq_request-guard-refer = Za svako tijelo odaberite po jednog koordinatora zahtjeva za stručne kvalifikacije.
request-guard-rating = Ocijenite pravodobnost i trud ocjenom od 1 do 5.

pq_request-email-incoming =
    Vaše tijelo primilo je zahtjev za informacije o stručnim kvalifikacijama (zahtjev { $request }).
    Tijelo koje podnosi zahtjev traži odgovor do { $deadline }.

    Otvorite zahtjev u IMI-ju kako biste ga prihvatili ili predložili drugi rok.
    .subject = Novi zahtjev za informacije (stručne kvalifikacije)
pq_request-email-approval-needed =
    Zahtjev za informacije o stručnim kvalifikacijama (zahtjev { $request }) čeka Vaše odobrenje prije slanja.
    .subject = Zahtjev čeka Vaše odobrenje
request-email-returned =
    Zahtjev { $request } vraćen Vam je: { $reason }
    .subject = Zahtjev Vam je vraćen
pq_request-email-allocated =
    Zahtjev { $request } (stručne kvalifikacije) dodijeljen Vam je.
    .subject = Dodijeljen Vam je zahtjev
request-email-accepted =
    Vaš zahtjev { $request } prihvaćen je. Tijelo koje odgovara na zahtjev odgovorit će do { $deadline }.
    .subject = Vaš je zahtjev prihvaćen
request-email-forwarded =
    Vaš zahtjev { $request } proslijeđen je drugom tijelu ({ $to }), koje ga sada mora prihvatiti.
    .subject = Vaš je zahtjev proslijeđen
request-email-replied =
    Na Vaš zahtjev { $request } odgovoreno je. Otvorite ga u IMI-ju kako biste pročitali odgovor.
    .subject = Primljen je odgovor na Vaš zahtjev
request-email-further-information =
    Tijelo koje podnosi zahtjev traži dodatne informacije o zahtjevu { $request }.
    .subject = Zatražene dodatne informacije
request-email-cannot-provide =
    Tijelo koje odgovara na zahtjev ne može dostaviti dodatne informacije zatražene za zahtjev { $request }: { $reason }
    .subject = Dodatne informacije ne mogu se dostaviti
request-email-referred =
    Zahtjev { $request } upućen je Vama kao koordinatoru zahtjeva. Sudjelujete ako ne odustanete od sudjelovanja.
    .subject = Upućen Vam je zahtjev
request-email-referral-delegated =
    Vaš koordinator zadužio Vas je za upućivanje zahtjeva { $request }.
    .subject = Delegirano Vam je upućivanje
request-email-closed =
    Tijelo koje podnosi zahtjev zatvorilo je zahtjev { $request }.
    .subject = Zahtjev je zatvoren
request-email-withdrawn =
    Tijelo koje podnosi zahtjev povuklo je zahtjev { $request }: { $reason }
    .subject = Zahtjev je povučen
request-email-reminder =
    Na zahtjev { $request } potrebno je odgovoriti do { $deadline }.
    .subject = Podsjetnik: rok za odgovor na zahtjev uskoro istječe
request-email-overdue =
    Rok za zahtjev { $request } ({ $deadline }) istekao je, a odgovor nije dostavljen.
    .subject = Rok za zahtjev je prekoračen

wf-services_request = Zahtjev za informacije – usluge
services_request-guard-create = Oba tijela moraju imati pristup uslugama, a tijelo koje odgovara na zahtjev mora biti drugo tijelo.
services_request-guard-forward = Prosljeđujte samo drugom tijelu koje ima pristup uslugama.
services_request-guard-refer = Za svako tijelo odaberite po jednog koordinatora zahtjeva za usluge.
services_request-email-incoming =
    Vaše tijelo primilo je zahtjev za informacije o pružatelju usluga (zahtjev { $request }).
    Tijelo koje podnosi zahtjev traži odgovor do { $deadline }.

    Otvorite zahtjev u IMI-ju kako biste ga prihvatili ili predložili drugi rok.
    .subject = Novi zahtjev za informacije (usluge)
services_request-email-approval-needed =
    Zahtjev za informacije o pružatelju usluga (zahtjev { $request }) čeka Vaše odobrenje prije slanja.
    .subject = Zahtjev čeka Vaše odobrenje
services_request-email-allocated =
    Zahtjev { $request } (usluge) dodijeljen Vam je.
    .subject = Dodijeljen Vam je zahtjev

request-field-personal_data_blocked = Osobni podaci blokirani
request-action-block_personal_data = Blokiraj osobne podatke
request-action-consult_personal_data = Pregledaj blokirane osobne podatke
request-action-purge = Trajno izbriši
request-input-justification = Obrazloženje
request-guard-justification = Osobni podaci blokiraju se šest mjeseci nakon zatvaranja; da biste ih pregledali, navedite obrazloženje od najmanje 20 znakova.
