# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Ienākošo pieprasījumu sadale pieprasījumu apstrādātājiem
setting-approve_requests = Pieprasījumu koordinators apstiprina pieprasījumus pirms to nosūtīšanas
setting-approve_replies = Pieprasījumu koordinators apstiprina atbildes pirms to nosūtīšanas
setting-referral_participation = Kā pieprasījumu koordinators piedalās koordinatoriem nodoto pieprasījumu izskatīšanā
setting-coordinator_sees_details = Pieprasījumu koordinatori var redzēt sīkāku informāciju par pieprasījumiem (nekad – personas datus)

wf-pq_request = Informācijas pieprasījums – profesionālā kvalifikācija
pq_request-party-requester = Pieprasītāja iestāde
pq_request-party-responder = Atbildes sniedzēja iestāde
pq_request-party-requester_coordinators = Pieprasītājas iestādes pieprasījumu koordinatori
pq_request-party-responder_coordinators = Atbildes sniedzējas iestādes pieprasījumu koordinatori
pq_request-party-requester_coordinator = Nodošana koordinatoriem: pieprasītājas iestādes koordinators
pq_request-party-responder_coordinator = Nodošana koordinatoriem: atbildes sniedzējas iestādes koordinators

pq_request-field-answers = Jautājumi un atbildes
pq_request-field-proposed_deadline = Ierosinātais termiņš
pq_request-field-deadline = Saskaņotais termiņš
pq_request-field-handler = Piešķirts apstrādātājam
pq_request-field-reason = Iemesls
pq_request-field-further_question = Pieprasītā papildu informācija
pq_request-field-overdue = Termiņš nokavēts
pq_request-field-rating_timeliness = Vērtējums: savlaicīgums
pq_request-field-rating_effort = Vērtējums: ieguldītās pūles
pq_request-field-sent_at = Nosūtīšanas datums
pq_request-field-accepted_at = Pieņemšanas datums
pq_request-field-replied_at = Atbildes datums
pq_request-field-closed_at = Slēgšanas datums
pq_request-input-responder = Atbildes sniedzēja iestāde
pq_request-input-to = Pārsūtīt iestādei
pq_request-input-requester_coordinator = Pieprasītājas iestādes koordinators
pq_request-input-responder_coordinator = Atbildes sniedzējas iestādes koordinators

pq_request-state-draft = Melnraksts
pq_request-state-awaiting_approval = Gaida koordinatora apstiprinājumu
pq_request-state-awaiting_acceptance = Gaida pieņemšanu
pq_request-state-accepted = Pieņemts, tiek sagatavota atbilde
pq_request-state-reply_awaiting_approval = Atbilde gaida koordinatora apstiprinājumu
pq_request-state-replied = Atbildēts
pq_request-state-further_information_requested = Pieprasīta papildu informācija
pq_request-state-cannot_provide = Papildu informāciju nevar sniegt
pq_request-state-referred = Nodots koordinatoriem
pq_request-state-closed = Slēgts
pq_request-state-withdrawn = Atsaukts
pq_request-state-deleted = Dzēsts

pq_request-action-create = Jauns pieprasījums
pq_request-action-save = Saglabāt melnrakstu
pq_request-action-delete_draft = Dzēst melnrakstu
pq_request-action-send = Nosūtīt
pq_request-action-approve_request = Apstiprināt pieprasījumu
pq_request-action-return_request = Atgriezt pieprasījumu
pq_request-action-allocate = Piešķirt pieprasījumu apstrādātājam
pq_request-action-accept = Pieņemt
pq_request-action-forward = Pārsūtīt citai iestādei
pq_request-action-reply = Atbildēt
pq_request-action-approve_reply = Apstiprināt atbildi
pq_request-action-return_reply = Atgriezt atbildi
pq_request-action-ask_further_information = Pieprasīt papildu informāciju
pq_request-action-provide_further_information = Sniegt papildu informāciju
pq_request-action-cannot_provide = Nevar sniegt papildu informāciju
pq_request-action-refer = Nodot koordinatoriem
pq_request-action-requester_coordinator_opts_out = Nepiedalīties izskatīšanā pēc nodošanas koordinatoriem
pq_request-action-responder_coordinator_opts_out = Nepiedalīties izskatīšanā pēc nodošanas koordinatoriem
pq_request-action-delegate_referral = Deleģēt pieprasījumu apstrādātājam
pq_request-action-conclude_referral = Pabeigt izskatīšanu pēc nodošanas koordinatoriem
pq_request-action-close = Pieņemt atbildi un slēgt
pq_request-action-withdraw = Atsaukt
pq_request-action-remind = Atgādinājums pirms termiņa
pq_request-action-notice_overdue = Termiņš nokavēts

pq_request-guard-create = Abām iestādēm jābūt piekļuvei profesionālās kvalifikācijas jomai, un atbildes sniedzējai iestādei jābūt citai iestādei.
pq_request-guard-deadline = Termiņam jābūt datumam nākotnē.
pq_request-guard-allocation = Jūsu iestāde nesadala ienākošos pieprasījumus.
pq_request-guard-forward = Pārsūtiet tikai citai iestādei, kurai ir piekļuve profesionālās kvalifikācijas jomai.
pq_request-guard-refer = Katrai iestādei izvēlieties profesionālās kvalifikācijas jomas pieprasījumu koordinatoru.
pq_request-guard-rating = Novērtējiet savlaicīgumu un ieguldītās pūles ar atzīmi no 1 līdz 5.

pq_request-email-incoming =
    Jūsu iestāde ir saņēmusi informācijas pieprasījumu par profesionālo kvalifikāciju (pieprasījums { $request }).
    Pieprasītāja iestāde lūdz atbildi līdz { $deadline }.

    Atveriet pieprasījumu IMI, lai to pieņemtu vai ierosinātu citu termiņu.
    .subject = Jauns informācijas pieprasījums (profesionālā kvalifikācija)
pq_request-email-approval-needed =
    Informācijas pieprasījums par profesionālo kvalifikāciju (pieprasījums { $request }) pirms nosūtīšanas gaida jūsu apstiprinājumu.
    .subject = Pieprasījums gaida jūsu apstiprinājumu
pq_request-email-returned =
    Pieprasījums { $request } jums tika atgriezts: { $reason }
    .subject = Jums tika atgriezts pieprasījums
pq_request-email-allocated =
    Pieprasījums { $request } (profesionālā kvalifikācija) ir piešķirts jums.
    .subject = Jums ir piešķirts pieprasījums
pq_request-email-accepted =
    Jūsu pieprasījums { $request } tika pieņemts. Atbildes sniedzēja iestāde atbildēs līdz { $deadline }.
    .subject = Jūsu pieprasījums tika pieņemts
pq_request-email-forwarded =
    Jūsu pieprasījums { $request } tika pārsūtīts citai iestādei ({ $to }), kurai tas tagad ir jāpieņem.
    .subject = Jūsu pieprasījums tika pārsūtīts
pq_request-email-replied =
    Uz jūsu pieprasījumu { $request } ir atbildēts. Atveriet to IMI, lai izlasītu atbildi.
    .subject = Uz jūsu pieprasījumu ir atbildēts
pq_request-email-further-information =
    Pieprasītāja iestāde lūdz papildu informāciju par pieprasījumu { $request }.
    .subject = Pieprasīta papildu informācija
pq_request-email-cannot-provide =
    Atbildes sniedzēja iestāde nevar sniegt papildu informāciju, kas tika lūgta par pieprasījumu { $request }: { $reason }
    .subject = Papildu informāciju nevar sniegt
pq_request-email-referred =
    Pieprasījums { $request } ir nodots jums kā pieprasījumu koordinatoram. Jūs piedalāties tā izskatīšanā, ja vien no dalības neatsakāties.
    .subject = Jums ir nodots pieprasījums
pq_request-email-referral-delegated =
    Jūsu koordinators ir uzticējis jums atbildību par koordinatoriem nodotā pieprasījuma { $request } izskatīšanu.
    .subject = Jums ir deleģēts koordinatoriem nodots pieprasījums
pq_request-email-closed =
    Pieprasītāja iestāde slēdza pieprasījumu { $request }.
    .subject = Pieprasījums tika slēgts
pq_request-email-withdrawn =
    Pieprasītāja iestāde atsauca pieprasījumu { $request }: { $reason }
    .subject = Pieprasījums tika atsaukts
pq_request-email-reminder =
    Uz pieprasījumu { $request } jāatbild līdz { $deadline }.
    .subject = Atgādinājums: drīz beigsies pieprasījuma termiņš
pq_request-email-overdue =
    Pieprasījuma { $request } termiņš ({ $deadline }) ir beidzies, bet atbilde nav sniegta.
    .subject = Pieprasījuma termiņš ir nokavēts
