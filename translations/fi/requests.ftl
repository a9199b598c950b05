# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Saapuvien pyyntöjen jakaminen pyyntöjen käsittelijöille
setting-approve_requests = Pyyntökoordinaattori hyväksyy pyynnöt ennen niiden lähettämistä
setting-approve_replies = Pyyntökoordinaattori hyväksyy vastaukset ennen niiden lähettämistä
setting-referral_participation = Osallistuu siirtoihin pyyntökoordinaattorina
setting-coordinator_sees_details = Pyyntökoordinaattorit saavat nähdä pyyntöjen yksityiskohdat (eivät koskaan henkilötietoja)

wf-pq_request = Tietopyyntö – ammattipätevyys
pq_request-party-requester = Pyytävä viranomainen
pq_request-party-responder = Vastaava viranomainen
pq_request-party-requester_coordinators = Pyytävän viranomaisen pyyntökoordinaattorit
pq_request-party-responder_coordinators = Vastaavan viranomaisen pyyntökoordinaattorit
pq_request-party-requester_coordinator = Siirto: pyytävän viranomaisen koordinaattori
pq_request-party-responder_coordinator = Siirto: vastaavan viranomaisen koordinaattori

pq_request-field-answers = Kysymykset ja vastaukset
pq_request-field-proposed_deadline = Ehdotettu määräaika
pq_request-field-deadline = Sovittu määräaika
pq_request-field-handler = Jaettu käsittelijälle
pq_request-field-reason = Syy
pq_request-field-further_question = Pyydetyt lisätiedot
pq_request-field-overdue = Myöhässä
pq_request-field-rating_timeliness = Arvio: oikea-aikaisuus
pq_request-field-rating_effort = Arvio: panostus
pq_request-field-sent_at = Lähetetty
pq_request-field-accepted_at = Hyväksytty käsiteltäväksi
pq_request-field-replied_at = Vastattu
pq_request-field-closed_at = Suljettu
pq_request-input-responder = Vastaava viranomainen
pq_request-input-to = Välitä viranomaiselle
pq_request-input-requester_coordinator = Pyytävän viranomaisen koordinaattori
pq_request-input-responder_coordinator = Vastaavan viranomaisen koordinaattori

pq_request-state-draft = Luonnos
pq_request-state-awaiting_approval = Odottaa koordinaattorin hyväksyntää
pq_request-state-awaiting_acceptance = Odottaa käsiteltäväksi ottamista
pq_request-state-accepted = Hyväksytty käsiteltäväksi, vastaus valmisteilla
pq_request-state-reply_awaiting_approval = Vastaus odottaa koordinaattorin hyväksyntää
pq_request-state-replied = Vastattu
pq_request-state-further_information_requested = Lisätietoja pyydetty
pq_request-state-cannot_provide = Lisätietoja ei voida antaa
pq_request-state-referred = Siirretty koordinaattoreille
pq_request-state-closed = Suljettu
pq_request-state-withdrawn = Peruutettu
pq_request-state-deleted = Poistettu

pq_request-action-create = Uusi pyyntö
pq_request-action-save = Tallenna luonnos
pq_request-action-delete_draft = Poista luonnos
pq_request-action-send = Lähetä
pq_request-action-approve_request = Hyväksy pyyntö
pq_request-action-return_request = Palauta pyyntö
pq_request-action-allocate = Jaa pyyntöjen käsittelijälle
pq_request-action-accept = Ota käsiteltäväksi
pq_request-action-forward = Välitä toiselle viranomaiselle
pq_request-action-reply = Vastaa
pq_request-action-approve_reply = Hyväksy vastaus
pq_request-action-return_reply = Palauta vastaus
pq_request-action-ask_further_information = Pyydä lisätietoja
pq_request-action-provide_further_information = Anna lisätietoja
pq_request-action-cannot_provide = Lisätietoja ei voida antaa
pq_request-action-refer = Siirrä koordinaattoreille
pq_request-action-requester_coordinator_opts_out = Älä osallistu siirtoon
pq_request-action-responder_coordinator_opts_out = Älä osallistu siirtoon
pq_request-action-delegate_referral = Delegoi pyyntöjen käsittelijälle
pq_request-action-conclude_referral = Saata siirto päätökseen
pq_request-action-close = Hyväksy vastaus ja sulje
pq_request-action-withdraw = Peruuta
pq_request-action-remind = Muistutus ennen määräaikaa
pq_request-action-notice_overdue = Määräaika umpeutunut

pq_request-guard-create = Kummallakin viranomaisella on oltava ammattipätevyyden alan käyttöoikeus, ja vastaavan viranomaisen on oltava toinen viranomainen.
pq_request-guard-deadline = Määräajan on oltava tuleva päivämäärä.
pq_request-guard-allocation = Viranomaisesi ei jaa saapuvia pyyntöjä.
pq_request-guard-forward = Välitä pyyntö vain toiselle viranomaiselle, jolla on ammattipätevyyden alan käyttöoikeus.
pq_request-guard-refer = Valitse kummankin viranomaisen ammattipätevyyden alan pyyntökoordinaattori.
pq_request-guard-rating = Arvioi oikea-aikaisuus ja panostus asteikolla 1–5.

pq_request-email-incoming =
    Viranomaisenne on vastaanottanut ammattipätevyyttä koskevan tietopyynnön (pyyntö { $request }).
    Pyytävä viranomainen pyytää vastausta viimeistään { $deadline }.

    Avatkaa pyyntö IMI-järjestelmässä ottaaksenne sen käsiteltäväksi tai ehdottaaksenne toista määräaikaa.
    .subject = Uusi tietopyyntö (ammattipätevyys)
pq_request-email-approval-needed =
    Ammattipätevyyttä koskeva tietopyyntö (pyyntö { $request }) odottaa hyväksyntäänne ennen lähettämistä.
    .subject = Pyyntö odottaa hyväksyntäänne
pq_request-email-returned =
    Pyyntö { $request } palautettiin teille: { $reason }
    .subject = Pyyntö palautettiin teille
pq_request-email-allocated =
    Pyyntö { $request } (ammattipätevyys) on jaettu teille.
    .subject = Teille on jaettu pyyntö
pq_request-email-accepted =
    Pyyntönne { $request } on otettu käsiteltäväksi. Vastaava viranomainen vastaa viimeistään { $deadline }.
    .subject = Pyyntönne on otettu käsiteltäväksi
pq_request-email-forwarded =
    Pyyntönne { $request } välitettiin toiselle viranomaiselle ({ $to }), jonka on nyt otettava se käsiteltäväksi.
    .subject = Pyyntönne välitettiin eteenpäin
pq_request-email-replied =
    Pyyntöönne { $request } on vastattu. Avatkaa se IMI-järjestelmässä lukeaksenne vastauksen.
    .subject = Pyyntöönne on vastattu
pq_request-email-further-information =
    Pyytävä viranomainen pyytää lisätietoja pyyntöön { $request }.
    .subject = Lisätietoja pyydetty
pq_request-email-cannot-provide =
    Vastaava viranomainen ei voi antaa pyyntöön { $request } pyydettyjä lisätietoja: { $reason }
    .subject = Lisätietoja ei voida antaa
pq_request-email-referred =
    Pyyntö { $request } on siirretty teille pyyntökoordinaattorina. Osallistutte siirtoon, ellette ilmoita jättäytyvänne siitä pois.
    .subject = Teille on siirretty pyyntö
pq_request-email-referral-delegated =
    Koordinaattorinne on nimennyt teidät vastaamaan pyynnön { $request } siirrosta.
    .subject = Teille on delegoitu siirto
pq_request-email-closed =
    Pyytävä viranomainen on sulkenut pyynnön { $request }.
    .subject = Pyyntö suljettiin
pq_request-email-withdrawn =
    Pyytävä viranomainen on peruuttanut pyynnön { $request }: { $reason }
    .subject = Pyyntö peruutettiin
pq_request-email-reminder =
    Pyyntöön { $request } on vastattava viimeistään { $deadline }.
    .subject = Muistutus: pyynnön määräaika lähestyy
pq_request-email-overdue =
    Pyynnön { $request } määräaika ({ $deadline }) on umpeutunut ilman vastausta.
    .subject = Pyyntö on myöhässä
