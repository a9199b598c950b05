# Prašymo skaidymas (R-FACTS): pasirinkti dalykai perkeliami į naują prašymą,
# skirtą kitai institucijai.

request-field-split_from = Atskirtas nuo prašymo
request-action-split = Skaidyti: perkelti dalykus kitai institucijai
request-action-split_off = Atskirtas nuo kito prašymo
request-input-split_to = Institucija, kuriai perkeliami dalykai
request-input-topics = Perkeliami dalykai
pq_request-guard-split = Kitai institucijai, turinčiai prieigą prie profesinių kvalifikacijų srities, galima perkelti kai kuriuos, bet ne visus prašomus dalykus.
services_request-guard-split = Kitai institucijai, turinčiai prieigą prie paslaugų srities, galima perkelti kai kuriuos, bet ne visus prašomus dalykus.
request-email-split =
    Dalis jūsų prašymo { $request } perkelta į naują prašymą, skirtą kitai institucijai ({ $to }). Perkelti dalykai pašalinti iš šio prašymo.
    .subject = Dalis jūsų prašymo perkelta kitai institucijai
