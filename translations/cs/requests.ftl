# Žádosti o informace (R-REQ): pracovní postup pro žádosti týkající se odborných
# kvalifikací, jeho e-maily a nastavení oblasti, na kterých žádosti závisejí.

setting-allocation = Přidělování příchozích žádostí zpracovatelům žádostí
setting-approve_requests = Koordinátor žádostí schvaluje žádosti před jejich odesláním
setting-approve_replies = Koordinátor žádostí schvaluje odpovědi před jejich odesláním
setting-referral_participation = Účastní se postoupení jako koordinátor žádostí
setting-coordinator_sees_details = Koordinátoři žádostí mohou vidět podrobnosti žádostí (nikdy osobní údaje)

wf-pq_request = Žádost o informace – odborné kvalifikace
pq_request-party-requester = Žádající orgán
pq_request-party-responder = Odpovídající orgán
pq_request-party-requester_coordinators = Koordinátoři žádostí žádajícího orgánu
pq_request-party-responder_coordinators = Koordinátoři žádostí odpovídajícího orgánu
pq_request-party-requester_coordinator = Postoupení: koordinátor žádajícího orgánu
pq_request-party-responder_coordinator = Postoupení: koordinátor odpovídajícího orgánu

pq_request-field-answers = Otázky a odpovědi
pq_request-field-proposed_deadline = Navrhovaná lhůta
pq_request-field-deadline = Dohodnutá lhůta
pq_request-field-handler = Přiděleno
pq_request-field-reason = Důvod
pq_request-field-further_question = Vyžádané doplňující informace
pq_request-field-overdue = Po lhůtě
pq_request-field-rating_timeliness = Hodnocení: včasnost
pq_request-field-rating_effort = Hodnocení: vynaložené úsilí
pq_request-field-sent_at = Odesláno dne
pq_request-field-accepted_at = Přijato dne
pq_request-field-replied_at = Zodpovězeno dne
pq_request-field-closed_at = Uzavřeno dne
pq_request-input-responder = Odpovídající orgán
pq_request-input-to = Předat orgánu
pq_request-input-requester_coordinator = Koordinátor žádajícího orgánu
pq_request-input-responder_coordinator = Koordinátor odpovídajícího orgánu

pq_request-state-draft = Koncept
pq_request-state-awaiting_approval = Čeká na schválení koordinátorem
pq_request-state-awaiting_acceptance = Čeká na přijetí
pq_request-state-accepted = Přijatá, připravuje se odpověď
pq_request-state-reply_awaiting_approval = Odpověď čeká na schválení koordinátorem
pq_request-state-replied = Zodpovězená
pq_request-state-further_information_requested = Vyžádány doplňující informace
pq_request-state-cannot_provide = Doplňující informace nelze poskytnout
pq_request-state-referred = Postoupená koordinátorům
pq_request-state-closed = Uzavřená
pq_request-state-withdrawn = Stažená
pq_request-state-deleted = Vymazaná

pq_request-action-create = Nová žádost
pq_request-action-save = Uložit koncept
pq_request-action-delete_draft = Vymazat koncept
pq_request-action-send = Odeslat
pq_request-action-approve_request = Schválit žádost
pq_request-action-return_request = Vrátit žádost
pq_request-action-allocate = Přidělit zpracovateli žádostí
pq_request-action-accept = Přijmout
pq_request-action-forward = Předat jinému orgánu
pq_request-action-reply = Odpovědět
pq_request-action-approve_reply = Schválit odpověď
pq_request-action-return_reply = Vrátit odpověď
pq_request-action-ask_further_information = Vyžádat doplňující informace
pq_request-action-provide_further_information = Poskytnout doplňující informace
pq_request-action-cannot_provide = Doplňující informace nelze poskytnout
pq_request-action-refer = Postoupit koordinátorům
pq_request-action-requester_coordinator_opts_out = Neúčastnit se postoupení
pq_request-action-responder_coordinator_opts_out = Neúčastnit se postoupení
pq_request-action-delegate_referral = Delegovat na zpracovatele žádostí
pq_request-action-conclude_referral = Uzavřít postoupení
pq_request-action-close = Přijmout odpověď a uzavřít
pq_request-action-withdraw = Stáhnout
pq_request-action-remind = Upomínka před uplynutím lhůty
pq_request-action-notice_overdue = Lhůta uplynula

pq_request-guard-create = Oba orgány musí mít přístup k odborným kvalifikacím a odpovídající orgán musí být jiný orgán.
pq_request-guard-deadline = Lhůta musí být datum v budoucnosti.
pq_request-guard-allocation = Váš orgán příchozí žádosti nepřiděluje.
pq_request-guard-forward = Předat lze pouze jinému orgánu s přístupem k odborným kvalifikacím.
pq_request-guard-refer = Zvolte pro každý orgán jednoho koordinátora žádostí pro odborné kvalifikace.
pq_request-guard-rating = Ohodnoťte včasnost a úsilí na stupnici od 1 do 5.

pq_request-email-incoming =
    Váš orgán obdržel žádost o informace týkající se odborných kvalifikací (žádost { $request }).
    Žádající orgán žádá o odpověď do { $deadline }.

    Otevřete žádost v systému IMI a přijměte ji, nebo navrhněte jinou lhůtu.
    .subject = Nová žádost o informace (odborné kvalifikace)
pq_request-email-approval-needed =
    Žádost o informace týkající se odborných kvalifikací (žádost { $request }) čeká před odesláním na vaše schválení.
    .subject = Žádost čeká na vaše schválení
pq_request-email-returned =
    Žádost { $request } vám byla vrácena: { $reason }
    .subject = Žádost vám byla vrácena
pq_request-email-allocated =
    Žádost { $request } (odborné kvalifikace) vám byla přidělena.
    .subject = Byla vám přidělena žádost
pq_request-email-accepted =
    Vaše žádost { $request } byla přijata. Odpovídající orgán odpoví do { $deadline }.
    .subject = Vaše žádost byla přijata
pq_request-email-forwarded =
    Vaše žádost { $request } byla předána jinému orgánu ({ $to }), který ji nyní musí přijmout.
    .subject = Vaše žádost byla předána
pq_request-email-replied =
    Na vaši žádost { $request } bylo odpovězeno. Otevřete ji v systému IMI a přečtěte si odpověď.
    .subject = Na vaši žádost bylo odpovězeno
pq_request-email-further-information =
    Žádající orgán žádá o doplňující informace k žádosti { $request }.
    .subject = Vyžádány doplňující informace
pq_request-email-cannot-provide =
    Odpovídající orgán nemůže poskytnout doplňující informace vyžádané k žádosti { $request }: { $reason }
    .subject = Doplňující informace nelze poskytnout
pq_request-email-referred =
    Žádost { $request } vám byla postoupena jako koordinátorovi žádostí. Účastníte se, pokud svou účast neodmítnete.
    .subject = Byla vám postoupena žádost
pq_request-email-referral-delegated =
    Váš koordinátor vás pověřil odpovědností za postoupení žádosti { $request }.
    .subject = Bylo vám svěřeno postoupení
pq_request-email-closed =
    Žádost { $request } byla uzavřena žádajícím orgánem.
    .subject = Žádost byla uzavřena
pq_request-email-withdrawn =
    Žádost { $request } byla stažena žádajícím orgánem: { $reason }
    .subject = Žádost byla stažena
pq_request-email-reminder =
    Na žádost { $request } je třeba odpovědět do { $deadline }.
    .subject = Upomínka: blíží se lhůta pro odpověď na žádost
pq_request-email-overdue =
    Lhůta pro žádost { $request } ({ $deadline }) uplynula bez odpovědi.
    .subject = Žádost je po lhůtě
