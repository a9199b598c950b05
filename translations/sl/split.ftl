# Razdelitev zahteve (R-FACTS): izbrane teme se prenesejo v novo zahtevo,
# naslovljeno na drug organ.

request-field-split_from = Izločena iz zahteve
request-action-split = Razdeli: prenesi teme na drug organ
request-action-split_off = Izločena iz druge zahteve
request-input-split_to = Organ, na katerega se prenesejo teme
request-input-topics = Teme za prenos
pq_request-guard-split = Na drug organ z dostopom do področja poklicnih kvalifikacij lahko prenesete nekatere zahtevane teme, ne pa vseh.
services_request-guard-split = Na drug organ z dostopom do področja storitev lahko prenesete nekatere zahtevane teme, ne pa vseh.
request-email-split =
    Del vaše zahteve { $request } je bil prenesen v novo zahtevo, naslovljeno na drug organ ({ $to }). Prenesene teme so bile odstranjene iz te zahteve.
    .subject = Del vaše zahteve je bil prenesen na drug organ
