# Dijeljenje zahtjeva (R-FACTS): odabrani predmeti premještaju se u novi zahtjev
# upućen drugom tijelu.

request-field-split_from = Izdvojen iz zahtjeva
request-action-split = Podijeli: premjesti predmete drugom tijelu
request-action-split_off = Izdvojen iz drugog zahtjeva
request-input-split_to = Tijelo kojem se premještaju predmeti
request-input-topics = Predmeti koje treba premjestiti
pq_request-guard-split = Premjestite neke, ali ne sve, tražene predmete drugom tijelu koje ima pristup stručnim kvalifikacijama.
services_request-guard-split = Premjestite neke, ali ne sve, tražene predmete drugom tijelu koje ima pristup uslugama.
request-email-split =
    Dio Vašeg zahtjeva { $request } premješten je u novi zahtjev upućen drugom tijelu ({ $to }). Premješteni predmeti uklonjeni su iz ovog zahtjeva.
    .subject = Dio Vašeg zahtjeva premješten je drugom tijelu
