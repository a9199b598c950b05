### Svenska texter för systempaketet `core` (definitions/core):
### roller, samordnarrelationer och arbetsflödena registration_request,
### authority och area_access.

area-core = IMI-systemet

## Roller (R-ROLES)

role-basic_user = Basanvändare
role-request_handler = Handläggare av förfrågningar
role-allocator = Fördelare av förfrågningar
role-local_data_administrator = Lokal dataadministratör
role-data_administrator = Dataadministratör
role-system_administrator = Systemadministratör

## Samordnarrelationer (R-ACTORS)

relation-validating = Validerande samordnare
relation-legislation_access = Samordnare för lagstiftningsåtkomst
relation-request = Samordnare för förfrågningar

## Arbetsflöde: registreringsbegäran (R-REG)

wf-registration_request = Registreringsbegäran

registration_request-party-coordinator = Samordnare
registration_request-party-applicant = Inbjuden myndighet
registration_request-party-commission = Europeiska kommissionen

registration_request-state-draft = Utkast
registration_request-state-saved = Sparad
registration_request-state-saving_blocked = Sparande blockerat
registration_request-state-rejected = Avvisad
registration_request-state-sent = Skickad, inväntar registrering
registration_request-state-pending_validation = Registrering inväntar validering
registration_request-state-validated = Myndighet validerad
registration_request-state-validation_refused = Validering avslagen
registration_request-state-expired = Utgången
registration_request-state-cancelled = Avbruten
registration_request-state-deleted = Raderad

registration_request-action-create = Ny registreringsbegäran
registration_request-action-edit = Redigera
registration_request-action-edit_sent = Redigera och skicka en ny inbjudan
registration_request-action-save = Spara för utskick
registration_request-action-stop = Stoppa utskick
registration_request-action-release = Frigör för utskick
registration_request-action-dispatch = Skicka inbjudan
registration_request-action-remind = Skicka en påminnelse
registration_request-action-expire = Låt löpa ut
registration_request-action-cancel = Avbryt
registration_request-action-discard = Radera
registration_request-action-register = Registrera myndigheten
registration_request-action-authority_validated = Myndighet validerad
registration_request-action-authority_refused = Myndighet avslagen
registration_request-action-purge = Radera permanent

registration_request-field-email = Myndighetens e-postadress i tjänsten
registration_request-field-name = Namn (endast för er egen lista)
registration_request-field-areas = Lagstiftningsområden
registration_request-field-note = Följebrev
registration_request-field-country = Land
registration_request-field-rejection_reason = Skäl för avvisande
registration_request-field-saved_at = Sparad den
registration_request-field-dispatch_at = Ska skickas den
registration_request-field-sent_at = Skickad den
registration_request-field-token = Registreringstoken
registration_request-field-token_expires_at = Token giltig till
registration_request-field-registered_at = Registrerad den
registration_request-field-authority_name = Registrerad myndighet
registration_request-field-delete_at = Ska raderas den
registration_request-field-coordinator_name = Samordnare (enligt inbjudan)
registration_request-field-coordinator_email = Samordnarens e-postadress (enligt inbjudan)

registration_request-input-summary_kept = Jag har skrivit ut sammanfattningen eller sparat den som ett dokument
registration_request-input-official_name = Officiellt namn
registration_request-input-national_languages = Nationella språk
registration_request-input-informal_name = Informellt namn
registration_request-input-description = Kort beskrivning av ansvarsområden
registration_request-input-languages = Andra språk som myndigheten förstår
registration_request-input-level = Nivå (lokal, regional, nationell)
registration_request-input-address = Postadress
registration_request-input-phone = Telefon
registration_request-input-website = Webbplats
registration_request-input-first_user_name = Den första användarens namn
registration_request-input-first_user_email = Den första användarens e-postadress
registration_request-input-first_user_language = Den första användarens föredragna arbetsspråk

registration_request-rejection-malformed_email = E-postadressen är inte giltig.
registration_request-rejection-email_in_use = E-postadressen används redan av en myndighet eller i en annan registreringsbegäran.

registration_request-guard-save = Välj minst ett lagstiftningsområde.
registration_request-guard-edit_sent = E-postadressen är inte giltig eller används redan av en myndighet eller i en annan registreringsbegäran.
registration_request-guard-register = Säkerhetskontrollen misslyckades: token är felaktig eller har löpt ut, sammanfattningen har inte sparats, landet stämmer inte med inbjudan, eller e-postadressen är ogiltig eller används redan av en myndighet.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) bjuder in er myndighet att registrera sig i informationssystemet för den inre marknaden (IMI).

    { $note }

    Öppna { $link } för att registrera er och ange er registreringstoken: { $token }
    Token är giltig till { $expires_on }.
    .subject = Inbjudan att registrera sig i IMI

registration_request-email-reminder =
    Er inbjudan från { $coordinator_name } ({ $coordinator_email }) att registrera er i IMI löper ut den { $expires_on }.
    Öppna { $link } för att registrera er.
    .subject = Påminnelse: er inbjudan att registrera er i IMI löper snart ut

registration_request-email-token_void =
    Inbjudan att registrera er i IMI som { $coordinator_name } ({ $coordinator_email }) skickade till er har ändrats. Länken och token som ni fick är inte längre giltiga. En ny inbjudan med en ny token följer.
    .subject = Er registreringslänk till IMI är inte längre giltig

registration_request-email-registered =
    Myndigheten { $official_name } har registrerat sig i IMI via er registreringsbegäran { $name } ({ $email }). Registreringen inväntar er validering.
    .subject = En registrering inväntar er validering

registration_request-email-confirmation =
    Tack för att ni har registrerat { $official_name } ({ $informal_name }, { $country }) i IMI.
    Första användare: { $first_user_name }.
    Er samordnare { $coordinator_name } kommer nu att validera registreringen; därefter får ni instruktioner för inloggning.
    .subject = Er registrering i IMI

## Arbetsflöde: myndighet (R-CA-LIFE, R-PROFILE)

wf-authority = Myndighet

authority-party-own = Myndighet
authority-party-validating_coordinator = Validerande samordnare
authority-party-commission = Europeiska kommissionen

authority-state-pending_validation = Registrering inväntar validering
authority-state-refused = Registrering avslagen
authority-state-active = Aktiv
authority-state-deletion_in_progress = Radering pågår
authority-state-inactive = Inaktiv
authority-state-deleted = Raderad

authority-action-register_directly = Registrera en myndighet
authority-action-self_registration = Självregistrering
authority-action-validate = Validera
authority-action-refuse = Avslå registreringen
authority-action-update_profile = Uppdatera myndighetens uppgifter
authority-action-change_official_name = Ändra det officiella namnet
authority-action-translations_done = Översättningar klara
authority-action-start_deletion = Inled radering
authority-action-deactivate = Gör inaktiv
authority-action-purge = Radera permanent

authority-field-official_name = Officiellt namn
authority-field-country = Land
authority-field-level = Nivå (lokal, regional, nationell)
authority-field-national_languages = Nationella språk
authority-field-informal_name = Informellt namn
authority-field-description = Kort beskrivning av ansvarsområden
authority-field-languages = Andra språk som myndigheten förstår
authority-field-address = Postadress
authority-field-phone = Telefon
authority-field-website = Webbplats
authority-field-email = Allmän e-postadress
authority-field-new_translation_needed = Ny översättning behövs
authority-field-first_user_name = Den första användarens namn
authority-field-first_user_email = Den första användarens e-postadress
authority-field-first_user_language = Den första användarens föredragna arbetsspråk
authority-field-areas = Lagstiftningsområden
authority-field-validated_at = Validerad den
authority-field-refused_at = Avslagen den
authority-field-refusal_reason = Skäl för avslag
authority-field-deletion_started_at = Radering inledd den
authority-field-inactive_since = Inaktiv sedan
authority-field-delete_at = Ska raderas den

authority-input-authority_id = Befintligt myndighets-id (endast för migrering)
authority-input-reason = Skäl

authority-guard-register_directly = Myndigheten måste höra till ert land och ha en giltig allmän e-postadress som ingen annan myndighet använder.
authority-guard-email = Den allmänna e-postadressen är inte giltig eller används redan av en annan myndighet.
authority-guard-translations_done = Ingen ny översättning har begärts.

authority-email-login_instructions =
    Registreringen av { $official_name } i IMI är slutförd.
    { $first_user_name } får ett tillfälligt lösenord i ett separat e-postmeddelande; användar-id:t lämnas av er samordnare, aldrig via e-post. Välj vid första inloggningen ett lösenord och en säkerhetskod på 12 tecken.
    .subject = Er myndighet är registrerad i IMI: instruktioner för inloggning

authority-email-refused =
    Registreringen av { $official_name } i IMI har avslagits. { $reason }
    Er samordnare kan fortfarande validera den inom sex månader; därefter raderas den.
    .subject = Er registrering i IMI har avslagits

authority-email-deletion_started =
    Raderingen av { $official_name } från IMI har inletts. Ni kan slutföra pågående informationsutbyten men kan inte längre skicka eller ta emot nya förfrågningar.
    .subject = Raderingen av er myndighet från IMI har inletts

authority-email-deactivated =
    { $official_name } är nu inaktiv i IMI. Användarna kan fortfarande logga in och läsa, men inget nytt kan skickas eller tas emot. Myndigheten kommer att raderas permanent den { $delete_on }.
    .subject = Er myndighet är inaktiv i IMI

## Arbetsflöde: åtkomst till ett lagstiftningsområde (R-ACCESS)

wf-area_access = Åtkomst till ett lagstiftningsområde

area_access-party-authority = Myndighet
area_access-party-access_coordinator = Samordnare för lagstiftningsåtkomst

area_access-state-requested = Begärd
area_access-state-granted = Beviljad
area_access-state-suspended = Tillfälligt avstängd
area_access-state-removed = Återkallad
area_access-state-reactivation_requested = Återaktivering begärd
area_access-state-removed_reactivation_requested = Återaktivering begärd (återkallad)
area_access-state-refused = Avslagen

area_access-action-request = Begär åtkomst till ett lagstiftningsområde
area_access-action-at_registration = Åtkomst i samband med registreringen
area_access-action-edit_keywords = Redigera områdets inställningar
area_access-action-coordinator_edit_keywords = Redigera områdets inställningar för den ansökande myndigheten
area_access-action-grant = Bevilja åtkomst
area_access-action-refuse = Avslå åtkomst
area_access-action-suspend = Stäng av åtkomst tillfälligt
area_access-action-reinstate = Häv avstängningen
area_access-action-remove = Återkalla åtkomst
area_access-action-request_reactivation = Begär återaktivering
area_access-action-approve_reactivation = Återaktivera
area_access-action-refuse_reactivation = Avslå återaktivering

area_access-field-area = Lagstiftningsområde
area_access-field-area_workflow = Arbetsflöde
area_access-field-keywords = Nyckelord
area_access-field-note = Anmärkning
area_access-field-reason = Skäl
area_access-field-requested_at = Begärd den
area_access-field-granted_at = Beviljad den
area_access-field-suspended_at = Avstängd den
area_access-field-removed_at = Återkallad den
area_access-field-reactivation_requested_at = Återaktivering begärd den

area_access-input-coordinator = Samordnare som åtkomst har begärts hos

area_access-guard-request = Er myndighet har redan åtkomst till detta område eller har redan begärt det, är inte aktiv eller har valt sig själv som samordnare.
area_access-guard-authority_not_active = Myndigheten är inte aktiv: ingen ny åtkomst kan beviljas.

area_access-email-requested =
    Myndigheten { $authority } begär åtkomst till lagstiftningsområdet { $area }.
    .subject = Begäran om åtkomst till ett lagstiftningsområde

area_access-email-granted =
    Er myndighet har nu åtkomst till lagstiftningsområdet { $area }.
    .subject = Åtkomst till ett lagstiftningsområde beviljad

area_access-email-refused =
    Er begäran om åtkomst till lagstiftningsområdet { $area } har avslagits. { $reason }
    .subject = Åtkomst till ett lagstiftningsområde avslagen

area_access-email-suspended =
    Er åtkomst till lagstiftningsområdet { $area } är tillfälligt avstängd: ni kan slutföra öppna förfrågningar men inte inleda något nytt.
    .subject = Åtkomst till ett lagstiftningsområde tillfälligt avstängd

area_access-email-removed =
    Er åtkomst till lagstiftningsområdet { $area } har återkallats.
    .subject = Åtkomst till ett lagstiftningsområde återkallad

area_access-email-reactivation_requested =
    Myndigheten { $authority } begär återaktivering av sin åtkomst till lagstiftningsområdet { $area }.
    .subject = Begäran om återaktivering av åtkomst till ett lagstiftningsområde

area_access-email-reactivated =
    Er begäran om återaktivering av er åtkomst till lagstiftningsområdet { $area } har beviljats.
    .subject = Åtkomst till ett lagstiftningsområde återaktiverad

area_access-email-reactivation_refused =
    Er begäran om återaktivering av er åtkomst till lagstiftningsområdet { $area } har avslagits. { $reason }
    .subject = Återaktivering av åtkomst till ett lagstiftningsområde avslagen

area_access-field-allocation = Fördelning av inkommande förfrågningar
area_access-field-referral_participation = Deltar i hänskjutanden
area_access-field-coordinator_sees_details = Samordnare för förfrågningar ser uppgifterna i förfrågningar
area_access-field-approve_requests = Förfrågningar kräver samordnarens godkännande
area_access-field-approve_replies = Svar kräver samordnarens godkännande
area_access-action-change_settings = Ändra inställningarna
area_access-action-change_approval = Ändra inställningarna för godkännande
