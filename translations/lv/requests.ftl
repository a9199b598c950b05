# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Ienākošo pieprasījumu sadale pieprasījumu apstrādātājiem
setting-approve_requests = Pieprasījumu koordinators apstiprina pieprasījumus pirms to nosūtīšanas
setting-approve_replies = Pieprasījumu koordinators apstiprina atbildes pirms to nosūtīšanas
setting-referral_participation = Kā pieprasījumu koordinators piedalās koordinatoriem nodoto pieprasījumu izskatīšanā
setting-coordinator_sees_details = Pieprasījumu koordinatori var redzēt sīkāku informāciju par pieprasījumiem (nekad – personas datus)

wf-pq_request = Informācijas pieprasījums – profesionālā kvalifikācija
request-party-requester = Pieprasītāja iestāde
request-party-responder = Atbildes sniedzēja iestāde
request-party-requester_coordinators = Pieprasītājas iestādes pieprasījumu koordinatori
request-party-responder_coordinators = Atbildes sniedzējas iestādes pieprasījumu koordinatori
request-party-requester_coordinator = Nodošana koordinatoriem: pieprasītājas iestādes koordinators
request-party-responder_coordinator = Nodošana koordinatoriem: atbildes sniedzējas iestādes koordinators

request-field-answers = Jautājumi un atbildes
request-field-proposed_deadline = Ierosinātais termiņš
request-field-deadline = Saskaņotais termiņš
request-field-handler = Piešķirts apstrādātājam
request-field-reason = Iemesls
request-field-further_question = Pieprasītā papildu informācija
request-field-overdue = Termiņš nokavēts
request-field-rating_timeliness = Vērtējums: savlaicīgums
request-field-rating_effort = Vērtējums: ieguldītās pūles
request-field-sent_at = Nosūtīšanas datums
request-field-accepted_at = Pieņemšanas datums
request-field-replied_at = Atbildes datums
request-field-closed_at = Slēgšanas datums
request-input-responder = Atbildes sniedzēja iestāde
request-input-to = Pārsūtīt iestādei
request-input-requester_coordinator = Pieprasītājas iestādes koordinators
request-input-responder_coordinator = Atbildes sniedzējas iestādes koordinators

request-state-draft = Melnraksts
request-state-awaiting_approval = Gaida koordinatora apstiprinājumu
request-state-awaiting_acceptance = Gaida pieņemšanu
request-state-accepted = Pieņemts, tiek sagatavota atbilde
request-state-reply_awaiting_approval = Atbilde gaida koordinatora apstiprinājumu
request-state-replied = Atbildēts
request-state-further_information_requested = Pieprasīta papildu informācija
request-state-cannot_provide = Papildu informāciju nevar sniegt
request-state-referred = Nodots koordinatoriem
request-state-closed = Slēgts
request-state-withdrawn = Atsaukts
request-state-deleted = Dzēsts

request-action-create = Jauns pieprasījums
request-action-save = Saglabāt melnrakstu
request-action-delete_draft = Dzēst melnrakstu
request-action-send = Nosūtīt
request-action-approve_request = Apstiprināt pieprasījumu
request-action-return_request = Atgriezt pieprasījumu
request-action-allocate = Piešķirt pieprasījumu apstrādātājam
request-action-accept = Pieņemt
request-action-forward = Pārsūtīt citai iestādei
request-action-reply = Atbildēt
request-action-approve_reply = Apstiprināt atbildi
request-action-return_reply = Atgriezt atbildi
request-action-ask_further_information = Pieprasīt papildu informāciju
request-action-provide_further_information = Sniegt papildu informāciju
request-action-cannot_provide = Nevar sniegt papildu informāciju
request-action-refer = Nodot koordinatoriem
request-action-requester_coordinator_opts_out = Nepiedalīties izskatīšanā pēc nodošanas koordinatoriem
request-action-responder_coordinator_opts_out = Nepiedalīties izskatīšanā pēc nodošanas koordinatoriem
request-action-delegate_referral = Deleģēt pieprasījumu apstrādātājam
request-action-conclude_referral = Pabeigt izskatīšanu pēc nodošanas koordinatoriem
request-action-close = Pieņemt atbildi un slēgt
request-action-withdraw = Atsaukt
request-action-remind = Atgādinājums pirms termiņa
request-action-notice_overdue = Termiņš nokavēts

pq_request-guard-create = Abām iestādēm jābūt piekļuvei profesionālās kvalifikācijas jomai, un atbildes sniedzējai iestādei jābūt citai iestādei.
request-guard-deadline = Termiņam jābūt datumam nākotnē.
request-guard-allocation = Jūsu iestāde nesadala ienākošos pieprasījumus.
pq_request-guard-forward = Pārsūtiet tikai citai iestādei, kurai ir piekļuve profesionālās kvalifikācijas jomai.
pq_request-guard-refer = Katrai iestādei izvēlieties profesionālās kvalifikācijas jomas pieprasījumu koordinatoru.
request-guard-rating = Novērtējiet savlaicīgumu un ieguldītās pūles ar atzīmi no 1 līdz 5.

pq_request-email-incoming =
    Jūsu iestāde ir saņēmusi informācijas pieprasījumu par profesionālo kvalifikāciju (pieprasījums { $request }).
    Pieprasītāja iestāde lūdz atbildi līdz { $deadline }.

    Atveriet pieprasījumu IMI, lai to pieņemtu vai ierosinātu citu termiņu.
    .subject = Jauns informācijas pieprasījums (profesionālā kvalifikācija)
pq_request-email-approval-needed =
    Informācijas pieprasījums par profesionālo kvalifikāciju (pieprasījums { $request }) pirms nosūtīšanas gaida jūsu apstiprinājumu.
    .subject = Pieprasījums gaida jūsu apstiprinājumu
request-email-returned =
    Pieprasījums { $request } jums tika atgriezts: { $reason }
    .subject = Jums tika atgriezts pieprasījums
pq_request-email-allocated =
    Pieprasījums { $request } (profesionālā kvalifikācija) ir piešķirts jums.
    .subject = Jums ir piešķirts pieprasījums
request-email-accepted =
    Jūsu pieprasījums { $request } tika pieņemts. Atbildes sniedzēja iestāde atbildēs līdz { $deadline }.
    .subject = Jūsu pieprasījums tika pieņemts
request-email-forwarded =
    Jūsu pieprasījums { $request } tika pārsūtīts citai iestādei ({ $to }), kurai tas tagad ir jāpieņem.
    .subject = Jūsu pieprasījums tika pārsūtīts
request-email-replied =
    Uz jūsu pieprasījumu { $request } ir atbildēts. Atveriet to IMI, lai izlasītu atbildi.
    .subject = Uz jūsu pieprasījumu ir atbildēts
request-email-further-information =
    Pieprasītāja iestāde lūdz papildu informāciju par pieprasījumu { $request }.
    .subject = Pieprasīta papildu informācija
request-email-cannot-provide =
    Atbildes sniedzēja iestāde nevar sniegt papildu informāciju, kas tika lūgta par pieprasījumu { $request }: { $reason }
    .subject = Papildu informāciju nevar sniegt
request-email-referred =
    Pieprasījums { $request } ir nodots jums kā pieprasījumu koordinatoram. Jūs piedalāties tā izskatīšanā, ja vien no dalības neatsakāties.
    .subject = Jums ir nodots pieprasījums
request-email-referral-delegated =
    Jūsu koordinators ir uzticējis jums atbildību par koordinatoriem nodotā pieprasījuma { $request } izskatīšanu.
    .subject = Jums ir deleģēts koordinatoriem nodots pieprasījums
request-email-closed =
    Pieprasītāja iestāde slēdza pieprasījumu { $request }.
    .subject = Pieprasījums tika slēgts
request-email-withdrawn =
    Pieprasītāja iestāde atsauca pieprasījumu { $request }: { $reason }
    .subject = Pieprasījums tika atsaukts
request-email-reminder =
    Uz pieprasījumu { $request } jāatbild līdz { $deadline }.
    .subject = Atgādinājums: drīz beigsies pieprasījuma termiņš
request-email-overdue =
    Pieprasījuma { $request } termiņš ({ $deadline }) ir beidzies, bet atbilde nav sniegta.
    .subject = Pieprasījuma termiņš ir nokavēts

wf-services_request = Informācijas pieprasījums – pakalpojumi
services_request-guard-create = Abām iestādēm jābūt piekļuvei pakalpojumu jomai, un atbildes sniedzējai iestādei jābūt citai iestādei.
services_request-guard-forward = Pārsūtiet tikai citai iestādei, kurai ir piekļuve pakalpojumu jomai.
services_request-guard-refer = Katrai iestādei izvēlieties pakalpojumu jomas pieprasījumu koordinatoru.
services_request-email-incoming =
    Jūsu iestāde ir saņēmusi informācijas pieprasījumu par pakalpojumu sniedzēju (pieprasījums { $request }).
    Pieprasītāja iestāde lūdz atbildi līdz { $deadline }.

    Atveriet pieprasījumu IMI, lai to pieņemtu vai ierosinātu citu termiņu.
    .subject = Jauns informācijas pieprasījums (pakalpojumi)
services_request-email-approval-needed =
    Informācijas pieprasījums par pakalpojumu sniedzēju (pieprasījums { $request }) pirms nosūtīšanas gaida jūsu apstiprinājumu.
    .subject = Pieprasījums gaida jūsu apstiprinājumu
services_request-email-allocated =
    Pieprasījums { $request } (pakalpojumi) ir piešķirts jums.
    .subject = Jums ir piešķirts pieprasījums

request-field-personal_data_blocked = Personas dati bloķēti
request-action-block_personal_data = Bloķēt personas datus
request-action-consult_personal_data = Skatīt bloķētos personas datus
request-action-purge = Dzēst neatgriezeniski
request-input-justification = Pamatojums
request-guard-justification = Personas datus bloķē sešus mēnešus pēc slēgšanas; lai tos skatītu, norādiet pamatojumu, kas nav īsāks par 20 rakstzīmēm.
