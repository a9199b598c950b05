# Pyynnön jakaminen (R-FACTS): valitut aiheet siirretään uuteen pyyntöön,
# joka osoitetaan toiselle viranomaiselle.

request-field-split_from = Erotettu pyynnöstä
request-action-split = Jaa: siirrä aiheita toiselle viranomaiselle
request-action-split_off = Erotettu toisesta pyynnöstä
request-input-split_to = Viranomainen, jolle aiheet siirretään
request-input-topics = Siirrettävät aiheet
pq_request-guard-split = Siirrä osa pyydetyistä aiheista, mutta ei kaikkia, toiselle viranomaiselle, jolla on ammattipätevyyden alan käyttöoikeus.
services_request-guard-split = Siirrä osa pyydetyistä aiheista, mutta ei kaikkia, toiselle viranomaiselle, jolla on palvelujen alan käyttöoikeus.
request-email-split =
    Osa pyynnöstänne { $request } siirrettiin uuteen pyyntöön, joka osoitettiin toiselle viranomaiselle ({ $to }). Siirretyt aiheet poistettiin tästä pyynnöstä.
    .subject = Osa pyynnöstänne siirrettiin toiselle viranomaiselle
