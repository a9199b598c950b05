# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Prideľovanie prijatých žiadostí spracovateľom žiadostí
setting-approve_requests = Koordinátor žiadostí schvaľuje žiadosti pred ich odoslaním
setting-approve_replies = Koordinátor žiadostí schvaľuje odpovede pred ich odoslaním
setting-referral_participation = Zúčastňuje sa na postúpeniach ako koordinátor žiadostí
setting-coordinator_sees_details = Koordinátori žiadostí môžu vidieť podrobnosti žiadostí (nikdy nie osobné údaje)

wf-pq_request = Žiadosť o informácie – odborné kvalifikácie
pq_request-party-requester = Žiadajúci orgán
pq_request-party-responder = Dožiadaný orgán
pq_request-party-requester_coordinators = Koordinátori žiadostí žiadajúceho orgánu
pq_request-party-responder_coordinators = Koordinátori žiadostí dožiadaného orgánu
pq_request-party-requester_coordinator = Postúpenie: koordinátor žiadajúceho orgánu
pq_request-party-responder_coordinator = Postúpenie: koordinátor dožiadaného orgánu

pq_request-field-answers = Otázky a odpovede
pq_request-field-proposed_deadline = Navrhovaná lehota
pq_request-field-deadline = Dohodnutá lehota
pq_request-field-handler = Pridelené používateľovi
pq_request-field-reason = Dôvod
pq_request-field-further_question = Požadované doplňujúce informácie
pq_request-field-overdue = Po lehote
pq_request-field-rating_timeliness = Hodnotenie: včasnosť
pq_request-field-rating_effort = Hodnotenie: vynaložené úsilie
pq_request-field-sent_at = Dátum odoslania
pq_request-field-accepted_at = Dátum prijatia
pq_request-field-replied_at = Dátum odpovede
pq_request-field-closed_at = Dátum uzavretia
pq_request-input-responder = Dožiadaný orgán
pq_request-input-to = Preposlať orgánu
pq_request-input-requester_coordinator = Koordinátor žiadajúceho orgánu
pq_request-input-responder_coordinator = Koordinátor dožiadaného orgánu

pq_request-state-draft = Koncept
pq_request-state-awaiting_approval = Čaká na schválenie koordinátorom
pq_request-state-awaiting_acceptance = Čaká na prijatie
pq_request-state-accepted = Prijatá, pripravuje sa odpoveď
pq_request-state-reply_awaiting_approval = Odpoveď čaká na schválenie koordinátorom
pq_request-state-replied = Zodpovedaná
pq_request-state-further_information_requested = Požadované doplňujúce informácie
pq_request-state-cannot_provide = Doplňujúce informácie nemožno poskytnúť
pq_request-state-referred = Postúpená koordinátorom
pq_request-state-closed = Uzavretá
pq_request-state-withdrawn = Stiahnutá
pq_request-state-deleted = Vymazaná

pq_request-action-create = Nová žiadosť
pq_request-action-save = Uložiť koncept
pq_request-action-delete_draft = Vymazať koncept
pq_request-action-send = Odoslať
pq_request-action-approve_request = Schváliť žiadosť
pq_request-action-return_request = Vrátiť žiadosť
pq_request-action-allocate = Prideliť spracovateľovi žiadostí
pq_request-action-accept = Prijať
pq_request-action-forward = Preposlať inému orgánu
pq_request-action-reply = Odpovedať
pq_request-action-approve_reply = Schváliť odpoveď
pq_request-action-return_reply = Vrátiť odpoveď
pq_request-action-ask_further_information = Požiadať o doplňujúce informácie
pq_request-action-provide_further_information = Poskytnúť doplňujúce informácie
pq_request-action-cannot_provide = Doplňujúce informácie nemožno poskytnúť
pq_request-action-refer = Postúpiť koordinátorom
pq_request-action-requester_coordinator_opts_out = Nezúčastniť sa na postúpení
pq_request-action-responder_coordinator_opts_out = Nezúčastniť sa na postúpení
pq_request-action-delegate_referral = Delegovať na spracovateľa žiadostí
pq_request-action-conclude_referral = Ukončiť postúpenie
pq_request-action-close = Prijať odpoveď a uzavrieť
pq_request-action-withdraw = Stiahnuť
pq_request-action-remind = Pripomienka pred uplynutím lehoty
pq_request-action-notice_overdue = Lehota uplynula

pq_request-guard-create = Oba orgány musia mať prístup k oblasti odborných kvalifikácií a dožiadaný orgán musí byť iný orgán.
pq_request-guard-deadline = Lehota musí byť dátum v budúcnosti.
pq_request-guard-allocation = Váš orgán neprideľuje prijaté žiadosti.
pq_request-guard-forward = Žiadosť možno preposlať len inému orgánu s prístupom k oblasti odborných kvalifikácií.
pq_request-guard-refer = Za každý orgán vyberte jedného koordinátora žiadostí pre odborné kvalifikácie.
pq_request-guard-rating = Ohodnoťte včasnosť a vynaložené úsilie na stupnici od 1 do 5.

pq_request-email-incoming =
    Váš orgán dostal žiadosť o informácie o odborných kvalifikáciách (žiadosť { $request }).
    Žiadajúci orgán žiada o odpoveď do { $deadline }.

    Otvorte žiadosť v systéme IMI, aby ste ju prijali alebo navrhli inú lehotu.
    .subject = Nová žiadosť o informácie (odborné kvalifikácie)
pq_request-email-approval-needed =
    Žiadosť o informácie o odborných kvalifikáciách (žiadosť { $request }) čaká pred odoslaním na vaše schválenie.
    .subject = Žiadosť čaká na vaše schválenie
pq_request-email-returned =
    Žiadosť { $request } vám bola vrátená: { $reason }
    .subject = Žiadosť vám bola vrátená
pq_request-email-allocated =
    Žiadosť { $request } (odborné kvalifikácie) vám bola pridelená.
    .subject = Bola vám pridelená žiadosť
pq_request-email-accepted =
    Vaša žiadosť { $request } bola prijatá. Dožiadaný orgán odpovie do { $deadline }.
    .subject = Vaša žiadosť bola prijatá
pq_request-email-forwarded =
    Vaša žiadosť { $request } bola preposlaná inému orgánu ({ $to }), ktorý ju teraz musí prijať.
    .subject = Vaša žiadosť bola preposlaná
pq_request-email-replied =
    Na vašu žiadosť { $request } bolo odpovedané. Otvorte ju v systéme IMI a prečítajte si odpoveď.
    .subject = Na vašu žiadosť bolo odpovedané
pq_request-email-further-information =
    Žiadajúci orgán žiada o doplňujúce informácie k žiadosti { $request }.
    .subject = Požadované doplňujúce informácie
pq_request-email-cannot-provide =
    Dožiadaný orgán nemôže poskytnúť doplňujúce informácie požadované k žiadosti { $request }: { $reason }
    .subject = Doplňujúce informácie nemožno poskytnúť
pq_request-email-referred =
    Žiadosť { $request } vám bola postúpená ako koordinátorovi žiadostí. Na postúpení sa zúčastňujete, pokiaľ sa z neho neodhlásite.
    .subject = Bola vám postúpená žiadosť
pq_request-email-referral-delegated =
    Váš koordinátor vás poveril zodpovednosťou za postúpenie žiadosti { $request }.
    .subject = Bolo na vás delegované postúpenie
pq_request-email-closed =
    Žiadajúci orgán uzavrel žiadosť { $request }.
    .subject = Žiadosť bola uzavretá
pq_request-email-withdrawn =
    Žiadajúci orgán stiahol žiadosť { $request }: { $reason }
    .subject = Žiadosť bola stiahnutá
pq_request-email-reminder =
    Na žiadosť { $request } je potrebné odpovedať do { $deadline }.
    .subject = Pripomienka: lehota na odpoveď na žiadosť čoskoro uplynie
pq_request-email-overdue =
    Lehota na vybavenie žiadosti { $request } ({ $deadline }) uplynula bez odpovede.
    .subject = Žiadosť je po lehote
