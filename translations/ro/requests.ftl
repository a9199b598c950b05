# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Alocarea cererilor primite către responsabilii cu gestionarea cererilor
setting-approve_requests = Coordonatorul de cereri aprobă cererile înainte de trimitere
setting-approve_replies = Coordonatorul de cereri aprobă răspunsurile înainte de trimitere
setting-referral_participation = Participă la sesizări în calitate de coordonator de cereri
setting-coordinator_sees_details = Coordonatorii de cereri pot vedea detaliile cererilor (niciodată datele cu caracter personal)

wf-pq_request = Cerere de informații – calificări profesionale
pq_request-party-requester = Autoritate solicitantă
pq_request-party-responder = Autoritate solicitată
pq_request-party-requester_coordinators = Coordonatorii de cereri ai autorității solicitante
pq_request-party-responder_coordinators = Coordonatorii de cereri ai autorității solicitate
pq_request-party-requester_coordinator = Sesizare: coordonatorul autorității solicitante
pq_request-party-responder_coordinator = Sesizare: coordonatorul autorității solicitate

pq_request-field-answers = Întrebări și răspunsuri
pq_request-field-proposed_deadline = Termen propus
pq_request-field-deadline = Termen convenit
pq_request-field-handler = Alocată către
pq_request-field-reason = Motiv
pq_request-field-further_question = Informații suplimentare solicitate
pq_request-field-overdue = Termen depășit
pq_request-field-rating_timeliness = Evaluare: respectarea termenului
pq_request-field-rating_effort = Evaluare: efort
pq_request-field-sent_at = Data trimiterii
pq_request-field-accepted_at = Data acceptării
pq_request-field-replied_at = Data răspunsului
pq_request-field-closed_at = Data închiderii
pq_request-input-responder = Autoritate solicitată
pq_request-input-to = Redirecționați către
pq_request-input-requester_coordinator = Coordonatorul autorității solicitante
pq_request-input-responder_coordinator = Coordonatorul autorității solicitate

pq_request-state-draft = Ciornă
pq_request-state-awaiting_approval = În așteptarea aprobării de către coordonator
pq_request-state-awaiting_acceptance = În așteptarea acceptării
pq_request-state-accepted = Acceptată, răspuns în curs de pregătire
pq_request-state-reply_awaiting_approval = Răspuns în așteptarea aprobării de către coordonator
pq_request-state-replied = Răspuns transmis
pq_request-state-further_information_requested = Informații suplimentare solicitate
pq_request-state-cannot_provide = Informațiile suplimentare nu pot fi furnizate
pq_request-state-referred = Coordonatorii au fost sesizați
pq_request-state-closed = Închisă
pq_request-state-withdrawn = Retrasă
pq_request-state-deleted = Ștearsă

pq_request-action-create = Cerere nouă
pq_request-action-save = Salvați ciorna
pq_request-action-delete_draft = Ștergeți ciorna
pq_request-action-send = Trimiteți
pq_request-action-approve_request = Aprobați cererea
pq_request-action-return_request = Returnați cererea
pq_request-action-allocate = Alocați unui responsabil cu gestionarea cererilor
pq_request-action-accept = Acceptați
pq_request-action-forward = Redirecționați către o altă autoritate
pq_request-action-reply = Răspundeți
pq_request-action-approve_reply = Aprobați răspunsul
pq_request-action-return_reply = Returnați răspunsul
pq_request-action-ask_further_information = Solicitați informații suplimentare
pq_request-action-provide_further_information = Furnizați informații suplimentare
pq_request-action-cannot_provide = Informațiile suplimentare nu pot fi furnizate
pq_request-action-refer = Sesizați coordonatorii
pq_request-action-requester_coordinator_opts_out = Nu participați la sesizare
pq_request-action-responder_coordinator_opts_out = Nu participați la sesizare
pq_request-action-delegate_referral = Delegați unui responsabil cu gestionarea cererilor
pq_request-action-conclude_referral = Încheiați sesizarea
pq_request-action-close = Acceptați răspunsul și închideți cererea
pq_request-action-withdraw = Retrageți
pq_request-action-remind = Memento înainte de expirarea termenului
pq_request-action-notice_overdue = Termen depășit

pq_request-guard-create = Ambele autorități trebuie să aibă acces la domeniul calificărilor profesionale, iar autoritatea solicitată trebuie să fie o altă autoritate.
pq_request-guard-deadline = Termenul trebuie să fie o dată viitoare.
pq_request-guard-allocation = Autoritatea dumneavoastră nu alocă cererile primite.
pq_request-guard-forward = Redirecționați doar către o altă autoritate care are acces la domeniul calificărilor profesionale.
pq_request-guard-refer = Alegeți câte un coordonator de cereri pentru calificările profesionale din partea fiecărei autorități.
pq_request-guard-rating = Evaluați respectarea termenului și efortul pe o scară de la 1 la 5.

pq_request-email-incoming =
    Autoritatea dumneavoastră a primit o cerere de informații privind calificările profesionale (cererea { $request }).
    Autoritatea solicitantă așteaptă un răspuns până la { $deadline }.

    Deschideți cererea în IMI pentru a o accepta sau pentru a propune un alt termen.
    .subject = Cerere nouă de informații (calificări profesionale)
pq_request-email-approval-needed =
    O cerere de informații privind calificările profesionale (cererea { $request }) așteaptă aprobarea dumneavoastră înainte de a fi trimisă.
    .subject = O cerere așteaptă aprobarea dumneavoastră
pq_request-email-returned =
    Cererea { $request } v-a fost returnată: { $reason }
    .subject = O cerere v-a fost returnată
pq_request-email-allocated =
    Cererea { $request } (calificări profesionale) v-a fost alocată.
    .subject = V-a fost alocată o cerere
pq_request-email-accepted =
    Cererea dumneavoastră { $request } a fost acceptată. Autoritatea solicitată va răspunde până la { $deadline }.
    .subject = Cererea dumneavoastră a fost acceptată
pq_request-email-forwarded =
    Cererea dumneavoastră { $request } a fost redirecționată către o altă autoritate ({ $to }), care trebuie acum să o accepte.
    .subject = Cererea dumneavoastră a fost redirecționată
pq_request-email-replied =
    Cererea dumneavoastră { $request } a primit răspuns. Deschideți-o în IMI pentru a citi răspunsul.
    .subject = Cererea dumneavoastră a primit răspuns
pq_request-email-further-information =
    Autoritatea solicitantă solicită informații suplimentare cu privire la cererea { $request }.
    .subject = Informații suplimentare solicitate
pq_request-email-cannot-provide =
    Autoritatea solicitată nu poate furniza informațiile suplimentare solicitate cu privire la cererea { $request }: { $reason }
    .subject = Informațiile suplimentare nu pot fi furnizate
pq_request-email-referred =
    Ați fost sesizat cu privire la cererea { $request } în calitate de coordonator de cereri. Participați la sesizare, cu excepția cazului în care alegeți să nu participați.
    .subject = Ați fost sesizat cu privire la o cerere
pq_request-email-referral-delegated =
    Coordonatorul dumneavoastră v-a desemnat responsabil pentru sesizarea privind cererea { $request }.
    .subject = V-a fost delegată o sesizare
pq_request-email-closed =
    Cererea { $request } a fost închisă de autoritatea solicitantă.
    .subject = O cerere a fost închisă
pq_request-email-withdrawn =
    Cererea { $request } a fost retrasă de autoritatea solicitantă: { $reason }
    .subject = O cerere a fost retrasă
pq_request-email-reminder =
    Cererea { $request } trebuie să primească răspuns până la { $deadline }.
    .subject = Memento: termenul unei cereri expiră în curând
pq_request-email-overdue =
    Termenul pentru cererea { $request } ({ $deadline }) a expirat fără a se primi un răspuns.
    .subject = O cerere a depășit termenul
