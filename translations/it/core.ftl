### Testi italiani del pacchetto di sistema `core` (definitions/core):
### ruoli, relazioni di coordinamento e procedure registration_request,
### authority e area_access.

area-core = Sistema IMI

## Ruoli (R-ROLES)

role-basic_user = Utente di base
role-request_handler = Gestore delle richieste
role-allocator = Assegnatore
role-local_data_administrator = Amministratore locale dei dati
role-data_administrator = Amministratore dei dati
role-system_administrator = Amministratore di sistema

## Relazioni di coordinamento (R-ACTORS)

relation-validating = Coordinatore di convalida
relation-legislation_access = Coordinatore dell'accesso ai settori legislativi
relation-request = Coordinatore delle richieste

## Procedura: richiesta di registrazione (R-REG)

wf-registration_request = Richiesta di registrazione

registration_request-party-coordinator = Coordinatore
registration_request-party-applicant = Autorità invitata
registration_request-party-commission = Commissione europea

registration_request-state-draft = Bozza
registration_request-state-saved = Salvata
registration_request-state-saving_blocked = Salvataggio bloccato
registration_request-state-rejected = Respinta
registration_request-state-sent = Inviata, in attesa di registrazione
registration_request-state-pending_validation = Registrazione in attesa di convalida
registration_request-state-validated = Autorità convalidata
registration_request-state-validation_refused = Convalida rifiutata
registration_request-state-expired = Scaduta
registration_request-state-cancelled = Annullata
registration_request-state-deleted = Eliminata

registration_request-action-create = Nuova richiesta di registrazione
registration_request-action-edit = Modifica
registration_request-action-edit_sent = Modifica e invia un nuovo invito
registration_request-action-save = Salva per l'invio
registration_request-action-stop = Interrompi l'invio
registration_request-action-release = Autorizza l'invio
registration_request-action-dispatch = Invia l'invito
registration_request-action-remind = Invia un promemoria
registration_request-action-expire = Fai scadere
registration_request-action-cancel = Annulla
registration_request-action-discard = Elimina
registration_request-action-register = Registra l'autorità
registration_request-action-authority_validated = Autorità convalidata
registration_request-action-authority_refused = Autorità rifiutata
registration_request-action-purge = Elimina definitivamente

registration_request-field-email = Indirizzo e-mail di lavoro dell'autorità
registration_request-field-name = Nome (solo per il suo elenco)
registration_request-field-areas = Settori legislativi
registration_request-field-note = Nota di accompagnamento
registration_request-field-country = Paese
registration_request-field-rejection_reason = Motivo del rigetto
registration_request-field-saved_at = Salvata il
registration_request-field-dispatch_at = Da inviare il
registration_request-field-sent_at = Inviata il
registration_request-field-token = Codice di registrazione
registration_request-field-token_expires_at = Codice valido fino al
registration_request-field-registered_at = Registrata il
registration_request-field-authority_name = Autorità registrata
registration_request-field-delete_at = Da eliminare il
registration_request-field-coordinator_name = Coordinatore (come indicato nell'invito)
registration_request-field-coordinator_email = Indirizzo e-mail del coordinatore (come indicato nell'invito)

registration_request-input-summary_kept = Ho stampato la sintesi o l'ho salvata come documento
registration_request-input-official_name = Denominazione ufficiale
registration_request-input-national_languages = Lingue nazionali
registration_request-input-informal_name = Denominazione informale
registration_request-input-description = Breve descrizione delle competenze
registration_request-input-languages = Altre lingue conosciute
registration_request-input-level = Livello (locale, regionale, nazionale)
registration_request-input-address = Indirizzo postale
registration_request-input-phone = Telefono
registration_request-input-website = Sito web
registration_request-input-first_user_name = Nome del primo utente
registration_request-input-first_user_email = Indirizzo e-mail del primo utente
registration_request-input-first_user_language = Lingua di lavoro preferita del primo utente

registration_request-rejection-malformed_email = L'indirizzo e-mail non è valido.
registration_request-rejection-email_in_use = L'indirizzo e-mail è già utilizzato da un'autorità o da un'altra richiesta di registrazione.

registration_request-guard-save = Selezionare almeno un settore legislativo.
registration_request-guard-edit_sent = L'indirizzo e-mail non è valido oppure è già utilizzato da un'autorità o da un'altra richiesta di registrazione.
registration_request-guard-register = Il controllo di sicurezza non è riuscito: il codice è errato o scaduto, la sintesi non è stata conservata, il paese non corrisponde a quello dell'invito oppure l'indirizzo e-mail non è valido o è già utilizzato da un'autorità.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) invita la sua autorità a registrarsi nel sistema di informazione del mercato interno (IMI).

    { $note }

    Per registrarsi, apra { $link } e inserisca il suo codice di registrazione: { $token }
    Il codice è valido fino al { $expires_on }.
    .subject = Invito a registrarsi nell'IMI

registration_request-email-reminder =
    L'invito a registrarsi nell'IMI inviatole da { $coordinator_name } ({ $coordinator_email }) scade il { $expires_on }.
    Per registrarsi, apra { $link }.
    .subject = Promemoria: il suo invito a registrarsi nell'IMI scadrà a breve

registration_request-email-token_void =
    L'invito a registrarsi nell'IMI che { $coordinator_name } ({ $coordinator_email }) le ha inviato è stato modificato. Il link e il codice ricevuti non sono più validi. Seguirà un nuovo invito con un nuovo codice.
    .subject = Il suo link di registrazione nell'IMI non è più valido

registration_request-email-registered =
    L'autorità { $official_name } si è registrata nell'IMI tramite la sua richiesta di registrazione { $name } ({ $email }). La registrazione è in attesa della sua convalida.
    .subject = Una registrazione è in attesa della sua convalida

registration_request-email-confirmation =
    La ringraziamo per aver registrato { $official_name } ({ $informal_name }, { $country }) nell'IMI.
    Primo utente: { $first_user_name }.
    Il suo coordinatore { $coordinator_name } procederà ora alla convalida della registrazione; riceverà quindi le istruzioni per l'accesso.
    .subject = La sua registrazione nell'IMI

## Procedura: autorità (R-CA-LIFE, R-PROFILE)

wf-authority = Autorità

authority-party-own = Autorità
authority-party-validating_coordinator = Coordinatore di convalida
authority-party-commission = Commissione europea

authority-state-pending_validation = Registrazione in attesa di convalida
authority-state-refused = Registrazione rifiutata
authority-state-active = Attiva
authority-state-deletion_in_progress = Eliminazione in corso
authority-state-inactive = Inattiva
authority-state-deleted = Eliminata

authority-action-register_directly = Registra un'autorità
authority-action-self_registration = Autoregistrazione
authority-action-validate = Convalida
authority-action-refuse = Rifiuta la registrazione
authority-action-update_profile = Aggiorna i dati dell'autorità
authority-action-change_official_name = Modifica la denominazione ufficiale
authority-action-translations_done = Traduzioni completate
authority-action-start_deletion = Avvia l'eliminazione
authority-action-deactivate = Rendi inattiva
authority-action-purge = Elimina definitivamente

authority-field-official_name = Denominazione ufficiale
authority-field-country = Paese
authority-field-level = Livello (locale, regionale, nazionale)
authority-field-national_languages = Lingue nazionali
authority-field-informal_name = Denominazione informale
authority-field-description = Breve descrizione delle competenze
authority-field-languages = Altre lingue conosciute
authority-field-address = Indirizzo postale
authority-field-phone = Telefono
authority-field-website = Sito web
authority-field-email = Indirizzo e-mail generale
authority-field-new_translation_needed = Nuova traduzione necessaria
authority-field-first_user_name = Nome del primo utente
authority-field-first_user_email = Indirizzo e-mail del primo utente
authority-field-first_user_language = Lingua di lavoro preferita del primo utente
authority-field-areas = Settori legislativi
authority-field-validated_at = Convalidata il
authority-field-refused_at = Rifiutata il
authority-field-refusal_reason = Motivo del rifiuto
authority-field-deletion_started_at = Eliminazione avviata il
authority-field-inactive_since = Inattiva dal
authority-field-delete_at = Da eliminare il

authority-input-authority_id = ID di un'autorità esistente (solo per la migrazione)
authority-input-reason = Motivo

authority-guard-register_directly = L'autorità deve appartenere al suo paese e disporre di un indirizzo e-mail generale valido non utilizzato da nessun'altra autorità.
authority-guard-email = L'indirizzo e-mail generale non è valido oppure è già utilizzato da un'altra autorità.
authority-guard-translations_done = Non è stata richiesta alcuna nuova traduzione.

authority-email-login_instructions =
    La registrazione di { $official_name } nell'IMI è stata completata.
    { $first_user_name } riceverà una password temporanea in un messaggio e-mail separato; l'ID utente viene comunicato dal suo coordinatore, mai per e-mail. Al primo accesso scelga una password e un codice di sicurezza di 12 caratteri.
    .subject = La sua autorità è registrata nell'IMI: istruzioni per l'accesso

authority-email-refused =
    La registrazione di { $official_name } nell'IMI è stata rifiutata. { $reason }
    Il suo coordinatore può ancora convalidarla entro sei mesi; trascorso tale termine, la registrazione viene eliminata.
    .subject = La sua registrazione nell'IMI è stata rifiutata

authority-email-deletion_started =
    È stata avviata l'eliminazione di { $official_name } dall'IMI. È possibile portare a termine gli scambi in corso, ma non è più possibile inviare né ricevere nuove richieste.
    .subject = È stata avviata l'eliminazione della sua autorità nell'IMI

authority-email-deactivated =
    { $official_name } è ora inattiva nell'IMI. Gli utenti possono ancora accedere e consultare i dati, ma non è possibile inviare né ricevere nulla di nuovo. L'autorità sarà eliminata definitivamente il { $delete_on }.
    .subject = La sua autorità è inattiva nell'IMI

## Procedura: accesso a un settore legislativo (R-ACCESS)

wf-area_access = Accesso a un settore legislativo

area_access-party-authority = Autorità
area_access-party-access_coordinator = Coordinatore dell'accesso ai settori legislativi

area_access-state-requested = Richiesto
area_access-state-granted = Concesso
area_access-state-suspended = Sospeso
area_access-state-removed = Revocato
area_access-state-reactivation_requested = Riattivazione richiesta
area_access-state-removed_reactivation_requested = Riattivazione richiesta (revocato)
area_access-state-refused = Rifiutato

area_access-action-request = Richiedi l'accesso a un settore legislativo
area_access-action-at_registration = Accesso al momento della registrazione
area_access-action-edit_keywords = Modifica le impostazioni del settore
area_access-action-coordinator_edit_keywords = Modifica le impostazioni del settore dell'autorità richiedente
area_access-action-grant = Concedi l'accesso
area_access-action-refuse = Rifiuta l'accesso
area_access-action-suspend = Sospendi l'accesso
area_access-action-reinstate = Annulla la sospensione
area_access-action-remove = Revoca l'accesso
area_access-action-request_reactivation = Richiedi la riattivazione
area_access-action-approve_reactivation = Riattiva
area_access-action-refuse_reactivation = Rifiuta la riattivazione

area_access-field-area = Settore legislativo
area_access-field-area_workflow = Procedura
area_access-field-keywords = Parole chiave
area_access-field-note = Nota
area_access-field-reason = Motivo
area_access-field-requested_at = Richiesto il
area_access-field-granted_at = Concesso il
area_access-field-suspended_at = Sospeso il
area_access-field-removed_at = Revocato il
area_access-field-reactivation_requested_at = Riattivazione richiesta il

area_access-input-coordinator = Coordinatore a cui è stato chiesto l'accesso

area_access-guard-request = La sua autorità ha già accesso a questo settore o lo ha già richiesto, non è attiva oppure ha indicato se stessa come coordinatore.
area_access-guard-authority_not_active = L'autorità non è attiva: non è possibile concedere nuovi accessi.

area_access-email-requested =
    L'autorità { $authority } chiede l'accesso al settore legislativo { $area }.
    .subject = Richiesta di accesso a un settore legislativo

area_access-email-granted =
    La sua autorità ha ora accesso al settore legislativo { $area }.
    .subject = Accesso a un settore legislativo concesso

area_access-email-refused =
    La sua richiesta di accesso al settore legislativo { $area } è stata rifiutata. { $reason }
    .subject = Accesso a un settore legislativo rifiutato

area_access-email-suspended =
    Il suo accesso al settore legislativo { $area } è sospeso: è possibile portare a termine le richieste aperte, ma non avviarne di nuove.
    .subject = Accesso a un settore legislativo sospeso

area_access-email-removed =
    Il suo accesso al settore legislativo { $area } è stato revocato.
    .subject = Accesso a un settore legislativo revocato

area_access-email-reactivation_requested =
    L'autorità { $authority } chiede la riattivazione del proprio accesso al settore legislativo { $area }.
    .subject = Richiesta di riattivazione dell'accesso a un settore legislativo

area_access-email-reactivated =
    La sua richiesta di riattivazione dell'accesso al settore legislativo { $area } è stata accolta.
    .subject = Accesso a un settore legislativo riattivato

area_access-email-reactivation_refused =
    La sua richiesta di riattivazione dell'accesso al settore legislativo { $area } è stata rifiutata. { $reason }
    .subject = Riattivazione dell'accesso a un settore legislativo rifiutata

area_access-field-allocation = Assegnazione delle richieste in arrivo
area_access-field-referral_participation = Partecipa ai rinvii
area_access-field-coordinator_sees_details = I coordinatori delle richieste vedono i dettagli delle richieste
area_access-field-approve_requests = Le richieste necessitano dell'approvazione del coordinatore
area_access-field-approve_replies = Le risposte necessitano dell'approvazione del coordinatore
area_access-action-change_settings = Modifica le impostazioni
area_access-action-change_approval = Modifica le impostazioni di approvazione
