### Slovenska besedila sistemskega paketa `core` (definitions/core):
### vloge, razmerja koordinatorjev ter poteki dela registration_request,
### authority in area_access.

area-core = Sistem IMI

## Vloge (R-ROLES)

role-basic_user = Osnovni uporabnik
role-request_handler = Obdelovalec zahtev
role-allocator = Dodeljevalec zahtev
role-local_data_administrator = Lokalni skrbnik podatkov
role-data_administrator = Skrbnik podatkov
role-system_administrator = Skrbnik sistema

## Razmerja koordinatorjev (R-ACTORS)

relation-validating = Koordinator za potrjevanje
relation-legislation_access = Koordinator za dostop do zakonodaje
relation-request = Koordinator za zahteve

## Potek dela: zahteva za registracijo (R-REG)

wf-registration_request = Zahteva za registracijo

registration_request-party-coordinator = Koordinator
registration_request-party-applicant = Povabljeni organ
registration_request-party-commission = Evropska komisija

registration_request-state-draft = Osnutek
registration_request-state-saved = Shranjena
registration_request-state-saving_blocked = Shranjevanje blokirano
registration_request-state-rejected = Zavrnjena
registration_request-state-sent = Poslana, čaka na registracijo
registration_request-state-pending_validation = Registracija čaka na potrditev
registration_request-state-validated = Organ potrjen
registration_request-state-validation_refused = Potrditev zavrnjena
registration_request-state-expired = Potekla
registration_request-state-cancelled = Preklicana
registration_request-state-deleted = Izbrisana

registration_request-action-create = Nova zahteva za registracijo
registration_request-action-edit = Uredi
registration_request-action-edit_sent = Uredi in pošlji novo povabilo
registration_request-action-save = Shrani za pošiljanje
registration_request-action-stop = Ustavi pošiljanje
registration_request-action-release = Sprosti za pošiljanje
registration_request-action-dispatch = Pošlji povabilo
registration_request-action-remind = Pošlji opomnik
registration_request-action-expire = Označi kot poteklo
registration_request-action-cancel = Prekliči
registration_request-action-discard = Izbriši
registration_request-action-register = Registriraj organ
registration_request-action-authority_validated = Organ potrjen
registration_request-action-authority_refused = Organ zavrnjen
registration_request-action-purge = Trajno izbriši

registration_request-field-email = Službeni e-naslov organa
registration_request-field-name = Ime (samo za vaš seznam)
registration_request-field-areas = Zakonodajna področja
registration_request-field-note = Spremno sporočilo
registration_request-field-country = Država
registration_request-field-rejection_reason = Razlog za zavrnitev
registration_request-field-saved_at = Datum shranitve
registration_request-field-dispatch_at = Predvideni datum pošiljanja
registration_request-field-sent_at = Datum pošiljanja
registration_request-field-token = Registracijski žeton
registration_request-field-token_expires_at = Žeton velja do
registration_request-field-registered_at = Datum registracije
registration_request-field-authority_name = Registrirani organ
registration_request-field-delete_at = Predvideni datum izbrisa
registration_request-field-coordinator_name = Koordinator (kot je naveden v povabilu)
registration_request-field-coordinator_email = E-naslov koordinatorja (kot je naveden v povabilu)

registration_request-input-summary_kept = Povzetek je natisnjen ali shranjen kot dokument
registration_request-input-official_name = Uradni naziv
registration_request-input-national_languages = Nacionalni jeziki
registration_request-input-informal_name = Neuradni naziv
registration_request-input-description = Kratek opis pristojnosti
registration_request-input-languages = Drugi jeziki, ki jih organ razume
registration_request-input-level = Raven (lokalna, regionalna, nacionalna)
registration_request-input-address = Poštni naslov
registration_request-input-phone = Telefon
registration_request-input-website = Spletišče
registration_request-input-first_user_name = Ime prvega uporabnika
registration_request-input-first_user_email = E-naslov prvega uporabnika
registration_request-input-first_user_language = Želeni delovni jezik prvega uporabnika

registration_request-rejection-malformed_email = E-naslov ni veljaven.
registration_request-rejection-email_in_use = E-naslov že uporablja organ ali druga zahteva za registracijo.

registration_request-guard-save = Izberite vsaj eno zakonodajno področje.
registration_request-guard-edit_sent = E-naslov ni veljaven ali pa ga že uporablja organ ali druga zahteva za registracijo.
registration_request-guard-register = Varnostno preverjanje ni uspelo: žeton je napačen ali je potekel, povzetek ni bil shranjen, država se ne ujema s povabilom ali pa e-naslov ni veljaven oziroma ga že uporablja organ.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) vabi vaš organ k registraciji v informacijskem sistemu za notranji trg (IMI).

    { $note }

    Za registracijo odprite { $link } in vnesite svoj registracijski žeton: { $token }
    Žeton velja do { $expires_on }.
    .subject = Povabilo k registraciji v sistemu IMI

registration_request-email-reminder =
    Vaše povabilo k registraciji v sistemu IMI, ki ste ga prejeli od { $coordinator_name } ({ $coordinator_email }), poteče dne { $expires_on }.
    Za registracijo odprite { $link }.
    .subject = Opomnik: vaše povabilo k registraciji v sistemu IMI kmalu poteče

registration_request-email-token_void =
    Povabilo k registraciji v sistemu IMI, ki ste ga prejeli od { $coordinator_name } ({ $coordinator_email }), je bilo spremenjeno. Povezava in žeton, ki ste ju prejeli, nista več veljavna. Sledi novo povabilo z novim žetonom.
    .subject = Vaša povezava za registracijo v sistemu IMI ni več veljavna

registration_request-email-registered =
    Organ { $official_name } se je registriral v sistemu IMI prek vaše zahteve za registracijo { $name } ({ $email }). Njegova registracija čaka na vašo potrditev.
    .subject = Registracija čaka na vašo potrditev

registration_request-email-confirmation =
    Zahvaljujemo se vam za registracijo organa { $official_name } ({ $informal_name }, { $country }) v sistemu IMI.
    Prvi uporabnik: { $first_user_name }.
    Vaš koordinator { $coordinator_name } bo zdaj potrdil registracijo; nato boste prejeli navodila za prijavo.
    .subject = Vaša registracija v sistemu IMI

## Potek dela: organ (R-CA-LIFE, R-PROFILE)

wf-authority = Organ

authority-party-own = Organ
authority-party-validating_coordinator = Koordinator za potrjevanje
authority-party-commission = Evropska komisija

authority-state-pending_validation = Registracija čaka na potrditev
authority-state-refused = Registracija zavrnjena
authority-state-active = Aktiven
authority-state-deletion_in_progress = Brisanje v teku
authority-state-inactive = Neaktiven
authority-state-deleted = Izbrisan

authority-action-register_directly = Registriraj organ
authority-action-self_registration = Samoregistracija
authority-action-validate = Potrdi
authority-action-refuse = Zavrni registracijo
authority-action-update_profile = Posodobi podatke organa
authority-action-change_official_name = Spremeni uradni naziv
authority-action-translations_done = Prevodi končani
authority-action-start_deletion = Začni brisanje
authority-action-deactivate = Nastavi kot neaktiven
authority-action-purge = Trajno izbriši

authority-field-official_name = Uradni naziv
authority-field-country = Država
authority-field-level = Raven (lokalna, regionalna, nacionalna)
authority-field-national_languages = Nacionalni jeziki
authority-field-informal_name = Neuradni naziv
authority-field-description = Kratek opis pristojnosti
authority-field-languages = Drugi jeziki, ki jih organ razume
authority-field-address = Poštni naslov
authority-field-phone = Telefon
authority-field-website = Spletišče
authority-field-email = Splošni e-naslov
authority-field-new_translation_needed = Potreben je nov prevod
authority-field-first_user_name = Ime prvega uporabnika
authority-field-first_user_email = E-naslov prvega uporabnika
authority-field-first_user_language = Želeni delovni jezik prvega uporabnika
authority-field-areas = Zakonodajna področja
authority-field-validated_at = Datum potrditve
authority-field-refused_at = Datum zavrnitve
authority-field-refusal_reason = Razlog za zavrnitev
authority-field-deletion_started_at = Datum začetka brisanja
authority-field-inactive_since = Neaktiven od
authority-field-delete_at = Predvideni datum izbrisa

authority-input-authority_id = ID obstoječega organa (samo za migracijo)
authority-input-reason = Razlog

authority-guard-register_directly = Organ mora biti iz vaše države in imeti veljaven splošni e-naslov, ki ga ne uporablja noben drug organ.
authority-guard-email = Splošni e-naslov ni veljaven ali pa ga že uporablja drug organ.
authority-guard-translations_done = Nov prevod ni bil zahtevan.

authority-email-login_instructions =
    Registracija organa { $official_name } v sistemu IMI je končana.
    Uporabnik { $first_user_name } prejme začasno geslo v ločenem e-poštnem sporočilu; uporabniški ID vam sporoči koordinator, nikoli po e-pošti. Pri prvi prijavi izberite geslo in 12-mestno varnostno kodo.
    .subject = Vaš organ je registriran v sistemu IMI: navodila za prijavo

authority-email-refused =
    Registracija organa { $official_name } v sistemu IMI je bila zavrnjena. { $reason }
    Vaš koordinator jo lahko še potrdi v šestih mesecih; po tem roku se izbriše.
    .subject = Vaša registracija v sistemu IMI je bila zavrnjena

authority-email-deletion_started =
    Brisanje organa { $official_name } iz sistema IMI se je začelo. Tekoče izmenjave lahko dokončate, ne morete pa več pošiljati ali prejemati novih zahtev.
    .subject = Brisanje vašega organa iz sistema IMI se je začelo

authority-email-deactivated =
    Organ { $official_name } je zdaj v sistemu IMI neaktiven. Uporabniki se lahko še prijavijo in berejo podatke, vendar ni mogoče ničesar novega poslati ali prejeti. Organ bo trajno izbrisan dne { $delete_on }.
    .subject = Vaš organ je v sistemu IMI neaktiven

## Potek dela: dostop do zakonodajnega področja (R-ACCESS)

wf-area_access = Dostop do zakonodajnega področja

area_access-party-authority = Organ
area_access-party-access_coordinator = Koordinator za dostop do zakonodaje

area_access-state-requested = Zahtevan
area_access-state-granted = Odobren
area_access-state-suspended = Začasno odvzet
area_access-state-removed = Odvzet
area_access-state-reactivation_requested = Zahtevana ponovna aktivacija
area_access-state-removed_reactivation_requested = Zahtevana ponovna aktivacija (odvzet)
area_access-state-refused = Zavrnjen

area_access-action-request = Zahtevaj dostop do zakonodajnega področja
area_access-action-at_registration = Dostop ob registraciji
area_access-action-edit_keywords = Uredi nastavitve področja
area_access-action-coordinator_edit_keywords = Uredi nastavitve področja za organ, ki je vložil zahtevo
area_access-action-grant = Odobri dostop
area_access-action-refuse = Zavrni dostop
area_access-action-suspend = Začasno odvzemi dostop
area_access-action-reinstate = Odpravi začasni odvzem
area_access-action-remove = Odvzemi dostop
area_access-action-request_reactivation = Zahtevaj ponovno aktivacijo
area_access-action-approve_reactivation = Ponovno aktiviraj
area_access-action-refuse_reactivation = Zavrni ponovno aktivacijo

area_access-field-area = Zakonodajno področje
area_access-field-area_workflow = Potek dela
area_access-field-keywords = Ključne besede
area_access-field-note = Opomba
area_access-field-reason = Razlog
area_access-field-requested_at = Datum zahteve
area_access-field-granted_at = Datum odobritve
area_access-field-suspended_at = Datum začasnega odvzema
area_access-field-removed_at = Datum odvzema
area_access-field-reactivation_requested_at = Datum zahteve za ponovno aktivacijo

area_access-input-coordinator = Koordinator, zaprošen za dostop

area_access-guard-request = Vaš organ že ima dostop do tega področja ali ga je že zahteval, ni aktiven ali pa je za koordinatorja izbral samega sebe.
area_access-guard-authority_not_active = Organ ni aktiven: novega dostopa ni mogoče odobriti.

area_access-email-requested =
    Organ { $authority } zahteva dostop do zakonodajnega področja { $area }.
    .subject = Zahteva za dostop do zakonodajnega področja

area_access-email-granted =
    Vaš organ ima zdaj dostop do zakonodajnega področja { $area }.
    .subject = Dostop do zakonodajnega področja odobren

area_access-email-refused =
    Vaša zahteva za dostop do zakonodajnega področja { $area } je bila zavrnjena. { $reason }
    .subject = Dostop do zakonodajnega področja zavrnjen

area_access-email-suspended =
    Vaš dostop do zakonodajnega področja { $area } je začasno odvzet: odprte zahteve lahko dokončate, ne morete pa začeti ničesar novega.
    .subject = Dostop do zakonodajnega področja začasno odvzet

area_access-email-removed =
    Vaš dostop do zakonodajnega področja { $area } je bil odvzet.
    .subject = Dostop do zakonodajnega področja odvzet

area_access-email-reactivation_requested =
    Organ { $authority } zahteva ponovno aktivacijo svojega dostopa do zakonodajnega področja { $area }.
    .subject = Zahteva za ponovno aktivacijo dostopa do zakonodajnega področja

area_access-email-reactivated =
    Vaši zahtevi za ponovno aktivacijo dostopa do zakonodajnega področja { $area } je bilo ugodeno.
    .subject = Dostop do zakonodajnega področja ponovno aktiviran

area_access-email-reactivation_refused =
    Vaša zahteva za ponovno aktivacijo dostopa do zakonodajnega področja { $area } je bila zavrnjena. { $reason }
    .subject = Ponovna aktivacija dostopa do zakonodajnega področja zavrnjena

area_access-field-allocation = Dodeljevanje prejetih zahtev
area_access-field-referral_participation = Sodeluje pri napotitvah
area_access-field-coordinator_sees_details = Koordinatorji za zahteve vidijo podrobnosti zahtev
area_access-field-approve_requests = Zahteve potrebujejo odobritev koordinatorja
area_access-field-approve_replies = Odgovori potrebujejo odobritev koordinatorja
area_access-action-change_settings = Spremeni nastavitve
area_access-action-change_approval = Spremeni nastavitve odobritve
