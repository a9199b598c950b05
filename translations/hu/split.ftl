# Megkeresés felosztása (R-FACTS): a kiválasztott tárgyak egy másik hatósághoz intézett
# új megkeresésbe kerülnek át.

request-field-split_from = Leválasztva a következő megkeresésből
request-action-split = Felosztás: tárgyak áthelyezése másik hatósághoz
request-action-split_off = Leválasztás egy másik megkeresésből
request-input-split_to = A hatóság, amelyhez a tárgyak átkerülnek
request-input-topics = Áthelyezendő tárgyak
pq_request-guard-split = A kért tárgyak közül néhányat, de ne mindet helyezze át egy olyan másik hatósághoz, amely hozzáfér a szakmai képesítések jogterületéhez.
services_request-guard-split = A kért tárgyak közül néhányat, de ne mindet helyezze át egy olyan másik hatósághoz, amely hozzáfér a szolgáltatások jogterületéhez.
request-email-split =
    A(z) { $request } megkeresésének egy részét áthelyezték egy másik hatósághoz ({ $to }) intézett új megkeresésbe. Az áthelyezett tárgyakat eltávolították ebből a megkeresésből.
    .subject = Megkeresésének egy részét áthelyezték egy másik hatósághoz
