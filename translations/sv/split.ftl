# Uppdelning av en förfrågan (R-FACTS): de valda ämnena flyttas till en ny förfrågan
# till en annan myndighet.

request-field-split_from = Utbruten ur förfrågan
request-action-split = Dela upp: flytta ämnen till en annan myndighet
request-action-split_off = Utbruten ur en annan förfrågan
request-input-split_to = Myndighet som ämnena ska flyttas till
request-input-topics = Ämnen som ska flyttas
pq_request-guard-split = Flytta några, men inte alla, av de begärda ämnena till en annan myndighet med åtkomst till yrkeskvalifikationer.
services_request-guard-split = Flytta några, men inte alla, av de begärda ämnena till en annan myndighet med åtkomst till tjänster.
request-email-split =
    En del av er förfrågan { $request } har flyttats till en ny förfrågan till en annan myndighet ({ $to }). De flyttade ämnena har tagits bort från denna förfrågan.
    .subject = En del av er förfrågan har flyttats till en annan myndighet
