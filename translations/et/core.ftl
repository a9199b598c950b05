### Süsteemipaketi `core` eestikeelsed tekstid (definitions/core):
### rollid, koordinaatorite suhted ning töövood registration_request,
### authority ja area_access.

area-core = IMI süsteem

## Roles (R-ROLES)

role-basic_user = Põhikasutaja
role-request_handler = Taotluste käsitleja
role-allocator = Taotluste jaotaja
role-local_data_administrator = Kohalik andmehaldur
role-data_administrator = Andmehaldur
role-system_administrator = Süsteemiadministraator

## Coordinator relations (R-ACTORS)

relation-validating = Kinnitav koordinaator
relation-legislation_access = Õigusvaldkondade juurdepääsu koordinaator
relation-request = Taotluste koordinaator

## Workflow: registration request (R-REG)

wf-registration_request = Registreerimistaotlus

registration_request-party-coordinator = Koordinaator
registration_request-party-applicant = Kutsutud asutus
registration_request-party-commission = Euroopa Komisjon

registration_request-state-draft = Mustand
registration_request-state-saved = Salvestatud
registration_request-state-saving_blocked = Salvestamine blokeeritud
registration_request-state-rejected = Tagasi lükatud
registration_request-state-sent = Saadetud, ootab registreerimist
registration_request-state-pending_validation = Registreerimine ootab kinnitamist
registration_request-state-validated = Asutus kinnitatud
registration_request-state-validation_refused = Kinnitamisest keeldutud
registration_request-state-expired = Aegunud
registration_request-state-cancelled = Tühistatud
registration_request-state-deleted = Kustutatud

registration_request-action-create = Uus registreerimistaotlus
registration_request-action-edit = Muuda
registration_request-action-edit_sent = Muuda ja saada uus kutse
registration_request-action-save = Salvesta saatmiseks
registration_request-action-stop = Peata saatmine
registration_request-action-release = Vabasta saatmiseks
registration_request-action-dispatch = Saada kutse
registration_request-action-remind = Saada meeldetuletus
registration_request-action-expire = Märgi aegunuks
registration_request-action-cancel = Tühista
registration_request-action-discard = Kustuta
registration_request-action-register = Registreeri asutus
registration_request-action-authority_validated = Asutus kinnitatud
registration_request-action-authority_refused = Asutusest keeldutud
registration_request-action-purge = Kustuta jäädavalt

registration_request-field-email = Asutuse tööalane e-posti aadress
registration_request-field-name = Nimi (ainult teie loetelu jaoks)
registration_request-field-areas = Õigusvaldkonnad
registration_request-field-note = Kaaskiri
registration_request-field-country = Riik
registration_request-field-rejection_reason = Tagasilükkamise põhjus
registration_request-field-saved_at = Salvestamise kuupäev
registration_request-field-dispatch_at = Saatmise kuupäev
registration_request-field-sent_at = Saadetud
registration_request-field-token = Registreerimiskood
registration_request-field-token_expires_at = Kood kehtib kuni
registration_request-field-registered_at = Registreeritud
registration_request-field-authority_name = Registreeritud asutus
registration_request-field-delete_at = Kustutamise kuupäev
registration_request-field-coordinator_name = Koordinaator (nagu kutses näidatud)
registration_request-field-coordinator_email = Koordinaatori e-posti aadress (nagu kutses näidatud)

registration_request-input-summary_kept = Olen kokkuvõtte välja printinud või dokumendina salvestanud
registration_request-input-official_name = Ametlik nimi
registration_request-input-national_languages = Riigikeeled
registration_request-input-informal_name = Mitteametlik nimi
registration_request-input-description = Ülesannete lühikirjeldus
registration_request-input-languages = Muud keeled, millest aru saadakse
registration_request-input-level = Tasand (kohalik, piirkondlik, riiklik)
registration_request-input-address = Postiaadress
registration_request-input-phone = Telefon
registration_request-input-website = Veebisait
registration_request-input-first_user_name = Esimese kasutaja nimi
registration_request-input-first_user_email = Esimese kasutaja e-posti aadress
registration_request-input-first_user_language = Esimese kasutaja eelistatud töökeel

registration_request-rejection-malformed_email = E-posti aadress ei ole kehtiv.
registration_request-rejection-email_in_use = E-posti aadress on juba kasutusel mõnel asutusel või muus registreerimistaotluses.

registration_request-guard-save = Valige vähemalt üks õigusvaldkond.
registration_request-guard-edit_sent = E-posti aadress ei ole kehtiv või on see juba kasutusel mõnel asutusel või muus registreerimistaotluses.
registration_request-guard-register = Turvakontroll ebaõnnestus: kood on vale või aegunud, kokkuvõtet ei säilitatud, riik ei vasta kutses märgitule või e-posti aadress on kehtetu või juba mõne asutuse kasutuses.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) kutsub teie asutust registreeruma siseturu infosüsteemis (IMI).

    { $note }

    Registreerumiseks avage { $link } ja sisestage oma registreerimiskood: { $token }
    Kood kehtib kuni { $expires_on }.
    .subject = Kutse registreeruda IMI-s

registration_request-email-reminder =
    Teile saadetud kutse registreeruda IMI-s (saatja { $coordinator_name }, { $coordinator_email }) aegub { $expires_on }.
    Registreerumiseks avage { $link }.
    .subject = Meeldetuletus: teie kutse registreeruda IMI-s aegub peagi

registration_request-email-token_void =
    Kutset registreeruda IMI-s, mille saatis teile { $coordinator_name } ({ $coordinator_email }), on muudetud. Teie saadud link ja kood ei kehti enam. Järgneb uus kutse uue koodiga.
    .subject = Teie IMI registreerimislink ei kehti enam

registration_request-email-registered =
    Asutus { $official_name } on registreerunud IMI-s teie registreerimistaotluse { $name } ({ $email }) kaudu. Registreerimine ootab teie kinnitust.
    .subject = Registreerimine ootab teie kinnitust

registration_request-email-confirmation =
    Täname, et registreerisite IMI-s asutuse { $official_name } ({ $informal_name }, { $country }).
    Esimene kasutaja: { $first_user_name }.
    Teie koordinaator { $coordinator_name } kinnitab nüüd registreerimise; seejärel saate sisselogimisjuhised.
    .subject = Teie registreerimine IMI-s

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Asutus

authority-party-own = Asutus
authority-party-validating_coordinator = Kinnitav koordinaator
authority-party-commission = Euroopa Komisjon

authority-state-pending_validation = Registreerimine ootab kinnitamist
authority-state-refused = Registreerimisest keeldutud
authority-state-active = Aktiivne
authority-state-deletion_in_progress = Kustutamine pooleli
authority-state-inactive = Mitteaktiivne
authority-state-deleted = Kustutatud

authority-action-register_directly = Registreeri asutus
authority-action-self_registration = Iseregistreerimine
authority-action-validate = Kinnita
authority-action-refuse = Keeldu registreerimisest
authority-action-update_profile = Ajakohasta asutuse andmeid
authority-action-change_official_name = Muuda ametlikku nime
authority-action-translations_done = Tõlked tehtud
authority-action-start_deletion = Alusta kustutamist
authority-action-deactivate = Muuda mitteaktiivseks
authority-action-purge = Kustuta jäädavalt

authority-field-official_name = Ametlik nimi
authority-field-country = Riik
authority-field-level = Tasand (kohalik, piirkondlik, riiklik)
authority-field-national_languages = Riigikeeled
authority-field-informal_name = Mitteametlik nimi
authority-field-description = Ülesannete lühikirjeldus
authority-field-languages = Muud keeled, millest aru saadakse
authority-field-address = Postiaadress
authority-field-phone = Telefon
authority-field-website = Veebisait
authority-field-email = Üldine e-posti aadress
authority-field-new_translation_needed = Vaja on uut tõlget
authority-field-first_user_name = Esimese kasutaja nimi
authority-field-first_user_email = Esimese kasutaja e-posti aadress
authority-field-first_user_language = Esimese kasutaja eelistatud töökeel
authority-field-areas = Õigusvaldkonnad
authority-field-validated_at = Kinnitatud
authority-field-refused_at = Keeldutud
authority-field-refusal_reason = Keeldumise põhjus
authority-field-deletion_started_at = Kustutamist alustati
authority-field-inactive_since = Mitteaktiivne alates
authority-field-delete_at = Kustutamise kuupäev

authority-input-authority_id = Olemasolev asutuse ID (ainult üleviimisel)
authority-input-reason = Põhjus

authority-guard-register_directly = Asutus peab olema teie riigist ning sellel peab olema kehtiv üldine e-posti aadress, mida ükski teine asutus ei kasuta.
authority-guard-email = Üldine e-posti aadress ei ole kehtiv või kasutab seda juba mõni teine asutus.
authority-guard-translations_done = Uut tõlget ei ole taotletud.

authority-email-login_instructions =
    Asutuse { $official_name } registreerimine IMI-s on lõpule viidud.
    { $first_user_name } saab ajutise salasõna eraldi e-kirjaga; kasutajatunnuse annab teie koordinaator, mitte kunagi e-posti teel. Valige esimesel sisselogimisel salasõna ja 12-märgiline turvakood.
    .subject = Teie asutus on IMI-s registreeritud: sisselogimisjuhised

authority-email-refused =
    Asutuse { $official_name } registreerimisest IMI-s keelduti. { $reason }
    Teie koordinaator saab selle veel kuue kuu jooksul kinnitada; pärast seda see kustutatakse.
    .subject = Teie registreerimisest IMI-s keelduti

authority-email-deletion_started =
    Asutuse { $official_name } kustutamist IMI-st on alustatud. Saate pooleliolevad teabevahetused lõpule viia, kuid te ei saa enam uusi taotlusi saata ega vastu võtta.
    .subject = Teie asutuse kustutamist IMI-st on alustatud

authority-email-deactivated =
    { $official_name } on nüüd IMI-s mitteaktiivne. Kasutajad saavad endiselt sisse logida ja andmeid lugeda, kuid midagi uut ei saa saata ega vastu võtta. Asutus kustutatakse jäädavalt { $delete_on }.
    .subject = Teie asutus on IMI-s mitteaktiivne

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Juurdepääs õigusvaldkonnale

area_access-party-authority = Asutus
area_access-party-access_coordinator = Õigusvaldkondade juurdepääsu koordinaator

area_access-state-requested = Taotletud
area_access-state-granted = Antud
area_access-state-suspended = Peatatud
area_access-state-removed = Eemaldatud
area_access-state-reactivation_requested = Taasaktiveerimist taotletud
area_access-state-removed_reactivation_requested = Taasaktiveerimist taotletud (eemaldatud)
area_access-state-refused = Keeldutud

area_access-action-request = Taotle juurdepääsu õigusvaldkonnale
area_access-action-at_registration = Juurdepääs koos registreerimisega
area_access-action-edit_keywords = Muuda valdkonna seadeid
area_access-action-coordinator_edit_keywords = Muuda taotleva asutuse valdkonna seadeid
area_access-action-grant = Anna juurdepääs
area_access-action-refuse = Keeldu juurdepääsust
area_access-action-suspend = Peata juurdepääs
area_access-action-reinstate = Lõpeta peatamine
area_access-action-remove = Eemalda juurdepääs
area_access-action-request_reactivation = Taotle taasaktiveerimist
area_access-action-approve_reactivation = Taasaktiveeri
area_access-action-refuse_reactivation = Keeldu taasaktiveerimisest

area_access-field-area = Õigusvaldkond
area_access-field-area_workflow = Töövoog
area_access-field-keywords = Märksõnad
area_access-field-note = Märkus
area_access-field-reason = Põhjus
area_access-field-requested_at = Taotletud
area_access-field-granted_at = Antud
area_access-field-suspended_at = Peatatud
area_access-field-removed_at = Eemaldatud
area_access-field-reactivation_requested_at = Taasaktiveerimist taotletud

area_access-input-coordinator = Koordinaator, kellelt juurdepääsu taotletakse

area_access-guard-request = Teie asutusel on sellele valdkonnale juba juurdepääs või on see seda juba taotlenud, asutus ei ole aktiivne või on valinud koordinaatoriks iseenda.
area_access-guard-authority_not_active = Asutus ei ole aktiivne: uut juurdepääsu ei saa anda.

area_access-email-requested =
    Asutus { $authority } taotleb juurdepääsu õigusvaldkonnale { $area }.
    .subject = Õigusvaldkonnale juurdepääsu taotlus

area_access-email-granted =
    Teie asutusel on nüüd juurdepääs õigusvaldkonnale { $area }.
    .subject = Juurdepääs õigusvaldkonnale antud

area_access-email-refused =
    Teie taotlusest saada juurdepääs õigusvaldkonnale { $area } keelduti. { $reason }
    .subject = Juurdepääsust õigusvaldkonnale keeldutud

area_access-email-suspended =
    Teie juurdepääs õigusvaldkonnale { $area } on peatatud: saate avatud taotlused lõpule viia, kuid ei saa alustada midagi uut.
    .subject = Juurdepääs õigusvaldkonnale peatatud

area_access-email-removed =
    Teie juurdepääs õigusvaldkonnale { $area } on eemaldatud.
    .subject = Juurdepääs õigusvaldkonnale eemaldatud

area_access-email-reactivation_requested =
    Asutus { $authority } taotleb oma juurdepääsu taasaktiveerimist õigusvaldkonnale { $area }.
    .subject = Õigusvaldkonnale juurdepääsu taasaktiveerimise taotlus

area_access-email-reactivated =
    Teie taotlus taasaktiveerida juurdepääs õigusvaldkonnale { $area } on rahuldatud.
    .subject = Juurdepääs õigusvaldkonnale taasaktiveeritud

area_access-email-reactivation_refused =
    Teie taotlusest taasaktiveerida juurdepääs õigusvaldkonnale { $area } keelduti. { $reason }
    .subject = Õigusvaldkonnale juurdepääsu taasaktiveerimisest keeldutud

area_access-field-allocation = Sissetulevate taotluste jaotamine
area_access-field-referral_participation = Osaleb suunamistes
area_access-field-coordinator_sees_details = Taotluste koordinaatorid näevad taotluste üksikasju
area_access-field-approve_requests = Taotlused vajavad koordinaatori heakskiitu
area_access-field-approve_replies = Vastused vajavad koordinaatori heakskiitu
area_access-action-change_settings = Muuda seadeid
area_access-action-change_approval = Muuda heakskiitmise seadeid
