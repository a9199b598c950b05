# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Alocarea cererilor primite către responsabilii cu gestionarea cererilor
setting-approve_requests = Coordonatorul de cereri aprobă cererile înainte de trimitere
setting-approve_replies = Coordonatorul de cereri aprobă răspunsurile înainte de trimitere
setting-referral_participation = Participă la sesizări în calitate de coordonator de cereri
setting-coordinator_sees_details = Coordonatorii de cereri pot vedea detaliile cererilor (niciodată datele cu caracter personal)

wf-pq_request = Cerere de informații – calificări profesionale
request-party-requester = Autoritate solicitantă
request-party-responder = Autoritate solicitată
request-party-requester_coordinators = Coordonatorii de cereri ai autorității solicitante
request-party-responder_coordinators = Coordonatorii de cereri ai autorității solicitate
request-party-requester_coordinator = Sesizare: coordonatorul autorității solicitante
request-party-responder_coordinator = Sesizare: coordonatorul autorității solicitate

request-field-answers = Întrebări și răspunsuri
request-field-proposed_deadline = Termen propus
request-field-deadline = Termen convenit
request-field-handler = Alocată către
request-field-reason = Motiv
request-field-further_question = Informații suplimentare solicitate
request-field-overdue = Termen depășit
request-field-rating_timeliness = Evaluare: respectarea termenului
request-field-rating_effort = Evaluare: efort
request-field-sent_at = Data trimiterii
request-field-accepted_at = Data acceptării
request-field-replied_at = Data răspunsului
request-field-closed_at = Data închiderii
request-input-responder = Autoritate solicitată
request-input-to = Redirecționați către
request-input-requester_coordinator = Coordonatorul autorității solicitante
request-input-responder_coordinator = Coordonatorul autorității solicitate

request-state-draft = Ciornă
request-state-awaiting_approval = În așteptarea aprobării de către coordonator
request-state-awaiting_acceptance = În așteptarea acceptării
request-state-accepted = Acceptată, răspuns în curs de pregătire
request-state-reply_awaiting_approval = Răspuns în așteptarea aprobării de către coordonator
request-state-replied = Răspuns transmis
request-state-further_information_requested = Informații suplimentare solicitate
request-state-cannot_provide = Informațiile suplimentare nu pot fi furnizate
request-state-referred = Coordonatorii au fost sesizați
request-state-closed = Închisă
request-state-withdrawn = Retrasă
request-state-deleted = Ștearsă

request-action-create = Cerere nouă
request-action-save = Salvați ciorna
request-action-delete_draft = Ștergeți ciorna
request-action-send = Trimiteți
request-action-approve_request = Aprobați cererea
request-action-return_request = Returnați cererea
request-action-allocate = Alocați unui responsabil cu gestionarea cererilor
request-action-accept = Acceptați
request-action-forward = Redirecționați către o altă autoritate
request-action-reply = Răspundeți
request-action-approve_reply = Aprobați răspunsul
request-action-return_reply = Returnați răspunsul
request-action-ask_further_information = Solicitați informații suplimentare
request-action-provide_further_information = Furnizați informații suplimentare
request-action-cannot_provide = Informațiile suplimentare nu pot fi furnizate
request-action-refer = Sesizați coordonatorii
request-action-requester_coordinator_opts_out = Nu participați la sesizare
request-action-responder_coordinator_opts_out = Nu participați la sesizare
request-action-delegate_referral = Delegați unui responsabil cu gestionarea cererilor
request-action-conclude_referral = Încheiați sesizarea
request-action-close = Acceptați răspunsul și închideți cererea
request-action-withdraw = Retrageți
request-action-remind = Memento înainte de expirarea termenului
request-action-notice_overdue = Termen depășit

pq_request-guard-create = Ambele autorități trebuie să aibă acces la domeniul calificărilor profesionale, iar autoritatea solicitată trebuie să fie o altă autoritate.
request-guard-deadline = Termenul trebuie să fie o dată viitoare.
request-guard-allocation = Autoritatea dumneavoastră nu alocă cererile primite.
pq_request-guard-forward = Redirecționați doar către o altă autoritate care are acces la domeniul calificărilor profesionale.
pq_request-guard-refer = Alegeți câte un coordonator de cereri pentru calificările profesionale din partea fiecărei autorități.
request-guard-rating = Evaluați respectarea termenului și efortul pe o scară de la 1 la 5.

pq_request-email-incoming =
    Autoritatea dumneavoastră a primit o cerere de informații privind calificările profesionale (cererea { $request }).
    Autoritatea solicitantă așteaptă un răspuns până la { $deadline }.

    Deschideți cererea în IMI pentru a o accepta sau pentru a propune un alt termen.
    .subject = Cerere nouă de informații (calificări profesionale)
pq_request-email-approval-needed =
    O cerere de informații privind calificările profesionale (cererea { $request }) așteaptă aprobarea dumneavoastră înainte de a fi trimisă.
    .subject = O cerere așteaptă aprobarea dumneavoastră
request-email-returned =
    Cererea { $request } v-a fost returnată: { $reason }
    .subject = O cerere v-a fost returnată
pq_request-email-allocated =
    Cererea { $request } (calificări profesionale) v-a fost alocată.
    .subject = V-a fost alocată o cerere
request-email-accepted =
    Cererea dumneavoastră { $request } a fost acceptată. Autoritatea solicitată va răspunde până la { $deadline }.
    .subject = Cererea dumneavoastră a fost acceptată
request-email-forwarded =
    Cererea dumneavoastră { $request } a fost redirecționată către o altă autoritate ({ $to }), care trebuie acum să o accepte.
    .subject = Cererea dumneavoastră a fost redirecționată
request-email-replied =
    Cererea dumneavoastră { $request } a primit răspuns. Deschideți-o în IMI pentru a citi răspunsul.
    .subject = Cererea dumneavoastră a primit răspuns
request-email-further-information =
    Autoritatea solicitantă solicită informații suplimentare cu privire la cererea { $request }.
    .subject = Informații suplimentare solicitate
request-email-cannot-provide =
    Autoritatea solicitată nu poate furniza informațiile suplimentare solicitate cu privire la cererea { $request }: { $reason }
    .subject = Informațiile suplimentare nu pot fi furnizate
request-email-referred =
    Ați fost sesizat cu privire la cererea { $request } în calitate de coordonator de cereri. Participați la sesizare, cu excepția cazului în care alegeți să nu participați.
    .subject = Ați fost sesizat cu privire la o cerere
request-email-referral-delegated =
    Coordonatorul dumneavoastră v-a desemnat responsabil pentru sesizarea privind cererea { $request }.
    .subject = V-a fost delegată o sesizare
request-email-closed =
    Cererea { $request } a fost închisă de autoritatea solicitantă.
    .subject = O cerere a fost închisă
request-email-withdrawn =
    Cererea { $request } a fost retrasă de autoritatea solicitantă: { $reason }
    .subject = O cerere a fost retrasă
request-email-reminder =
    Cererea { $request } trebuie să primească răspuns până la { $deadline }.
    .subject = Memento: termenul unei cereri expiră în curând
request-email-overdue =
    Termenul pentru cererea { $request } ({ $deadline }) a expirat fără a se primi un răspuns.
    .subject = O cerere a depășit termenul

wf-services_request = Cerere de informații – servicii
services_request-guard-create = Ambele autorități trebuie să aibă acces la domeniul serviciilor, iar autoritatea solicitată trebuie să fie o altă autoritate.
services_request-guard-forward = Redirecționați doar către o altă autoritate care are acces la domeniul serviciilor.
services_request-guard-refer = Alegeți câte un coordonator de cereri pentru servicii din partea fiecărei autorități.
services_request-email-incoming =
    Autoritatea dumneavoastră a primit o cerere de informații privind un prestator de servicii (cererea { $request }).
    Autoritatea solicitantă așteaptă un răspuns până la { $deadline }.

    Deschideți cererea în IMI pentru a o accepta sau pentru a propune un alt termen.
    .subject = Cerere nouă de informații (servicii)
services_request-email-approval-needed =
    O cerere de informații privind un prestator de servicii (cererea { $request }) așteaptă aprobarea dumneavoastră înainte de a fi trimisă.
    .subject = O cerere așteaptă aprobarea dumneavoastră
services_request-email-allocated =
    Cererea { $request } (servicii) v-a fost alocată.
    .subject = V-a fost alocată o cerere

request-field-personal_data_blocked = Date cu caracter personal blocate
request-action-block_personal_data = Blocați datele cu caracter personal
request-action-consult_personal_data = Consultați datele cu caracter personal blocate
request-action-purge = Ștergeți definitiv
request-input-justification = Justificare
request-guard-justification = Datele cu caracter personal sunt blocate la șase luni de la închidere; pentru a le consulta, indicați o justificare de cel puțin 20 de caractere.
