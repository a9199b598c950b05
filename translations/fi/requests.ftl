# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Saapuvien pyyntöjen jakaminen pyyntöjen käsittelijöille
setting-approve_requests = Pyyntökoordinaattori hyväksyy pyynnöt ennen niiden lähettämistä
setting-approve_replies = Pyyntökoordinaattori hyväksyy vastaukset ennen niiden lähettämistä
setting-referral_participation = Osallistuu siirtoihin pyyntökoordinaattorina
setting-coordinator_sees_details = Pyyntökoordinaattorit saavat nähdä pyyntöjen yksityiskohdat (eivät koskaan henkilötietoja)

wf-pq_request = Tietopyyntö – ammattipätevyys
request-party-requester = Pyytävä viranomainen
request-party-responder = Vastaava viranomainen
request-party-requester_coordinators = Pyytävän viranomaisen pyyntökoordinaattorit
request-party-responder_coordinators = Vastaavan viranomaisen pyyntökoordinaattorit
request-party-requester_coordinator = Siirto: pyytävän viranomaisen koordinaattori
request-party-responder_coordinator = Siirto: vastaavan viranomaisen koordinaattori

request-field-answers = Kysymykset ja vastaukset
request-field-proposed_deadline = Ehdotettu määräaika
request-field-deadline = Sovittu määräaika
request-field-handler = Jaettu käsittelijälle
request-field-reason = Syy
request-field-further_question = Pyydetyt lisätiedot
request-field-overdue = Myöhässä
request-field-rating_timeliness = Arvio: oikea-aikaisuus
request-field-rating_effort = Arvio: panostus
request-field-sent_at = Lähetetty
request-field-accepted_at = Hyväksytty käsiteltäväksi
request-field-replied_at = Vastattu
request-field-closed_at = Suljettu
request-input-responder = Vastaava viranomainen
request-input-to = Välitä viranomaiselle
request-input-requester_coordinator = Pyytävän viranomaisen koordinaattori
request-input-responder_coordinator = Vastaavan viranomaisen koordinaattori

request-state-draft = Luonnos
request-state-awaiting_approval = Odottaa koordinaattorin hyväksyntää
request-state-awaiting_acceptance = Odottaa käsiteltäväksi ottamista
request-state-accepted = Hyväksytty käsiteltäväksi, vastaus valmisteilla
request-state-reply_awaiting_approval = Vastaus odottaa koordinaattorin hyväksyntää
request-state-replied = Vastattu
request-state-further_information_requested = Lisätietoja pyydetty
request-state-cannot_provide = Lisätietoja ei voida antaa
request-state-referred = Siirretty koordinaattoreille
request-state-closed = Suljettu
request-state-withdrawn = Peruutettu
request-state-deleted = Poistettu

request-action-create = Uusi pyyntö
request-action-save = Tallenna luonnos
request-action-delete_draft = Poista luonnos
request-action-send = Lähetä
request-action-approve_request = Hyväksy pyyntö
request-action-return_request = Palauta pyyntö
request-action-allocate = Jaa pyyntöjen käsittelijälle
request-action-accept = Ota käsiteltäväksi
request-action-forward = Välitä toiselle viranomaiselle
request-action-reply = Vastaa
request-action-approve_reply = Hyväksy vastaus
request-action-return_reply = Palauta vastaus
request-action-ask_further_information = Pyydä lisätietoja
request-action-provide_further_information = Anna lisätietoja
request-action-cannot_provide = Lisätietoja ei voida antaa
request-action-refer = Siirrä koordinaattoreille
request-action-requester_coordinator_opts_out = Älä osallistu siirtoon
request-action-responder_coordinator_opts_out = Älä osallistu siirtoon
request-action-delegate_referral = Delegoi pyyntöjen käsittelijälle
request-action-conclude_referral = Saata siirto päätökseen
request-action-close = Hyväksy vastaus ja sulje
request-action-withdraw = Peruuta
request-action-remind = Muistutus ennen määräaikaa
request-action-notice_overdue = Määräaika umpeutunut

pq_request-guard-create = Kummallakin viranomaisella on oltava ammattipätevyyden alan käyttöoikeus, ja vastaavan viranomaisen on oltava toinen viranomainen.
request-guard-deadline = Määräajan on oltava tuleva päivämäärä.
request-guard-allocation = Viranomaisesi ei jaa saapuvia pyyntöjä.
pq_request-guard-forward = Välitä pyyntö vain toiselle viranomaiselle, jolla on ammattipätevyyden alan käyttöoikeus.
pq_request-guard-refer = Valitse kummankin viranomaisen ammattipätevyyden alan pyyntökoordinaattori.
request-guard-rating = Arvioi oikea-aikaisuus ja panostus asteikolla 1–5.

pq_request-email-incoming =
    Viranomaisenne on vastaanottanut ammattipätevyyttä koskevan tietopyynnön (pyyntö { $request }).
    Pyytävä viranomainen pyytää vastausta viimeistään { $deadline }.

    Avatkaa pyyntö IMI-järjestelmässä ottaaksenne sen käsiteltäväksi tai ehdottaaksenne toista määräaikaa.
    .subject = Uusi tietopyyntö (ammattipätevyys)
pq_request-email-approval-needed =
    Ammattipätevyyttä koskeva tietopyyntö (pyyntö { $request }) odottaa hyväksyntäänne ennen lähettämistä.
    .subject = Pyyntö odottaa hyväksyntäänne
request-email-returned =
    Pyyntö { $request } palautettiin teille: { $reason }
    .subject = Pyyntö palautettiin teille
pq_request-email-allocated =
    Pyyntö { $request } (ammattipätevyys) on jaettu teille.
    .subject = Teille on jaettu pyyntö
request-email-accepted =
    Pyyntönne { $request } on otettu käsiteltäväksi. Vastaava viranomainen vastaa viimeistään { $deadline }.
    .subject = Pyyntönne on otettu käsiteltäväksi
request-email-forwarded =
    Pyyntönne { $request } välitettiin toiselle viranomaiselle ({ $to }), jonka on nyt otettava se käsiteltäväksi.
    .subject = Pyyntönne välitettiin eteenpäin
request-email-replied =
    Pyyntöönne { $request } on vastattu. Avatkaa se IMI-järjestelmässä lukeaksenne vastauksen.
    .subject = Pyyntöönne on vastattu
request-email-further-information =
    Pyytävä viranomainen pyytää lisätietoja pyyntöön { $request }.
    .subject = Lisätietoja pyydetty
request-email-cannot-provide =
    Vastaava viranomainen ei voi antaa pyyntöön { $request } pyydettyjä lisätietoja: { $reason }
    .subject = Lisätietoja ei voida antaa
request-email-referred =
    Pyyntö { $request } on siirretty teille pyyntökoordinaattorina. Osallistutte siirtoon, ellette ilmoita jättäytyvänne siitä pois.
    .subject = Teille on siirretty pyyntö
request-email-referral-delegated =
    Koordinaattorinne on nimennyt teidät vastaamaan pyynnön { $request } siirrosta.
    .subject = Teille on delegoitu siirto
request-email-closed =
    Pyytävä viranomainen on sulkenut pyynnön { $request }.
    .subject = Pyyntö suljettiin
request-email-withdrawn =
    Pyytävä viranomainen on peruuttanut pyynnön { $request }: { $reason }
    .subject = Pyyntö peruutettiin
request-email-reminder =
    Pyyntöön { $request } on vastattava viimeistään { $deadline }.
    .subject = Muistutus: pyynnön määräaika lähestyy
request-email-overdue =
    Pyynnön { $request } määräaika ({ $deadline }) on umpeutunut ilman vastausta.
    .subject = Pyyntö on myöhässä

wf-services_request = Tietopyyntö – palvelut
services_request-guard-create = Kummallakin viranomaisella on oltava palvelujen alan käyttöoikeus, ja vastaavan viranomaisen on oltava toinen viranomainen.
services_request-guard-forward = Välitä pyyntö vain toiselle viranomaiselle, jolla on palvelujen alan käyttöoikeus.
services_request-guard-refer = Valitse kummankin viranomaisen palvelujen alan pyyntökoordinaattori.
services_request-email-incoming =
    Viranomaisenne on vastaanottanut palvelujen tarjoajaa koskevan tietopyynnön (pyyntö { $request }).
    Pyytävä viranomainen pyytää vastausta viimeistään { $deadline }.

    Avatkaa pyyntö IMI-järjestelmässä ottaaksenne sen käsiteltäväksi tai ehdottaaksenne toista määräaikaa.
    .subject = Uusi tietopyyntö (palvelut)
services_request-email-approval-needed =
    Palvelujen tarjoajaa koskeva tietopyyntö (pyyntö { $request }) odottaa hyväksyntäänne ennen lähettämistä.
    .subject = Pyyntö odottaa hyväksyntäänne
services_request-email-allocated =
    Pyyntö { $request } (palvelut) on jaettu teille.
    .subject = Teille on jaettu pyyntö

request-field-personal_data_blocked = Henkilötietojen käyttö estetty
request-action-block_personal_data = Estä henkilötietojen käyttö
request-action-consult_personal_data = Tarkastele henkilötietoja, joiden käyttö on estetty
request-action-purge = Poista pysyvästi
request-input-justification = Perustelu
request-guard-justification = Henkilötietojen käyttö estetään kuuden kuukauden kuluttua sulkemisesta; anna vähintään 20 merkin perustelu, jotta voit tarkastella niitä.
