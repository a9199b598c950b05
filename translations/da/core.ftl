### Danske tekster til systempakken `core` (definitions/core):
### roller, koordinatorrelationer og arbejdsgangene registration_request,
### authority og area_access.

area-core = IMI-systemet

## Roles (R-ROLES)

role-basic_user = Almindelig bruger
role-request_handler = Anmodningsbehandler
role-allocator = Fordeler
role-local_data_administrator = Lokal dataadministrator
role-data_administrator = Dataadministrator
role-system_administrator = Systemadministrator

## Coordinator relations (R-ACTORS)

relation-validating = Validerende koordinator
relation-legislation_access = Koordinator for adgang til lovgivningsområder
relation-request = Anmodningskoordinator

## Workflow: registration request (R-REG)

wf-registration_request = Registreringsanmodning

registration_request-party-coordinator = Koordinator
registration_request-party-applicant = Inviteret myndighed
registration_request-party-commission = Europa-Kommissionen

registration_request-state-draft = Udkast
registration_request-state-saved = Gemt
registration_request-state-saving_blocked = Lagring blokeret
registration_request-state-rejected = Afvist
registration_request-state-sent = Sendt, afventer registrering
registration_request-state-pending_validation = Registrering afventer validering
registration_request-state-validated = Myndighed valideret
registration_request-state-validation_refused = Validering afvist
registration_request-state-expired = Udløbet
registration_request-state-cancelled = Annulleret
registration_request-state-deleted = Slettet

registration_request-action-create = Ny registreringsanmodning
registration_request-action-edit = Redigér
registration_request-action-edit_sent = Redigér og send en ny invitation
registration_request-action-save = Gem til afsendelse
registration_request-action-stop = Stop afsendelse
registration_request-action-release = Frigiv til afsendelse
registration_request-action-dispatch = Send invitationen
registration_request-action-remind = Send en påmindelse
registration_request-action-expire = Lad udløbe
registration_request-action-cancel = Annullér
registration_request-action-discard = Slet
registration_request-action-register = Registrér myndigheden
registration_request-action-authority_validated = Myndighed valideret
registration_request-action-authority_refused = Myndighed afvist
registration_request-action-purge = Slet endeligt

registration_request-field-email = Myndighedens arbejdsmail
registration_request-field-name = Navn (kun til din liste)
registration_request-field-areas = Lovgivningsområder
registration_request-field-note = Følgebrev
registration_request-field-country = Land
registration_request-field-rejection_reason = Begrundelse for afvisning
registration_request-field-saved_at = Gemt den
registration_request-field-dispatch_at = Sendes den
registration_request-field-sent_at = Sendt den
registration_request-field-token = Registreringskode
registration_request-field-token_expires_at = Koden er gyldig til
registration_request-field-registered_at = Registreret den
registration_request-field-authority_name = Registreret myndighed
registration_request-field-delete_at = Slettes den
registration_request-field-coordinator_name = Koordinator (som angivet i invitationen)
registration_request-field-coordinator_email = Koordinatorens e-mail (som angivet i invitationen)

registration_request-input-summary_kept = Jeg har udskrevet resuméet eller gemt det som et dokument
registration_request-input-official_name = Officielt navn
registration_request-input-national_languages = Nationale sprog
registration_request-input-informal_name = Uofficielt navn
registration_request-input-description = Kort beskrivelse af ansvarsområder
registration_request-input-languages = Andre sprog, der forstås
registration_request-input-level = Niveau (lokalt, regionalt, nationalt)
registration_request-input-address = Postadresse
registration_request-input-phone = Telefon
registration_request-input-website = Websted
registration_request-input-first_user_name = Første brugers navn
registration_request-input-first_user_email = Første brugers e-mail
registration_request-input-first_user_language = Første brugers foretrukne arbejdssprog

registration_request-rejection-malformed_email = E-mailadressen er ikke gyldig.
registration_request-rejection-email_in_use = E-mailadressen bruges allerede af en myndighed eller af en anden registreringsanmodning.

registration_request-guard-save = Vælg mindst ét lovgivningsområde.
registration_request-guard-edit_sent = E-mailadressen er ikke gyldig, eller den bruges allerede af en myndighed eller af en anden registreringsanmodning.
registration_request-guard-register = Sikkerhedskontrollen mislykkedes: koden er forkert eller udløbet, resuméet blev ikke gemt, landet svarer ikke til invitationen, eller e-mailadressen er ugyldig eller bruges allerede af en myndighed.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) inviterer din myndighed til at registrere sig i informationssystemet for det indre marked (IMI).

    { $note }

    Du registrerer dig ved at åbne { $link } og indtaste din registreringskode: { $token }
    Koden er gyldig til { $expires_on }.
    .subject = Invitation til registrering i IMI

registration_request-email-reminder =
    Din invitation fra { $coordinator_name } ({ $coordinator_email }) til at registrere dig i IMI udløber den { $expires_on }.
    Du registrerer dig ved at åbne { $link }.
    .subject = Påmindelse: din invitation til registrering i IMI udløber snart

registration_request-email-token_void =
    Invitationen til registrering i IMI, som { $coordinator_name } ({ $coordinator_email }) sendte dig, er blevet ændret. Det link og den kode, du modtog, er ikke længere gyldige. Du modtager en ny invitation med en ny kode.
    .subject = Dit IMI-registreringslink er ikke længere gyldigt

registration_request-email-registered =
    Myndigheden { $official_name } har registreret sig i IMI via din registreringsanmodning { $name } ({ $email }). Registreringen afventer din validering.
    .subject = En registrering afventer din validering

registration_request-email-confirmation =
    Tak, fordi du har registreret { $official_name } ({ $informal_name }, { $country }) i IMI.
    Første bruger: { $first_user_name }.
    Din koordinator { $coordinator_name } vil nu validere registreringen, hvorefter du modtager en vejledning i at logge på.
    .subject = Din registrering i IMI

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Myndighed

authority-party-own = Myndighed
authority-party-validating_coordinator = Validerende koordinator
authority-party-commission = Europa-Kommissionen

authority-state-pending_validation = Registrering afventer validering
authority-state-refused = Registrering afvist
authority-state-active = Aktiv
authority-state-deletion_in_progress = Sletning i gang
authority-state-inactive = Inaktiv
authority-state-deleted = Slettet

authority-action-register_directly = Registrér en myndighed
authority-action-self_registration = Selvregistrering
authority-action-validate = Validér
authority-action-refuse = Afvis registreringen
authority-action-update_profile = Opdatér myndighedens oplysninger
authority-action-change_official_name = Ændr det officielle navn
authority-action-translations_done = Oversættelser udført
authority-action-start_deletion = Start sletning
authority-action-deactivate = Gør inaktiv
authority-action-purge = Slet endeligt

authority-field-official_name = Officielt navn
authority-field-country = Land
authority-field-level = Niveau (lokalt, regionalt, nationalt)
authority-field-national_languages = Nationale sprog
authority-field-informal_name = Uofficielt navn
authority-field-description = Kort beskrivelse af ansvarsområder
authority-field-languages = Andre sprog, der forstås
authority-field-address = Postadresse
authority-field-phone = Telefon
authority-field-website = Websted
authority-field-email = Generel e-mail
authority-field-new_translation_needed = Ny oversættelse nødvendig
authority-field-first_user_name = Første brugers navn
authority-field-first_user_email = Første brugers e-mail
authority-field-first_user_language = Første brugers foretrukne arbejdssprog
authority-field-areas = Lovgivningsområder
authority-field-validated_at = Valideret den
authority-field-refused_at = Afvist den
authority-field-refusal_reason = Begrundelse for afvisning
authority-field-deletion_started_at = Sletning startet den
authority-field-inactive_since = Inaktiv siden
authority-field-delete_at = Slettes den

authority-input-authority_id = Eksisterende myndigheds-id (kun migrering)
authority-input-reason = Begrundelse

authority-guard-register_directly = Myndigheden skal være fra dit land og have en gyldig generel e-mailadresse, som ingen anden myndighed bruger.
authority-guard-email = Den generelle e-mailadresse er ikke gyldig, eller en anden myndighed bruger den allerede.
authority-guard-translations_done = Der er ikke anmodet om nogen ny oversættelse.

authority-email-login_instructions =
    Registreringen af { $official_name } i IMI er fuldført.
    { $first_user_name } modtager en midlertidig adgangskode i en separat e-mail; bruger-id'et oplyses af din koordinator, aldrig pr. e-mail. Vælg ved første login en adgangskode og en sikkerhedskode på 12 tegn.
    .subject = Din myndighed er registreret i IMI: vejledning i at logge på

authority-email-refused =
    Registreringen af { $official_name } i IMI blev afvist. { $reason }
    Din koordinator kan stadig validere den inden for seks måneder; derefter slettes den.
    .subject = Din registrering i IMI blev afvist

authority-email-deletion_started =
    Sletningen af { $official_name } fra IMI er startet. Du kan afslutte dine igangværende udvekslinger, men du kan ikke længere sende eller modtage nye anmodninger.
    .subject = Sletningen af din myndighed i IMI er startet

authority-email-deactivated =
    { $official_name } er nu inaktiv i IMI. Brugerne kan stadig logge på og læse, men intet nyt kan sendes eller modtages. Myndigheden slettes endeligt den { $delete_on }.
    .subject = Din myndighed er inaktiv i IMI

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Adgang til et lovgivningsområde

area_access-party-authority = Myndighed
area_access-party-access_coordinator = Koordinator for adgang til lovgivningsområder

area_access-state-requested = Anmodet
area_access-state-granted = Givet
area_access-state-suspended = Suspenderet
area_access-state-removed = Fjernet
area_access-state-reactivation_requested = Anmodet om genaktivering
area_access-state-removed_reactivation_requested = Anmodet om genaktivering (fjernet)
area_access-state-refused = Afvist

area_access-action-request = Anmod om adgang til et lovgivningsområde
area_access-action-at_registration = Adgang ved registreringen
area_access-action-edit_keywords = Redigér områdets indstillinger
area_access-action-coordinator_edit_keywords = Redigér områdets indstillinger for den anmodende myndighed
area_access-action-grant = Giv adgang
area_access-action-refuse = Afvis adgang
area_access-action-suspend = Suspendér adgang
area_access-action-reinstate = Ophæv suspensionen
area_access-action-remove = Fjern adgang
area_access-action-request_reactivation = Anmod om genaktivering
area_access-action-approve_reactivation = Genaktivér
area_access-action-refuse_reactivation = Afvis genaktivering

area_access-field-area = Lovgivningsområde
area_access-field-area_workflow = Arbejdsgang
area_access-field-keywords = Nøgleord
area_access-field-note = Bemærkning
area_access-field-reason = Begrundelse
area_access-field-requested_at = Anmodet den
area_access-field-granted_at = Givet den
area_access-field-suspended_at = Suspenderet den
area_access-field-removed_at = Fjernet den
area_access-field-reactivation_requested_at = Genaktivering anmodet den

area_access-input-coordinator = Koordinator, der er anmodet om adgang

area_access-guard-request = Din myndighed har allerede adgang til eller har anmodet om adgang til dette område, er ikke aktiv eller har valgt sig selv som koordinator.
area_access-guard-authority_not_active = Myndigheden er ikke aktiv: der kan ikke gives ny adgang.

area_access-email-requested =
    Myndigheden { $authority } anmoder om adgang til lovgivningsområdet { $area }.
    .subject = Anmodning om adgang til et lovgivningsområde

area_access-email-granted =
    Din myndighed har nu adgang til lovgivningsområdet { $area }.
    .subject = Adgang til et lovgivningsområde givet

area_access-email-refused =
    Din anmodning om adgang til lovgivningsområdet { $area } blev afvist. { $reason }
    .subject = Adgang til et lovgivningsområde afvist

area_access-email-suspended =
    Din adgang til lovgivningsområdet { $area } er suspenderet: du kan afslutte åbne anmodninger, men ikke starte noget nyt.
    .subject = Adgang til et lovgivningsområde suspenderet

area_access-email-removed =
    Din adgang til lovgivningsområdet { $area } er blevet fjernet.
    .subject = Adgang til et lovgivningsområde fjernet

area_access-email-reactivation_requested =
    Myndigheden { $authority } anmoder om genaktivering af sin adgang til lovgivningsområdet { $area }.
    .subject = Anmodning om genaktivering af adgang til et lovgivningsområde

area_access-email-reactivated =
    Din anmodning om genaktivering af din adgang til lovgivningsområdet { $area } er blevet imødekommet.
    .subject = Adgang til et lovgivningsområde genaktiveret

area_access-email-reactivation_refused =
    Din anmodning om genaktivering af din adgang til lovgivningsområdet { $area } blev afvist. { $reason }
    .subject = Genaktivering af adgang til et lovgivningsområde afvist

area_access-field-allocation = Fordeling af indgående anmodninger
area_access-field-referral_participation = Deltager i henvisninger
area_access-field-coordinator_sees_details = Anmodningskoordinatorer ser detaljerne i anmodninger
area_access-field-approve_requests = Anmodninger kræver koordinatorens godkendelse
area_access-field-approve_replies = Svar kræver koordinatorens godkendelse
area_access-action-change_settings = Ændr indstillingerne
area_access-action-change_approval = Ændr indstillingerne for godkendelse
