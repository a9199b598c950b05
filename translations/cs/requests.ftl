# Žádosti o informace (R-REQ): pracovní postup pro žádosti týkající se odborných
# kvalifikací, jeho e-maily a nastavení oblasti, na kterých žádosti závisejí.

setting-allocation = Přidělování příchozích žádostí zpracovatelům žádostí
setting-approve_requests = Koordinátor žádostí schvaluje žádosti před jejich odesláním
setting-approve_replies = Koordinátor žádostí schvaluje odpovědi před jejich odesláním
setting-referral_participation = Účastní se postoupení jako koordinátor žádostí
setting-coordinator_sees_details = Koordinátoři žádostí mohou vidět podrobnosti žádostí (nikdy osobní údaje)

wf-pq_request = Žádost o informace – odborné kvalifikace
request-party-requester = Žádající orgán
request-party-responder = Odpovídající orgán
request-party-requester_coordinators = Koordinátoři žádostí žádajícího orgánu
request-party-responder_coordinators = Koordinátoři žádostí odpovídajícího orgánu
request-party-requester_coordinator = Postoupení: koordinátor žádajícího orgánu
request-party-responder_coordinator = Postoupení: koordinátor odpovídajícího orgánu

request-field-answers = Otázky a odpovědi
request-field-proposed_deadline = Navrhovaná lhůta
request-field-deadline = Dohodnutá lhůta
request-field-handler = Přiděleno
request-field-reason = Důvod
request-field-further_question = Vyžádané doplňující informace
request-field-overdue = Po lhůtě
request-field-rating_timeliness = Hodnocení: včasnost
request-field-rating_effort = Hodnocení: vynaložené úsilí
request-field-sent_at = Odesláno dne
request-field-accepted_at = Přijato dne
request-field-replied_at = Zodpovězeno dne
request-field-closed_at = Uzavřeno dne
request-input-responder = Odpovídající orgán
request-input-to = Předat orgánu
request-input-requester_coordinator = Koordinátor žádajícího orgánu
request-input-responder_coordinator = Koordinátor odpovídajícího orgánu

request-state-draft = Koncept
request-state-awaiting_approval = Čeká na schválení koordinátorem
request-state-awaiting_acceptance = Čeká na přijetí
request-state-accepted = Přijatá, připravuje se odpověď
request-state-reply_awaiting_approval = Odpověď čeká na schválení koordinátorem
request-state-replied = Zodpovězená
request-state-further_information_requested = Vyžádány doplňující informace
request-state-cannot_provide = Doplňující informace nelze poskytnout
request-state-referred = Postoupená koordinátorům
request-state-closed = Uzavřená
request-state-withdrawn = Stažená
request-state-deleted = Vymazaná

request-action-create = Nová žádost
request-action-save = Uložit koncept
request-action-delete_draft = Vymazat koncept
request-action-send = Odeslat
request-action-approve_request = Schválit žádost
request-action-return_request = Vrátit žádost
request-action-allocate = Přidělit zpracovateli žádostí
request-action-accept = Přijmout
request-action-forward = Předat jinému orgánu
request-action-reply = Odpovědět
request-action-approve_reply = Schválit odpověď
request-action-return_reply = Vrátit odpověď
request-action-ask_further_information = Vyžádat doplňující informace
request-action-provide_further_information = Poskytnout doplňující informace
request-action-cannot_provide = Doplňující informace nelze poskytnout
request-action-refer = Postoupit koordinátorům
request-action-requester_coordinator_opts_out = Neúčastnit se postoupení
request-action-responder_coordinator_opts_out = Neúčastnit se postoupení
request-action-delegate_referral = Delegovat na zpracovatele žádostí
request-action-conclude_referral = Uzavřít postoupení
request-action-close = Přijmout odpověď a uzavřít
request-action-withdraw = Stáhnout
request-action-remind = Upomínka před uplynutím lhůty
request-action-notice_overdue = Lhůta uplynula

pq_request-guard-create = Oba orgány musí mít přístup k odborným kvalifikacím a odpovídající orgán musí být jiný orgán.
request-guard-deadline = Lhůta musí být datum v budoucnosti.
request-guard-allocation = Váš orgán příchozí žádosti nepřiděluje.
pq_request-guard-forward = Předat lze pouze jinému orgánu s přístupem k odborným kvalifikacím.
pq_request-guard-refer = Zvolte pro každý orgán jednoho koordinátora žádostí pro odborné kvalifikace.
request-guard-rating = Ohodnoťte včasnost a úsilí na stupnici od 1 do 5.

pq_request-email-incoming =
    Váš orgán obdržel žádost o informace týkající se odborných kvalifikací (žádost { $request }).
    Žádající orgán žádá o odpověď do { $deadline }.

    Otevřete žádost v systému IMI a přijměte ji, nebo navrhněte jinou lhůtu.
    .subject = Nová žádost o informace (odborné kvalifikace)
pq_request-email-approval-needed =
    Žádost o informace týkající se odborných kvalifikací (žádost { $request }) čeká před odesláním na vaše schválení.
    .subject = Žádost čeká na vaše schválení
request-email-returned =
    Žádost { $request } vám byla vrácena: { $reason }
    .subject = Žádost vám byla vrácena
pq_request-email-allocated =
    Žádost { $request } (odborné kvalifikace) vám byla přidělena.
    .subject = Byla vám přidělena žádost
request-email-accepted =
    Vaše žádost { $request } byla přijata. Odpovídající orgán odpoví do { $deadline }.
    .subject = Vaše žádost byla přijata
request-email-forwarded =
    Vaše žádost { $request } byla předána jinému orgánu ({ $to }), který ji nyní musí přijmout.
    .subject = Vaše žádost byla předána
request-email-replied =
    Na vaši žádost { $request } bylo odpovězeno. Otevřete ji v systému IMI a přečtěte si odpověď.
    .subject = Na vaši žádost bylo odpovězeno
request-email-further-information =
    Žádající orgán žádá o doplňující informace k žádosti { $request }.
    .subject = Vyžádány doplňující informace
request-email-cannot-provide =
    Odpovídající orgán nemůže poskytnout doplňující informace vyžádané k žádosti { $request }: { $reason }
    .subject = Doplňující informace nelze poskytnout
request-email-referred =
    Žádost { $request } vám byla postoupena jako koordinátorovi žádostí. Účastníte se, pokud svou účast neodmítnete.
    .subject = Byla vám postoupena žádost
request-email-referral-delegated =
    Váš koordinátor vás pověřil odpovědností za postoupení žádosti { $request }.
    .subject = Bylo vám svěřeno postoupení
request-email-closed =
    Žádost { $request } byla uzavřena žádajícím orgánem.
    .subject = Žádost byla uzavřena
request-email-withdrawn =
    Žádost { $request } byla stažena žádajícím orgánem: { $reason }
    .subject = Žádost byla stažena
request-email-reminder =
    Na žádost { $request } je třeba odpovědět do { $deadline }.
    .subject = Upomínka: blíží se lhůta pro odpověď na žádost
request-email-overdue =
    Lhůta pro žádost { $request } ({ $deadline }) uplynula bez odpovědi.
    .subject = Žádost je po lhůtě

wf-services_request = Žádost o informace – služby
services_request-guard-create = Oba orgány musí mít přístup ke službám a odpovídající orgán musí být jiný orgán.
services_request-guard-forward = Předat lze pouze jinému orgánu s přístupem ke službám.
services_request-guard-refer = Zvolte pro každý orgán jednoho koordinátora žádostí pro služby.
services_request-email-incoming =
    Váš orgán obdržel žádost o informace týkající se poskytovatele služeb (žádost { $request }).
    Žádající orgán žádá o odpověď do { $deadline }.

    Otevřete žádost v systému IMI a přijměte ji, nebo navrhněte jinou lhůtu.
    .subject = Nová žádost o informace (služby)
services_request-email-approval-needed =
    Žádost o informace týkající se poskytovatele služeb (žádost { $request }) čeká před odesláním na vaše schválení.
    .subject = Žádost čeká na vaše schválení
services_request-email-allocated =
    Žádost { $request } (služby) vám byla přidělena.
    .subject = Byla vám přidělena žádost

request-field-personal_data_blocked = Osobní údaje blokovány
request-action-block_personal_data = Blokovat osobní údaje
request-action-consult_personal_data = Nahlédnout do blokovaných osobních údajů
request-action-purge = Trvale vymazat
request-input-justification = Odůvodnění
request-guard-justification = Osobní údaje jsou blokovány šest měsíců po uzavření; chcete-li do nich nahlédnout, uveďte odůvodnění o délce alespoň 20 znaků.
