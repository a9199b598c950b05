### Textele în limba română ale pachetului de sistem `core` (definitions/core):
### roluri, relații ale coordonatorilor și fluxurile de lucru
### registration_request, authority și area_access.

area-core = Sistemul IMI

## Roluri (R-ROLES)

role-basic_user = Utilizator de bază
role-request_handler = Responsabil cu gestionarea cererilor
role-allocator = Responsabil cu alocarea cererilor
role-local_data_administrator = Administrator local de date
role-data_administrator = Administrator de date
role-system_administrator = Administrator de sistem

## Relații ale coordonatorilor (R-ACTORS)

relation-validating = Coordonator de validare
relation-legislation_access = Coordonator pentru accesul la legislație
relation-request = Coordonator de cereri

## Flux de lucru: cerere de înregistrare (R-REG)

wf-registration_request = Cerere de înregistrare

registration_request-party-coordinator = Coordonator
registration_request-party-applicant = Autoritate invitată
registration_request-party-commission = Comisia Europeană

registration_request-state-draft = Ciornă
registration_request-state-saved = Salvată
registration_request-state-saving_blocked = Salvare blocată
registration_request-state-rejected = Respinsă
registration_request-state-sent = Trimisă, în așteptarea înregistrării
registration_request-state-pending_validation = Înregistrare în așteptarea validării
registration_request-state-validated = Autoritate validată
registration_request-state-validation_refused = Validare refuzată
registration_request-state-expired = Expirată
registration_request-state-cancelled = Anulată
registration_request-state-deleted = Ștearsă

registration_request-action-create = Cerere de înregistrare nouă
registration_request-action-edit = Editați
registration_request-action-edit_sent = Editați și trimiteți o nouă invitație
registration_request-action-save = Salvați pentru trimitere
registration_request-action-stop = Opriți trimiterea
registration_request-action-release = Eliberați pentru trimitere
registration_request-action-dispatch = Trimiteți invitația
registration_request-action-remind = Trimiteți un memento
registration_request-action-expire = Marcați ca expirată
registration_request-action-cancel = Anulați
registration_request-action-discard = Ștergeți
registration_request-action-register = Înregistrați autoritatea
registration_request-action-authority_validated = Autoritate validată
registration_request-action-authority_refused = Autoritate refuzată
registration_request-action-purge = Ștergeți definitiv

registration_request-field-email = Adresa de e-mail de serviciu a autorității
registration_request-field-name = Nume (doar pentru lista dumneavoastră)
registration_request-field-areas = Domenii legislative
registration_request-field-note = Notă de însoțire
registration_request-field-country = Țară
registration_request-field-rejection_reason = Motivul respingerii
registration_request-field-saved_at = Data salvării
registration_request-field-dispatch_at = Data programată pentru trimitere
registration_request-field-sent_at = Data trimiterii
registration_request-field-token = Cod de înregistrare
registration_request-field-token_expires_at = Cod valabil până la
registration_request-field-registered_at = Data înregistrării
registration_request-field-authority_name = Autoritate înregistrată
registration_request-field-delete_at = Data programată pentru ștergere
registration_request-field-coordinator_name = Coordonator (așa cum figurează în invitație)
registration_request-field-coordinator_email = Adresa de e-mail a coordonatorului (așa cum figurează în invitație)

registration_request-input-summary_kept = Am tipărit rezumatul sau l-am salvat ca document
registration_request-input-official_name = Denumire oficială
registration_request-input-national_languages = Limbi naționale
registration_request-input-informal_name = Denumire neoficială
registration_request-input-description = Scurtă descriere a competențelor
registration_request-input-languages = Alte limbi înțelese
registration_request-input-level = Nivel (local, regional, național)
registration_request-input-address = Adresă poștală
registration_request-input-phone = Telefon
registration_request-input-website = Site web
registration_request-input-first_user_name = Numele primului utilizator
registration_request-input-first_user_email = Adresa de e-mail a primului utilizator
registration_request-input-first_user_language = Limba de lucru preferată a primului utilizator

registration_request-rejection-malformed_email = Adresa de e-mail nu este validă.
registration_request-rejection-email_in_use = Adresa de e-mail este deja utilizată de o autoritate sau de o altă cerere de înregistrare.

registration_request-guard-save = Alegeți cel puțin un domeniu legislativ.
registration_request-guard-edit_sent = Adresa de e-mail nu este validă sau este deja utilizată de o autoritate sau de o altă cerere de înregistrare.
registration_request-guard-register = Verificarea de securitate a eșuat: codul este greșit sau a expirat, rezumatul nu a fost păstrat, țara nu corespunde invitației sau adresa de e-mail nu este validă ori este deja utilizată de o autoritate.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) invită autoritatea dumneavoastră să se înregistreze în Sistemul de informare al pieței interne (IMI).

    { $note }

    Pentru a vă înregistra, deschideți { $link } și introduceți codul de înregistrare: { $token }
    Codul este valabil până la { $expires_on }.
    .subject = Invitație de înregistrare în IMI

registration_request-email-reminder =
    Invitația de înregistrare în IMI primită de la { $coordinator_name } ({ $coordinator_email }) expiră la data de { $expires_on }.
    Pentru a vă înregistra, deschideți { $link }.
    .subject = Memento: invitația dumneavoastră de înregistrare în IMI expiră în curând

registration_request-email-token_void =
    Invitația de înregistrare în IMI pe care v-a trimis-o { $coordinator_name } ({ $coordinator_email }) a fost modificată. Linkul și codul primite nu mai sunt valabile. Va urma o nouă invitație cu un nou cod.
    .subject = Linkul dumneavoastră de înregistrare în IMI nu mai este valabil

registration_request-email-registered =
    Autoritatea { $official_name } s-a înregistrat în IMI prin cererea dumneavoastră de înregistrare { $name } ({ $email }). Înregistrarea sa așteaptă validarea dumneavoastră.
    .subject = O înregistrare așteaptă validarea dumneavoastră

registration_request-email-confirmation =
    Vă mulțumim pentru înregistrarea autorității { $official_name } ({ $informal_name }, { $country }) în IMI.
    Primul utilizator: { $first_user_name }.
    Coordonatorul dumneavoastră, { $coordinator_name }, va valida acum înregistrarea; ulterior veți primi instrucțiunile de conectare.
    .subject = Înregistrarea dumneavoastră în IMI

## Flux de lucru: autoritate (R-CA-LIFE, R-PROFILE)

wf-authority = Autoritate

authority-party-own = Autoritate
authority-party-validating_coordinator = Coordonator de validare
authority-party-commission = Comisia Europeană

authority-state-pending_validation = Înregistrare în așteptarea validării
authority-state-refused = Înregistrare refuzată
authority-state-active = Activă
authority-state-deletion_in_progress = Ștergere în curs
authority-state-inactive = Inactivă
authority-state-deleted = Ștearsă

authority-action-register_directly = Înregistrați o autoritate
authority-action-self_registration = Autoînregistrare
authority-action-validate = Validați
authority-action-refuse = Refuzați înregistrarea
authority-action-update_profile = Actualizați datele autorității
authority-action-change_official_name = Modificați denumirea oficială
authority-action-translations_done = Traduceri finalizate
authority-action-start_deletion = Începeți ștergerea
authority-action-deactivate = Setați ca inactivă
authority-action-purge = Ștergeți definitiv

authority-field-official_name = Denumire oficială
authority-field-country = Țară
authority-field-level = Nivel (local, regional, național)
authority-field-national_languages = Limbi naționale
authority-field-informal_name = Denumire neoficială
authority-field-description = Scurtă descriere a competențelor
authority-field-languages = Alte limbi înțelese
authority-field-address = Adresă poștală
authority-field-phone = Telefon
authority-field-website = Site web
authority-field-email = Adresă de e-mail generală
authority-field-new_translation_needed = Este necesară o nouă traducere
authority-field-first_user_name = Numele primului utilizator
authority-field-first_user_email = Adresa de e-mail a primului utilizator
authority-field-first_user_language = Limba de lucru preferată a primului utilizator
authority-field-areas = Domenii legislative
authority-field-validated_at = Data validării
authority-field-refused_at = Data refuzului
authority-field-refusal_reason = Motivul refuzului
authority-field-deletion_started_at = Data începerii ștergerii
authority-field-inactive_since = Inactivă din
authority-field-delete_at = Data programată pentru ștergere

authority-input-authority_id = ID-ul autorității existente (doar pentru migrare)
authority-input-reason = Motiv

authority-guard-register_directly = Autoritatea trebuie să fie din țara dumneavoastră și să aibă o adresă de e-mail generală validă, pe care nu o utilizează nicio altă autoritate.
authority-guard-email = Adresa de e-mail generală nu este validă sau este deja utilizată de o altă autoritate.
authority-guard-translations_done = Nu s-a solicitat nicio traducere nouă.

authority-email-login_instructions =
    Înregistrarea autorității { $official_name } în IMI este finalizată.
    { $first_user_name } primește o parolă temporară într-un e-mail separat; ID-ul de utilizator este comunicat de coordonatorul dumneavoastră, niciodată prin e-mail. La prima conectare, alegeți o parolă și un cod de securitate de 12 caractere.
    .subject = Autoritatea dumneavoastră este înregistrată în IMI: instrucțiuni de conectare

authority-email-refused =
    Înregistrarea autorității { $official_name } în IMI a fost refuzată. { $reason }
    Coordonatorul dumneavoastră o mai poate valida în termen de șase luni; după acest termen, înregistrarea este ștearsă.
    .subject = Înregistrarea dumneavoastră în IMI a fost refuzată

authority-email-deletion_started =
    Ștergerea autorității { $official_name } din IMI a început. Puteți finaliza schimburile în curs, dar nu mai puteți trimite sau primi cereri noi.
    .subject = Ștergerea autorității dumneavoastră din IMI a început

authority-email-deactivated =
    Autoritatea { $official_name } este acum inactivă în IMI. Utilizatorii se pot conecta în continuare și pot consulta informațiile, dar nu se mai poate trimite sau primi nimic nou. Autoritatea va fi ștearsă definitiv la data de { $delete_on }.
    .subject = Autoritatea dumneavoastră este inactivă în IMI

## Flux de lucru: accesul la un domeniu legislativ (R-ACCESS)

wf-area_access = Accesul la un domeniu legislativ

area_access-party-authority = Autoritate
area_access-party-access_coordinator = Coordonator pentru accesul la legislație

area_access-state-requested = Solicitat
area_access-state-granted = Acordat
area_access-state-suspended = Suspendat
area_access-state-removed = Retras
area_access-state-reactivation_requested = Reactivare solicitată
area_access-state-removed_reactivation_requested = Reactivare solicitată (retras)
area_access-state-refused = Refuzat

area_access-action-request = Solicitați accesul la un domeniu legislativ
area_access-action-at_registration = Acces odată cu înregistrarea
area_access-action-edit_keywords = Editați setările domeniului
area_access-action-coordinator_edit_keywords = Editați setările domeniului pentru autoritatea solicitantă
area_access-action-grant = Acordați accesul
area_access-action-refuse = Refuzați accesul
area_access-action-suspend = Suspendați accesul
area_access-action-reinstate = Ridicați suspendarea
area_access-action-remove = Retrageți accesul
area_access-action-request_reactivation = Solicitați reactivarea
area_access-action-approve_reactivation = Reactivați
area_access-action-refuse_reactivation = Refuzați reactivarea

area_access-field-area = Domeniu legislativ
area_access-field-area_workflow = Flux de lucru
area_access-field-keywords = Cuvinte-cheie
area_access-field-note = Notă
area_access-field-reason = Motiv
area_access-field-requested_at = Data solicitării
area_access-field-granted_at = Data acordării
area_access-field-suspended_at = Data suspendării
area_access-field-removed_at = Data retragerii
area_access-field-reactivation_requested_at = Data solicitării reactivării

area_access-input-coordinator = Coordonatorul căruia i s-a solicitat accesul

area_access-guard-request = Autoritatea dumneavoastră are deja acces la acest domeniu sau l-a solicitat deja, nu este activă sau s-a ales pe sine drept coordonator.
area_access-guard-authority_not_active = Autoritatea nu este activă: nu se poate acorda niciun acces nou.

area_access-email-requested =
    Autoritatea { $authority } solicită accesul la domeniul legislativ { $area }.
    .subject = Cerere de acces la un domeniu legislativ

area_access-email-granted =
    Autoritatea dumneavoastră are acum acces la domeniul legislativ { $area }.
    .subject = Acces acordat la un domeniu legislativ

area_access-email-refused =
    Cererea dumneavoastră de acces la domeniul legislativ { $area } a fost refuzată. { $reason }
    .subject = Acces refuzat la un domeniu legislativ

area_access-email-suspended =
    Accesul dumneavoastră la domeniul legislativ { $area } este suspendat: puteți finaliza cererile deschise, dar nu puteți iniția nimic nou.
    .subject = Acces suspendat la un domeniu legislativ

area_access-email-removed =
    Accesul dumneavoastră la domeniul legislativ { $area } a fost retras.
    .subject = Acces retras la un domeniu legislativ

area_access-email-reactivation_requested =
    Autoritatea { $authority } solicită reactivarea accesului său la domeniul legislativ { $area }.
    .subject = Cerere de reactivare a accesului la un domeniu legislativ

area_access-email-reactivated =
    Cererea dumneavoastră de reactivare a accesului la domeniul legislativ { $area } a fost acceptată.
    .subject = Acces reactivat la un domeniu legislativ

area_access-email-reactivation_refused =
    Cererea dumneavoastră de reactivare a accesului la domeniul legislativ { $area } a fost refuzată. { $reason }
    .subject = Reactivarea accesului la un domeniu legislativ a fost refuzată

area_access-field-allocation = Alocarea cererilor primite
area_access-field-referral_participation = Participă la sesizări
area_access-field-coordinator_sees_details = Coordonatorii de cereri văd detaliile cererilor
area_access-field-approve_requests = Cererile necesită aprobarea coordonatorului
area_access-field-approve_replies = Răspunsurile necesită aprobarea coordonatorului
area_access-action-change_settings = Modificați setările
area_access-action-change_approval = Modificați setările de aprobare
