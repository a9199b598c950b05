# Taotluse jagamine (R-FACTS): valitud teemad viiakse üle uude taotlusse,
# mis esitatakse teisele asutusele.

request-field-split_from = Eraldatud taotlusest
request-action-split = Jaga: vii teemad üle teisele asutusele
request-action-split_off = Eraldatud teisest taotlusest
request-input-split_to = Asutus, millele teemad üle viiakse
request-input-topics = Üleviidavad teemad
pq_request-guard-split = Viige mõned, kuid mitte kõik taotletud teemad üle teisele asutusele, millel on juurdepääs kutsekvalifikatsioonide valdkonnale.
services_request-guard-split = Viige mõned, kuid mitte kõik taotletud teemad üle teisele asutusele, millel on juurdepääs teenuste valdkonnale.
request-email-split =
    Osa teie taotlusest { $request } viidi üle uude taotlusse, mis esitati teisele asutusele ({ $to }). Üleviidud teemad eemaldati sellest taotlusest.
    .subject = Osa teie taotlusest viidi üle teisele asutusele
