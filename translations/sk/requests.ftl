# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Prideľovanie prijatých žiadostí spracovateľom žiadostí
setting-approve_requests = Koordinátor žiadostí schvaľuje žiadosti pred ich odoslaním
setting-approve_replies = Koordinátor žiadostí schvaľuje odpovede pred ich odoslaním
setting-referral_participation = Zúčastňuje sa na postúpeniach ako koordinátor žiadostí
setting-coordinator_sees_details = Koordinátori žiadostí môžu vidieť podrobnosti žiadostí (nikdy nie osobné údaje)

wf-pq_request = Žiadosť o informácie – odborné kvalifikácie
request-party-requester = Žiadajúci orgán
request-party-responder = Dožiadaný orgán
request-party-requester_coordinators = Koordinátori žiadostí žiadajúceho orgánu
request-party-responder_coordinators = Koordinátori žiadostí dožiadaného orgánu
request-party-requester_coordinator = Postúpenie: koordinátor žiadajúceho orgánu
request-party-responder_coordinator = Postúpenie: koordinátor dožiadaného orgánu

request-field-answers = Otázky a odpovede
request-field-proposed_deadline = Navrhovaná lehota
request-field-deadline = Dohodnutá lehota
request-field-handler = Pridelené používateľovi
request-field-reason = Dôvod
request-field-further_question = Požadované doplňujúce informácie
request-field-overdue = Po lehote
request-field-rating_timeliness = Hodnotenie: včasnosť
request-field-rating_effort = Hodnotenie: vynaložené úsilie
request-field-sent_at = Dátum odoslania
request-field-accepted_at = Dátum prijatia
request-field-replied_at = Dátum odpovede
request-field-closed_at = Dátum uzavretia
request-input-responder = Dožiadaný orgán
request-input-to = Preposlať orgánu
request-input-requester_coordinator = Koordinátor žiadajúceho orgánu
request-input-responder_coordinator = Koordinátor dožiadaného orgánu

request-state-draft = Koncept
request-state-awaiting_approval = Čaká na schválenie koordinátorom
request-state-awaiting_acceptance = Čaká na prijatie
request-state-accepted = Prijatá, pripravuje sa odpoveď
request-state-reply_awaiting_approval = Odpoveď čaká na schválenie koordinátorom
request-state-replied = Zodpovedaná
request-state-further_information_requested = Požadované doplňujúce informácie
request-state-cannot_provide = Doplňujúce informácie nemožno poskytnúť
request-state-referred = Postúpená koordinátorom
request-state-closed = Uzavretá
request-state-withdrawn = Stiahnutá
request-state-deleted = Vymazaná

request-action-create = Nová žiadosť
request-action-save = Uložiť koncept
request-action-delete_draft = Vymazať koncept
request-action-send = Odoslať
request-action-approve_request = Schváliť žiadosť
request-action-return_request = Vrátiť žiadosť
request-action-allocate = Prideliť spracovateľovi žiadostí
request-action-accept = Prijať
request-action-forward = Preposlať inému orgánu
request-action-reply = Odpovedať
request-action-approve_reply = Schváliť odpoveď
request-action-return_reply = Vrátiť odpoveď
request-action-ask_further_information = Požiadať o doplňujúce informácie
request-action-provide_further_information = Poskytnúť doplňujúce informácie
request-action-cannot_provide = Doplňujúce informácie nemožno poskytnúť
request-action-refer = Postúpiť koordinátorom
request-action-requester_coordinator_opts_out = Nezúčastniť sa na postúpení
request-action-responder_coordinator_opts_out = Nezúčastniť sa na postúpení
request-action-delegate_referral = Delegovať na spracovateľa žiadostí
request-action-conclude_referral = Ukončiť postúpenie
request-action-close = Prijať odpoveď a uzavrieť
request-action-withdraw = Stiahnuť
request-action-remind = Pripomienka pred uplynutím lehoty
request-action-notice_overdue = Lehota uplynula

pq_request-guard-create = Oba orgány musia mať prístup k oblasti odborných kvalifikácií a dožiadaný orgán musí byť iný orgán.
request-guard-deadline = Lehota musí byť dátum v budúcnosti.
request-guard-allocation = Váš orgán neprideľuje prijaté žiadosti.
pq_request-guard-forward = Žiadosť možno preposlať len inému orgánu s prístupom k oblasti odborných kvalifikácií.
pq_request-guard-refer = Za každý orgán vyberte jedného koordinátora žiadostí pre odborné kvalifikácie.
request-guard-rating = Ohodnoťte včasnosť a vynaložené úsilie na stupnici od 1 do 5.

pq_request-email-incoming =
    Váš orgán dostal žiadosť o informácie o odborných kvalifikáciách (žiadosť { $request }).
    Žiadajúci orgán žiada o odpoveď do { $deadline }.

    Otvorte žiadosť v systéme IMI, aby ste ju prijali alebo navrhli inú lehotu.
    .subject = Nová žiadosť o informácie (odborné kvalifikácie)
pq_request-email-approval-needed =
    Žiadosť o informácie o odborných kvalifikáciách (žiadosť { $request }) čaká pred odoslaním na vaše schválenie.
    .subject = Žiadosť čaká na vaše schválenie
request-email-returned =
    Žiadosť { $request } vám bola vrátená: { $reason }
    .subject = Žiadosť vám bola vrátená
pq_request-email-allocated =
    Žiadosť { $request } (odborné kvalifikácie) vám bola pridelená.
    .subject = Bola vám pridelená žiadosť
request-email-accepted =
    Vaša žiadosť { $request } bola prijatá. Dožiadaný orgán odpovie do { $deadline }.
    .subject = Vaša žiadosť bola prijatá
request-email-forwarded =
    Vaša žiadosť { $request } bola preposlaná inému orgánu ({ $to }), ktorý ju teraz musí prijať.
    .subject = Vaša žiadosť bola preposlaná
request-email-replied =
    Na vašu žiadosť { $request } bolo odpovedané. Otvorte ju v systéme IMI a prečítajte si odpoveď.
    .subject = Na vašu žiadosť bolo odpovedané
request-email-further-information =
    Žiadajúci orgán žiada o doplňujúce informácie k žiadosti { $request }.
    .subject = Požadované doplňujúce informácie
request-email-cannot-provide =
    Dožiadaný orgán nemôže poskytnúť doplňujúce informácie požadované k žiadosti { $request }: { $reason }
    .subject = Doplňujúce informácie nemožno poskytnúť
request-email-referred =
    Žiadosť { $request } vám bola postúpená ako koordinátorovi žiadostí. Na postúpení sa zúčastňujete, pokiaľ sa z neho neodhlásite.
    .subject = Bola vám postúpená žiadosť
request-email-referral-delegated =
    Váš koordinátor vás poveril zodpovednosťou za postúpenie žiadosti { $request }.
    .subject = Bolo na vás delegované postúpenie
request-email-closed =
    Žiadajúci orgán uzavrel žiadosť { $request }.
    .subject = Žiadosť bola uzavretá
request-email-withdrawn =
    Žiadajúci orgán stiahol žiadosť { $request }: { $reason }
    .subject = Žiadosť bola stiahnutá
request-email-reminder =
    Na žiadosť { $request } je potrebné odpovedať do { $deadline }.
    .subject = Pripomienka: lehota na odpoveď na žiadosť čoskoro uplynie
request-email-overdue =
    Lehota na vybavenie žiadosti { $request } ({ $deadline }) uplynula bez odpovede.
    .subject = Žiadosť je po lehote

wf-services_request = Žiadosť o informácie – služby
services_request-guard-create = Oba orgány musia mať prístup k oblasti služieb a dožiadaný orgán musí byť iný orgán.
services_request-guard-forward = Žiadosť možno preposlať len inému orgánu s prístupom k oblasti služieb.
services_request-guard-refer = Za každý orgán vyberte jedného koordinátora žiadostí pre služby.
services_request-email-incoming =
    Váš orgán dostal žiadosť o informácie o poskytovateľovi služieb (žiadosť { $request }).
    Žiadajúci orgán žiada o odpoveď do { $deadline }.

    Otvorte žiadosť v systéme IMI, aby ste ju prijali alebo navrhli inú lehotu.
    .subject = Nová žiadosť o informácie (služby)
services_request-email-approval-needed =
    Žiadosť o informácie o poskytovateľovi služieb (žiadosť { $request }) čaká pred odoslaním na vaše schválenie.
    .subject = Žiadosť čaká na vaše schválenie
services_request-email-allocated =
    Žiadosť { $request } (služby) vám bola pridelená.
    .subject = Bola vám pridelená žiadosť

request-field-personal_data_blocked = Osobné údaje blokované
request-action-block_personal_data = Blokovať osobné údaje
request-action-consult_personal_data = Nahliadnuť do blokovaných osobných údajov
request-action-purge = Natrvalo vymazať
request-input-justification = Odôvodnenie
request-guard-justification = Osobné údaje sa blokujú šesť mesiacov po uzavretí; ak do nich chcete nahliadnuť, uveďte odôvodnenie s dĺžkou aspoň 20 znakov.
