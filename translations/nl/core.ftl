### Nederlandse teksten van het systeempakket `core` (definitions/core):
### rollen, coördinatorrelaties en de workflows registration_request,
### authority en area_access.

area-core = IMI-systeem

## Rollen (R-ROLES)

role-basic_user = Basisgebruiker
role-request_handler = Verzoekbehandelaar
role-allocator = Toewijzer
role-local_data_administrator = Lokale gegevensbeheerder
role-data_administrator = Gegevensbeheerder
role-system_administrator = Systeembeheerder

## Coördinatorrelaties (R-ACTORS)

relation-validating = Validerende coördinator
relation-legislation_access = Coördinator voor toegang tot wetgeving
relation-request = Verzoekcoördinator

## Workflow: registratieverzoek (R-REG)

wf-registration_request = Registratieverzoek

registration_request-party-coordinator = Coördinator
registration_request-party-applicant = Uitgenodigde autoriteit
registration_request-party-commission = Europese Commissie

registration_request-state-draft = Concept
registration_request-state-saved = Opgeslagen
registration_request-state-saving_blocked = Opslaan geblokkeerd
registration_request-state-rejected = Afgewezen
registration_request-state-sent = Verzonden, wacht op registratie
registration_request-state-pending_validation = Registratie wacht op validatie
registration_request-state-validated = Autoriteit gevalideerd
registration_request-state-validation_refused = Validatie geweigerd
registration_request-state-expired = Verlopen
registration_request-state-cancelled = Geannuleerd
registration_request-state-deleted = Verwijderd

registration_request-action-create = Nieuw registratieverzoek
registration_request-action-edit = Bewerken
registration_request-action-edit_sent = Bewerken en een nieuwe uitnodiging verzenden
registration_request-action-save = Opslaan voor verzending
registration_request-action-stop = Verzending stoppen
registration_request-action-release = Vrijgeven voor verzending
registration_request-action-dispatch = De uitnodiging verzenden
registration_request-action-remind = Een herinnering verzenden
registration_request-action-expire = Laten verlopen
registration_request-action-cancel = Annuleren
registration_request-action-discard = Verwijderen
registration_request-action-register = De autoriteit registreren
registration_request-action-authority_validated = Autoriteit gevalideerd
registration_request-action-authority_refused = Autoriteit geweigerd
registration_request-action-purge = Definitief verwijderen

registration_request-field-email = Werk-e-mailadres van de autoriteit
registration_request-field-name = Naam (alleen voor uw eigen lijst)
registration_request-field-areas = Wetgevingsgebieden
registration_request-field-note = Begeleidende tekst
registration_request-field-country = Land
registration_request-field-rejection_reason = Reden van afwijzing
registration_request-field-saved_at = Opgeslagen op
registration_request-field-dispatch_at = Te verzenden op
registration_request-field-sent_at = Verzonden op
registration_request-field-token = Registratietoken
registration_request-field-token_expires_at = Token geldig tot
registration_request-field-registered_at = Geregistreerd op
registration_request-field-authority_name = Geregistreerde autoriteit
registration_request-field-delete_at = Te verwijderen op
registration_request-field-coordinator_name = Coördinator (zoals vermeld in de uitnodiging)
registration_request-field-coordinator_email = E-mailadres van de coördinator (zoals vermeld in de uitnodiging)

registration_request-input-summary_kept = Ik heb de samenvatting afgedrukt of als document opgeslagen
registration_request-input-official_name = Officiële naam
registration_request-input-national_languages = Nationale talen
registration_request-input-informal_name = Informele naam
registration_request-input-description = Korte beschrijving van de bevoegdheden
registration_request-input-languages = Andere talen die worden begrepen
registration_request-input-level = Niveau (lokaal, regionaal, nationaal)
registration_request-input-address = Postadres
registration_request-input-phone = Telefoon
registration_request-input-website = Website
registration_request-input-first_user_name = Naam van de eerste gebruiker
registration_request-input-first_user_email = E-mailadres van de eerste gebruiker
registration_request-input-first_user_language = Voorkeurswerktaal van de eerste gebruiker

registration_request-rejection-malformed_email = Het e-mailadres is niet geldig.
registration_request-rejection-email_in_use = Het e-mailadres wordt al gebruikt door een autoriteit of door een ander registratieverzoek.

registration_request-guard-save = Kies ten minste één wetgevingsgebied.
registration_request-guard-edit_sent = Het e-mailadres is niet geldig, of het wordt al gebruikt door een autoriteit of door een ander registratieverzoek.
registration_request-guard-register = De veiligheidscontrole is mislukt: het token is onjuist of verlopen, de samenvatting is niet bewaard, het land komt niet overeen met de uitnodiging, of het e-mailadres is ongeldig of wordt al gebruikt door een autoriteit.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) nodigt uw autoriteit uit zich te registreren in het Informatiesysteem interne markt (IMI).

    { $note }

    Open { $link } om u te registreren en voer uw registratietoken in: { $token }
    Het token is geldig tot { $expires_on }.
    .subject = Uitnodiging tot registratie in IMI

registration_request-email-reminder =
    Uw uitnodiging van { $coordinator_name } ({ $coordinator_email }) tot registratie in IMI verloopt op { $expires_on }.
    Open { $link } om u te registreren.
    .subject = Herinnering: uw uitnodiging tot registratie in IMI verloopt binnenkort

registration_request-email-token_void =
    De uitnodiging tot registratie in IMI die { $coordinator_name } ({ $coordinator_email }) u heeft gestuurd, is gewijzigd. De link en het token die u hebt ontvangen, zijn niet langer geldig. U ontvangt een nieuwe uitnodiging met een nieuw token.
    .subject = Uw IMI-registratielink is niet langer geldig

registration_request-email-registered =
    De autoriteit { $official_name } heeft zich in IMI geregistreerd via uw registratieverzoek { $name } ({ $email }). De registratie wacht op uw validatie.
    .subject = Een registratie wacht op uw validatie

registration_request-email-confirmation =
    Hartelijk dank voor de registratie van { $official_name } ({ $informal_name }, { $country }) in IMI.
    Eerste gebruiker: { $first_user_name }.
    Uw coördinator { $coordinator_name } zal de registratie nu valideren; daarna ontvangt u instructies om in te loggen.
    .subject = Uw registratie in IMI

## Workflow: autoriteit (R-CA-LIFE, R-PROFILE)

wf-authority = Autoriteit

authority-party-own = Autoriteit
authority-party-validating_coordinator = Validerende coördinator
authority-party-commission = Europese Commissie

authority-state-pending_validation = Registratie wacht op validatie
authority-state-refused = Registratie geweigerd
authority-state-active = Actief
authority-state-deletion_in_progress = Verwijdering in uitvoering
authority-state-inactive = Inactief
authority-state-deleted = Verwijderd

authority-action-register_directly = Een autoriteit registreren
authority-action-self_registration = Zelfregistratie
authority-action-validate = Valideren
authority-action-refuse = De registratie weigeren
authority-action-update_profile = De gegevens van de autoriteit bijwerken
authority-action-change_official_name = De officiële naam wijzigen
authority-action-translations_done = Vertalingen voltooid
authority-action-start_deletion = Verwijdering starten
authority-action-deactivate = Op inactief zetten
authority-action-purge = Definitief verwijderen

authority-field-official_name = Officiële naam
authority-field-country = Land
authority-field-level = Niveau (lokaal, regionaal, nationaal)
authority-field-national_languages = Nationale talen
authority-field-informal_name = Informele naam
authority-field-description = Korte beschrijving van de bevoegdheden
authority-field-languages = Andere talen die worden begrepen
authority-field-address = Postadres
authority-field-phone = Telefoon
authority-field-website = Website
authority-field-email = Algemeen e-mailadres
authority-field-new_translation_needed = Nieuwe vertaling nodig
authority-field-first_user_name = Naam van de eerste gebruiker
authority-field-first_user_email = E-mailadres van de eerste gebruiker
authority-field-first_user_language = Voorkeurswerktaal van de eerste gebruiker
authority-field-areas = Wetgevingsgebieden
authority-field-validated_at = Gevalideerd op
authority-field-refused_at = Geweigerd op
authority-field-refusal_reason = Reden van weigering
authority-field-deletion_started_at = Verwijdering gestart op
authority-field-inactive_since = Inactief sinds
authority-field-delete_at = Te verwijderen op

authority-input-authority_id = Bestaand autoriteits-ID (alleen voor migratie)
authority-input-reason = Reden

authority-guard-register_directly = De autoriteit moet uit uw land zijn en een geldig algemeen e-mailadres hebben dat door geen enkele andere autoriteit wordt gebruikt.
authority-guard-email = Het algemene e-mailadres is niet geldig, of het wordt al door een andere autoriteit gebruikt.
authority-guard-translations_done = Er is geen nieuwe vertaling gevraagd.

authority-email-login_instructions =
    De registratie van { $official_name } in IMI is voltooid.
    { $first_user_name } ontvangt een tijdelijk wachtwoord in een afzonderlijke e-mail; het gebruikers-ID wordt door uw coördinator verstrekt, nooit per e-mail. Kies bij de eerste keer inloggen een wachtwoord en een beveiligingscode van 12 tekens.
    .subject = Uw autoriteit is geregistreerd in IMI: instructies om in te loggen

authority-email-refused =
    De registratie van { $official_name } in IMI is geweigerd. { $reason }
    Uw coördinator kan de registratie nog binnen zes maanden valideren; daarna wordt zij verwijderd.
    .subject = Uw registratie in IMI is geweigerd

authority-email-deletion_started =
    De verwijdering van { $official_name } uit IMI is gestart. U kunt uw lopende uitwisselingen afronden, maar u kunt geen nieuwe verzoeken meer verzenden of ontvangen.
    .subject = De verwijdering van uw autoriteit uit IMI is gestart

authority-email-deactivated =
    { $official_name } is nu inactief in IMI. Gebruikers kunnen nog inloggen en gegevens raadplegen, maar er kan niets nieuws worden verzonden of ontvangen. De autoriteit wordt op { $delete_on } definitief verwijderd.
    .subject = Uw autoriteit is inactief in IMI

## Workflow: toegang tot een wetgevingsgebied (R-ACCESS)

wf-area_access = Toegang tot een wetgevingsgebied

area_access-party-authority = Autoriteit
area_access-party-access_coordinator = Coördinator voor toegang tot wetgeving

area_access-state-requested = Aangevraagd
area_access-state-granted = Verleend
area_access-state-suspended = Opgeschort
area_access-state-removed = Ingetrokken
area_access-state-reactivation_requested = Heractivering aangevraagd
area_access-state-removed_reactivation_requested = Heractivering aangevraagd (ingetrokken)
area_access-state-refused = Geweigerd

area_access-action-request = Toegang tot een wetgevingsgebied aanvragen
area_access-action-at_registration = Toegang bij de registratie
area_access-action-edit_keywords = De instellingen van het gebied bewerken
area_access-action-coordinator_edit_keywords = De instellingen van het gebied van de aanvragende autoriteit bewerken
area_access-action-grant = Toegang verlenen
area_access-action-refuse = Toegang weigeren
area_access-action-suspend = Toegang opschorten
area_access-action-reinstate = De opschorting opheffen
area_access-action-remove = Toegang intrekken
area_access-action-request_reactivation = Heractivering aanvragen
area_access-action-approve_reactivation = Heractiveren
area_access-action-refuse_reactivation = Heractivering weigeren

area_access-field-area = Wetgevingsgebied
area_access-field-area_workflow = Workflow
area_access-field-keywords = Trefwoorden
area_access-field-note = Opmerking
area_access-field-reason = Reden
area_access-field-requested_at = Aangevraagd op
area_access-field-granted_at = Verleend op
area_access-field-suspended_at = Opgeschort op
area_access-field-removed_at = Ingetrokken op
area_access-field-reactivation_requested_at = Heractivering aangevraagd op

area_access-input-coordinator = Coördinator bij wie toegang is aangevraagd

area_access-guard-request = Uw autoriteit heeft al toegang tot dit gebied of heeft die al aangevraagd, is niet actief, of heeft zichzelf als coördinator gekozen.
area_access-guard-authority_not_active = De autoriteit is niet actief: er kan geen nieuwe toegang worden verleend.

area_access-email-requested =
    De autoriteit { $authority } verzoekt om toegang tot het wetgevingsgebied { $area }.
    .subject = Verzoek om toegang tot een wetgevingsgebied

area_access-email-granted =
    Uw autoriteit heeft nu toegang tot het wetgevingsgebied { $area }.
    .subject = Toegang tot een wetgevingsgebied verleend

area_access-email-refused =
    Uw verzoek om toegang tot het wetgevingsgebied { $area } is geweigerd. { $reason }
    .subject = Toegang tot een wetgevingsgebied geweigerd

area_access-email-suspended =
    Uw toegang tot het wetgevingsgebied { $area } is opgeschort: u kunt lopende verzoeken afronden, maar niets nieuws starten.
    .subject = Toegang tot een wetgevingsgebied opgeschort

area_access-email-removed =
    Uw toegang tot het wetgevingsgebied { $area } is ingetrokken.
    .subject = Toegang tot een wetgevingsgebied ingetrokken

area_access-email-reactivation_requested =
    De autoriteit { $authority } verzoekt om heractivering van haar toegang tot het wetgevingsgebied { $area }.
    .subject = Verzoek om heractivering van de toegang tot een wetgevingsgebied

area_access-email-reactivated =
    Uw verzoek om heractivering van uw toegang tot het wetgevingsgebied { $area } is ingewilligd.
    .subject = Toegang tot een wetgevingsgebied geheractiveerd

area_access-email-reactivation_refused =
    Uw verzoek om heractivering van uw toegang tot het wetgevingsgebied { $area } is geweigerd. { $reason }
    .subject = Heractivering van de toegang tot een wetgevingsgebied geweigerd

area_access-field-allocation = Toewijzing van inkomende verzoeken
area_access-field-referral_participation = Neemt deel aan doorverwijzingen
area_access-field-coordinator_sees_details = Verzoekcoördinatoren zien de details van verzoeken
area_access-field-approve_requests = Verzoeken vereisen goedkeuring door de coördinator
area_access-field-approve_replies = Antwoorden vereisen goedkeuring door de coördinator
area_access-action-change_settings = De instellingen wijzigen
area_access-action-change_approval = De goedkeuringsinstellingen wijzigen
