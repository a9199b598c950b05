### Testi italiani degli account utente (definitions/core/workflows/user_account.yaml):
### registrazione, accesso, blocco e reimpostazioni (R-LOGIN, R-ROLES).
### I ruoli veri e propri (role-*) si trovano in core.ftl.

## Procedura: account utente (R-LOGIN)

wf-user_account = Account utente

user_account-party-authority = Autorità dell'utente
user_account-party-validating_coordinator = Coordinatore di convalida

user_account-state-registered = Registrato, in attesa del primo accesso
user_account-state-active = Attivo
user_account-state-blocked = Bloccato
user_account-state-removed = Rimosso

user_account-action-register = Registra un utente
user_account-action-first_login = Primo accesso
user_account-action-login_succeeded = Accesso
user_account-action-login_failed = Password o codice di sicurezza errati
user_account-action-reset = Assegna una nuova password temporanea
user_account-action-reset_only_lda = Assegna una nuova password temporanea (unico amministratore locale dei dati)
user_account-action-change_roles = Modifica i ruoli
user_account-action-change_user_id = Modifica l'ID utente
user_account-action-update_contact = Aggiorna i recapiti
user_account-action-remove = Rimuovi l'utente

user_account-field-user_id = ID utente
user_account-field-name = Nome
user_account-field-email = Indirizzo e-mail individuale
user_account-field-phone = Telefono
user_account-field-language = Lingua di lavoro preferita
user_account-field-roles = Ruoli
user_account-field-failures = Inserimenti errati dall'ultimo accesso
user_account-field-registered_at = Registrato il
user_account-field-temporary_password_sent_at = Password temporanea inviata il
user_account-field-password_changed_at = Password scelta il
user_account-field-last_login_at = Ultimo accesso
user_account-field-blocked_at = Bloccato il

user_account-input-temporary_password = Password temporanea

## Rifiuti

user_account-guard-register = Non è possibile registrare l'utente: l'ID utente potrebbe essere già in uso (gli ID utente sono univoci, indipendentemente da maiuscole e minuscole), l'indirizzo e-mail potrebbe non essere formattato correttamente, la lingua deve essere una delle 24 lingue ufficiali e l'utente deve avere almeno un ruolo.
user_account-guard-user_id_taken = Questo ID utente è già in uso (gli ID utente sono univoci, indipendentemente da maiuscole e minuscole). Ne scelga un altro.
user_account-guard-reset_only_lda = Solo l'amministratore dei dati del coordinatore di convalida può eseguire questa operazione, e solo per l'unico amministratore locale dei dati dell'autorità; questa autorità dispone di un altro amministratore locale dei dati attivo, che può assegnare la nuova password temporanea.
user_account-guard-change_roles = Un utente deve avere almeno un ruolo e l'autorità deve mantenere almeno un amministratore locale dei dati attivo.
user_account-guard-remove = L'autorità deve mantenere almeno un amministratore locale dei dati attivo.
user_account-guard-update_contact = L'indirizzo e-mail non è formattato correttamente oppure la lingua non è una delle 24 lingue ufficiali.

## Messaggi e-mail (mai con l'ID utente: viene comunicato per un altro canale)

user_account-email-temporary-password =
    Gentile { $name },

    la sua password temporanea per il sistema di informazione del mercato interno (IMI) è: { $temporary_password }

    Il suo ID utente non è indicato in questo messaggio: glielo comunicherà la persona che l'ha registrata. Al prossimo accesso inserisca l'ID utente e questa password temporanea, quindi scelga la sua password personale (almeno 8 caratteri, con lettere minuscole, lettere maiuscole e una cifra) e un nuovo codice di sicurezza di 12 caratteri (con le stesse regole). Entrambi distinguono tra maiuscole e minuscole.
    .subject = La sua password temporanea IMI

user_account-email-blocked =
    Gentile { $name },

    il suo account IMI è stato bloccato dopo cinque inserimenti errati della password o del codice di sicurezza. Chieda una nuova password temporanea all'amministratore locale dei dati della sua autorità (se lei è l'unico amministratore locale dei dati dell'autorità, si rivolga al suo coordinatore di convalida).
    .subject = Il suo account IMI è bloccato

user_account-input-authority = Autorità dell'utente
