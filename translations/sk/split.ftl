# Rozdelenie žiadosti (R-FACTS): vybrané témy sa presunú do novej žiadosti
# adresovanej inému orgánu.

request-field-split_from = Oddelená od žiadosti
request-action-split = Rozdeliť: presunúť témy inému orgánu
request-action-split_off = Oddelená od inej žiadosti
request-input-split_to = Orgán, ktorému sa témy presunú
request-input-topics = Témy na presun
pq_request-guard-split = Inému orgánu s prístupom k oblasti odborných kvalifikácií možno presunúť len niektoré, nie všetky požadované témy.
services_request-guard-split = Inému orgánu s prístupom k oblasti služieb možno presunúť len niektoré, nie všetky požadované témy.
request-email-split =
    Časť vašej žiadosti { $request } bola presunutá do novej žiadosti adresovanej inému orgánu ({ $to }). Presunuté témy boli z tejto žiadosti odstránené.
    .subject = Časť vašej žiadosti bola presunutá inému orgánu
