# Podział wniosku (R-FACTS): wybrane tematy zostają przeniesione do nowego wniosku
# skierowanego do innego organu.

request-field-split_from = Wydzielony z wniosku
request-action-split = Podziel: przenieś tematy do innego organu
request-action-split_off = Wydzielony z innego wniosku
request-input-split_to = Organ, do którego zostaną przeniesione tematy
request-input-topics = Tematy do przeniesienia
pq_request-guard-split = Do innego organu mającego dostęp do obszaru kwalifikacji zawodowych można przenieść niektóre, ale nie wszystkie wnioskowane tematy.
services_request-guard-split = Do innego organu mającego dostęp do obszaru usług można przenieść niektóre, ale nie wszystkie wnioskowane tematy.
request-email-split =
    Część Państwa wniosku { $request } została przeniesiona do nowego wniosku skierowanego do innego organu ({ $to }). Przeniesione tematy zostały usunięte z niniejszego wniosku.
    .subject = Część Państwa wniosku została przeniesiona do innego organu
