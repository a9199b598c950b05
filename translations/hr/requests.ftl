# Zahtjevi za informacije (R-REQ): tijek rada za zahtjeve u području stručnih kvalifikacija,
# njegove poruke e-pošte i postavke područja o kojima zahtjevi ovise.

setting-allocation = Dodjela dolaznih zahtjeva rukovateljima zahtjevima
setting-approve_requests = Koordinator zahtjeva odobrava zahtjeve prije njihova slanja
setting-approve_replies = Koordinator zahtjeva odobrava odgovore prije njihova slanja
setting-referral_participation = Sudjeluje u upućivanjima kao koordinator zahtjeva
setting-coordinator_sees_details = Koordinatori zahtjeva smiju vidjeti pojedinosti zahtjeva (nikada osobne podatke)

wf-pq_request = Zahtjev za informacije – stručne kvalifikacije
pq_request-party-requester = Tijelo koje podnosi zahtjev
pq_request-party-responder = Tijelo koje odgovara na zahtjev
pq_request-party-requester_coordinators = Koordinatori zahtjeva tijela koje podnosi zahtjev
pq_request-party-responder_coordinators = Koordinatori zahtjeva tijela koje odgovara na zahtjev
pq_request-party-requester_coordinator = Upućivanje: koordinator tijela koje podnosi zahtjev
pq_request-party-responder_coordinator = Upućivanje: koordinator tijela koje odgovara na zahtjev

pq_request-field-answers = Pitanja i odgovori
pq_request-field-proposed_deadline = Predloženi rok
pq_request-field-deadline = Dogovoreni rok
pq_request-field-handler = Dodijeljeno
pq_request-field-reason = Razlog
pq_request-field-further_question = Zatražene dodatne informacije
pq_request-field-overdue = Rok prekoračen
pq_request-field-rating_timeliness = Ocjena: pravodobnost
pq_request-field-rating_effort = Ocjena: uloženi trud
pq_request-field-sent_at = Datum slanja
pq_request-field-accepted_at = Datum prihvaćanja
pq_request-field-replied_at = Datum odgovora
pq_request-field-closed_at = Datum zatvaranja
pq_request-input-responder = Tijelo koje odgovara na zahtjev
pq_request-input-to = Proslijedi tijelu
pq_request-input-requester_coordinator = Koordinator tijela koje podnosi zahtjev
pq_request-input-responder_coordinator = Koordinator tijela koje odgovara na zahtjev

pq_request-state-draft = Nacrt
pq_request-state-awaiting_approval = Čeka odobrenje koordinatora
pq_request-state-awaiting_acceptance = Čeka prihvaćanje
pq_request-state-accepted = Prihvaćen, priprema se odgovor
pq_request-state-reply_awaiting_approval = Odgovor čeka odobrenje koordinatora
pq_request-state-replied = Odgovor poslan
pq_request-state-further_information_requested = Zatražene dodatne informacije
pq_request-state-cannot_provide = Dodatne informacije ne mogu se dostaviti
pq_request-state-referred = Upućen koordinatorima
pq_request-state-closed = Zatvoren
pq_request-state-withdrawn = Povučen
pq_request-state-deleted = Izbrisan

pq_request-action-create = Novi zahtjev
pq_request-action-save = Spremi nacrt
pq_request-action-delete_draft = Izbriši nacrt
pq_request-action-send = Pošalji
pq_request-action-approve_request = Odobri zahtjev
pq_request-action-return_request = Vrati zahtjev
pq_request-action-allocate = Dodijeli rukovatelju zahtjevima
pq_request-action-accept = Prihvati
pq_request-action-forward = Proslijedi drugom tijelu
pq_request-action-reply = Odgovori
pq_request-action-approve_reply = Odobri odgovor
pq_request-action-return_reply = Vrati odgovor
pq_request-action-ask_further_information = Zatraži dodatne informacije
pq_request-action-provide_further_information = Dostavi dodatne informacije
pq_request-action-cannot_provide = Dodatne informacije ne mogu se dostaviti
pq_request-action-refer = Uputi koordinatorima
pq_request-action-requester_coordinator_opts_out = Ne sudjeluj u upućivanju
pq_request-action-responder_coordinator_opts_out = Ne sudjeluj u upućivanju
pq_request-action-delegate_referral = Delegiraj rukovatelju zahtjevima
pq_request-action-conclude_referral = Zaključi upućivanje
pq_request-action-close = Prihvati odgovor i zatvori
pq_request-action-withdraw = Povuci
pq_request-action-remind = Podsjetnik prije isteka roka
pq_request-action-notice_overdue = Rok je istekao

pq_request-guard-create = Oba tijela moraju imati pristup stručnim kvalifikacijama, a tijelo koje odgovara na zahtjev mora biti drugo tijelo.
pq_request-guard-deadline = Rok mora biti datum u budućnosti.
pq_request-guard-allocation = Vaše tijelo ne dodjeljuje dolazne zahtjeve.
pq_request-guard-forward = Prosljeđujte samo drugom tijelu koje ima pristup stručnim kvalifikacijama.
pq_request-guard-refer = Za svako tijelo odaberite po jednog koordinatora zahtjeva za stručne kvalifikacije.
pq_request-guard-rating = Ocijenite pravodobnost i trud ocjenom od 1 do 5.

pq_request-email-incoming =
    Vaše tijelo primilo je zahtjev za informacije o stručnim kvalifikacijama (zahtjev { $request }).
    Tijelo koje podnosi zahtjev traži odgovor do { $deadline }.

    Otvorite zahtjev u IMI-ju kako biste ga prihvatili ili predložili drugi rok.
    .subject = Novi zahtjev za informacije (stručne kvalifikacije)
pq_request-email-approval-needed =
    Zahtjev za informacije o stručnim kvalifikacijama (zahtjev { $request }) čeka Vaše odobrenje prije slanja.
    .subject = Zahtjev čeka Vaše odobrenje
pq_request-email-returned =
    Zahtjev { $request } vraćen Vam je: { $reason }
    .subject = Zahtjev Vam je vraćen
pq_request-email-allocated =
    Zahtjev { $request } (stručne kvalifikacije) dodijeljen Vam je.
    .subject = Dodijeljen Vam je zahtjev
pq_request-email-accepted =
    Vaš zahtjev { $request } prihvaćen je. Tijelo koje odgovara na zahtjev odgovorit će do { $deadline }.
    .subject = Vaš je zahtjev prihvaćen
pq_request-email-forwarded =
    Vaš zahtjev { $request } proslijeđen je drugom tijelu ({ $to }), koje ga sada mora prihvatiti.
    .subject = Vaš je zahtjev proslijeđen
pq_request-email-replied =
    Na Vaš zahtjev { $request } odgovoreno je. Otvorite ga u IMI-ju kako biste pročitali odgovor.
    .subject = Primljen je odgovor na Vaš zahtjev
pq_request-email-further-information =
    Tijelo koje podnosi zahtjev traži dodatne informacije o zahtjevu { $request }.
    .subject = Zatražene dodatne informacije
pq_request-email-cannot-provide =
    Tijelo koje odgovara na zahtjev ne može dostaviti dodatne informacije zatražene za zahtjev { $request }: { $reason }
    .subject = Dodatne informacije ne mogu se dostaviti
pq_request-email-referred =
    Zahtjev { $request } upućen je Vama kao koordinatoru zahtjeva. Sudjelujete ako ne odustanete od sudjelovanja.
    .subject = Upućen Vam je zahtjev
pq_request-email-referral-delegated =
    Vaš koordinator zadužio Vas je za upućivanje zahtjeva { $request }.
    .subject = Delegirano Vam je upućivanje
pq_request-email-closed =
    Tijelo koje podnosi zahtjev zatvorilo je zahtjev { $request }.
    .subject = Zahtjev je zatvoren
pq_request-email-withdrawn =
    Tijelo koje podnosi zahtjev povuklo je zahtjev { $request }: { $reason }
    .subject = Zahtjev je povučen
pq_request-email-reminder =
    Na zahtjev { $request } potrebno je odgovoriti do { $deadline }.
    .subject = Podsjetnik: rok za odgovor na zahtjev uskoro istječe
pq_request-email-overdue =
    Rok za zahtjev { $request } ({ $deadline }) istekao je, a odgovor nije dostavljen.
    .subject = Rok za zahtjev je prekoračen
