### Textele în limba română ale conturilor de utilizator (definitions/core/workflows/user_account.yaml):
### înregistrare, conectare, blocare și resetări (R-LOGIN, R-ROLES).
### Rolurile propriu-zise (role-*) se află în core.ftl.

## Flux de lucru: cont de utilizator (R-LOGIN)

wf-user_account = Cont de utilizator

user_account-party-authority = Autoritatea utilizatorului
user_account-party-validating_coordinator = Coordonator de validare

user_account-state-registered = Înregistrat, în așteptarea primei conectări
user_account-state-active = Activ
user_account-state-blocked = Blocat
user_account-state-removed = Eliminat

user_account-action-register = Înregistrați un utilizator
user_account-action-first_login = Prima conectare
user_account-action-login_succeeded = Conectare
user_account-action-login_failed = Parolă sau cod de securitate greșit
user_account-action-reset = Emiteți o nouă parolă temporară
user_account-action-reset_only_lda = Emiteți o nouă parolă temporară (singurul administrator local de date)
user_account-action-change_roles = Modificați rolurile
user_account-action-change_user_id = Modificați ID-ul de utilizator
user_account-action-update_contact = Actualizați datele de contact
user_account-action-remove = Eliminați utilizatorul

user_account-field-user_id = ID de utilizator
user_account-field-name = Nume
user_account-field-email = Adresă de e-mail individuală
user_account-field-phone = Telefon
user_account-field-language = Limba de lucru preferată
user_account-field-roles = Roluri
user_account-field-failures = Introduceri greșite de la ultima conectare
user_account-field-registered_at = Data înregistrării
user_account-field-temporary_password_sent_at = Data trimiterii parolei temporare
user_account-field-password_changed_at = Data alegerii parolei
user_account-field-last_login_at = Ultima conectare
user_account-field-blocked_at = Data blocării

user_account-input-temporary_password = Parolă temporară

## Refuzuri

user_account-guard-register = Utilizatorul nu poate fi înregistrat: este posibil ca ID-ul de utilizator să fie deja folosit (ID-urile de utilizator sunt unice, indiferent de majuscule sau minuscule), este posibil ca adresa de e-mail să aibă un format incorect, limba trebuie să fie una dintre cele 24 de limbi oficiale, iar utilizatorul trebuie să aibă cel puțin un rol.
user_account-guard-user_id_taken = Acest ID de utilizator este deja folosit (ID-urile de utilizator sunt unice, indiferent de majuscule sau minuscule). Alegeți altul.
user_account-guard-reset_only_lda = Numai administratorul de date al coordonatorului de validare poate face acest lucru și numai pentru singurul administrator local de date al autorității; această autoritate are un alt administrator local de date activ, care poate emite noua parolă temporară.
user_account-guard-change_roles = Un utilizator trebuie să aibă cel puțin un rol, iar autoritatea trebuie să păstreze cel puțin un administrator local de date activ.
user_account-guard-remove = Autoritatea trebuie să păstreze cel puțin un administrator local de date activ.
user_account-guard-update_contact = Adresa de e-mail are un format incorect sau limba nu este una dintre cele 24 de limbi oficiale.

## E-mailuri (niciodată cu ID-ul de utilizator: acesta este comunicat pe altă cale)

user_account-email-temporary-password =
    Bună ziua, { $name },

    Parola dumneavoastră temporară pentru Sistemul de informare al pieței interne (IMI) este: { $temporary_password }

    ID-ul dumneavoastră de utilizator nu figurează în acest e-mail: vi-l comunică persoana care v-a înregistrat. La următoarea conectare, introduceți ID-ul de utilizator și această parolă temporară, apoi alegeți propria parolă (cel puțin 8 caractere, cu litere mici, litere mari și o cifră) și un nou cod de securitate de 12 caractere (după aceleași reguli). Pentru ambele se face distincția între majuscule și minuscule.
    .subject = Parola dumneavoastră temporară pentru IMI

user_account-email-blocked =
    Bună ziua, { $name },

    Contul dumneavoastră IMI a fost blocat după cinci introduceri greșite ale parolei sau ale codului de securitate. Solicitați o nouă parolă temporară administratorului local de date al autorității dumneavoastră (dacă sunteți singurul administrator local de date al autorității, adresați-vă coordonatorului de validare).
    .subject = Contul dumneavoastră IMI este blocat

user_account-input-authority = Autoritatea utilizatorului
