# Suddivisione di una richiesta (R-FACTS): gli oggetti scelti sono trasferiti in una nuova
# richiesta indirizzata a un'altra autorità.

request-field-split_from = Separata dalla richiesta
request-action-split = Suddividi: trasferisci oggetti a un'altra autorità
request-action-split_off = Separata da un'altra richiesta
request-input-split_to = Autorità a cui trasferire gli oggetti
request-input-topics = Oggetti da trasferire
pq_request-guard-split = È possibile trasferire alcuni degli oggetti richiesti, ma non tutti, solo a un'altra autorità che abbia accesso alle qualifiche professionali.
services_request-guard-split = È possibile trasferire alcuni degli oggetti richiesti, ma non tutti, solo a un'altra autorità che abbia accesso ai servizi.
request-email-split =
    Una parte della sua richiesta { $request } è stata trasferita in una nuova richiesta indirizzata a un'altra autorità ({ $to }). Gli oggetti trasferiti sono stati eliminati dalla presente richiesta.
    .subject = Una parte della sua richiesta è stata trasferita a un'altra autorità
