# Splitsen van een verzoek (R-FACTS): de gekozen onderwerpen worden verplaatst naar een nieuw
# verzoek aan een andere autoriteit.

request-field-split_from = Afgesplitst van verzoek
request-action-split = Splitsen: onderwerpen verplaatsen naar een andere autoriteit
request-action-split_off = Afgesplitst van een ander verzoek
request-input-split_to = Autoriteit waarnaar de onderwerpen worden verplaatst
request-input-topics = Te verplaatsen onderwerpen
pq_request-guard-split = Verplaats enkele, maar niet alle, gevraagde onderwerpen naar een andere autoriteit met toegang tot beroepskwalificaties.
services_request-guard-split = Verplaats enkele, maar niet alle, gevraagde onderwerpen naar een andere autoriteit met toegang tot diensten.
request-email-split =
    Een deel van uw verzoek { $request } is verplaatst naar een nieuw verzoek aan een andere autoriteit ({ $to }). De verplaatste onderwerpen zijn uit dit verzoek verwijderd.
    .subject = Een deel van uw verzoek is verplaatst naar een andere autoriteit
