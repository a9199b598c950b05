# Pieprasījuma sadalīšana (R-FACTS): izvēlētie temati tiek nodoti jaunā pieprasījumā
# citai iestādei.

request-field-split_from = Atdalīts no pieprasījuma
request-action-split = Sadalīt: nodot tematus citai iestādei
request-action-split_off = Atdalīts no cita pieprasījuma
request-input-split_to = Iestāde, kurai nodot tematus
request-input-topics = Nododamie temati
pq_request-guard-split = Nododiet dažus, bet ne visus pieprasītos tematus citai iestādei, kurai ir piekļuve profesionālās kvalifikācijas jomai.
services_request-guard-split = Nododiet dažus, bet ne visus pieprasītos tematus citai iestādei, kurai ir piekļuve pakalpojumu jomai.
request-email-split =
    Daļa no jūsu pieprasījuma { $request } tika nodota jaunā pieprasījumā citai iestādei ({ $to }). Nodotie temati tika izņemti no šī pieprasījuma.
    .subject = Daļa no jūsu pieprasījuma tika nodota citai iestādei
