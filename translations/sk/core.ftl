### Slovenské texty systémového balíka `core` (definitions/core):
### roly, vzťahy koordinátorov a pracovné postupy registration_request,
### authority a area_access.

area-core = Systém IMI

## Roly (R-ROLES)

role-basic_user = Základný používateľ
role-request_handler = Spracovateľ žiadostí
role-allocator = Prideľovateľ žiadostí
role-local_data_administrator = Miestny správca údajov
role-data_administrator = Správca údajov
role-system_administrator = Správca systému

## Vzťahy koordinátorov (R-ACTORS)

relation-validating = Overujúci koordinátor
relation-legislation_access = Koordinátor prístupu k legislatíve
relation-request = Koordinátor žiadostí

## Pracovný postup: žiadosť o registráciu (R-REG)

wf-registration_request = Žiadosť o registráciu

registration_request-party-coordinator = Koordinátor
registration_request-party-applicant = Pozvaný orgán
registration_request-party-commission = Európska komisia

registration_request-state-draft = Koncept
registration_request-state-saved = Uložená
registration_request-state-saving_blocked = Ukladanie zablokované
registration_request-state-rejected = Zamietnutá
registration_request-state-sent = Odoslaná, čaká sa na registráciu
registration_request-state-pending_validation = Registrácia čaká na overenie
registration_request-state-validated = Orgán overený
registration_request-state-validation_refused = Overenie zamietnuté
registration_request-state-expired = Platnosť uplynula
registration_request-state-cancelled = Zrušená
registration_request-state-deleted = Vymazaná

registration_request-action-create = Nová žiadosť o registráciu
registration_request-action-edit = Upraviť
registration_request-action-edit_sent = Upraviť a poslať novú pozvánku
registration_request-action-save = Uložiť na odoslanie
registration_request-action-stop = Zastaviť odosielanie
registration_request-action-release = Uvoľniť na odoslanie
registration_request-action-dispatch = Odoslať pozvánku
registration_request-action-remind = Poslať pripomienku
registration_request-action-expire = Ukončiť platnosť
registration_request-action-cancel = Zrušiť
registration_request-action-discard = Vymazať
registration_request-action-register = Zaregistrovať orgán
registration_request-action-authority_validated = Orgán overený
registration_request-action-authority_refused = Orgán zamietnutý
registration_request-action-purge = Natrvalo vymazať

registration_request-field-email = Pracovný e-mail orgánu
registration_request-field-name = Názov (len pre váš zoznam)
registration_request-field-areas = Legislatívne oblasti
registration_request-field-note = Sprievodná poznámka
registration_request-field-country = Krajina
registration_request-field-rejection_reason = Dôvod zamietnutia
registration_request-field-saved_at = Dátum uloženia
registration_request-field-dispatch_at = Plánovaný dátum odoslania
registration_request-field-sent_at = Dátum odoslania
registration_request-field-token = Registračný token
registration_request-field-token_expires_at = Token platný do
registration_request-field-registered_at = Dátum registrácie
registration_request-field-authority_name = Zaregistrovaný orgán
registration_request-field-delete_at = Plánovaný dátum vymazania
registration_request-field-coordinator_name = Koordinátor (ako je uvedený v pozvánke)
registration_request-field-coordinator_email = E-mail koordinátora (ako je uvedený v pozvánke)

registration_request-input-summary_kept = Súhrn bol vytlačený alebo uložený ako dokument
registration_request-input-official_name = Úradný názov
registration_request-input-national_languages = Národné jazyky
registration_request-input-informal_name = Neoficiálny názov
registration_request-input-description = Stručný opis právomocí
registration_request-input-languages = Ďalšie jazyky, ktorým orgán rozumie
registration_request-input-level = Úroveň (miestna, regionálna, celoštátna)
registration_request-input-address = Poštová adresa
registration_request-input-phone = Telefón
registration_request-input-website = Webové sídlo
registration_request-input-first_user_name = Meno prvého používateľa
registration_request-input-first_user_email = E-mail prvého používateľa
registration_request-input-first_user_language = Preferovaný pracovný jazyk prvého používateľa

registration_request-rejection-malformed_email = E-mailová adresa nie je platná.
registration_request-rejection-email_in_use = E-mailovú adresu už používa niektorý orgán alebo iná žiadosť o registráciu.

registration_request-guard-save = Vyberte aspoň jednu legislatívnu oblasť.
registration_request-guard-edit_sent = E-mailová adresa nie je platná alebo ju už používa niektorý orgán alebo iná žiadosť o registráciu.
registration_request-guard-register = Bezpečnostná kontrola zlyhala: token je nesprávny alebo jeho platnosť uplynula, súhrn nebol uchovaný, krajina sa nezhoduje s pozvánkou alebo e-mailová adresa je neplatná alebo ju už používa niektorý orgán.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) pozýva váš orgán, aby sa zaregistroval v informačnom systéme o vnútornom trhu (IMI).

    { $note }

    Ak sa chcete zaregistrovať, otvorte { $link } a zadajte svoj registračný token: { $token }
    Token je platný do { $expires_on }.
    .subject = Pozvánka na registráciu v systéme IMI

registration_request-email-reminder =
    Platnosť vašej pozvánky na registráciu v systéme IMI od { $coordinator_name } ({ $coordinator_email }) uplynie dňa { $expires_on }.
    Ak sa chcete zaregistrovať, otvorte { $link }.
    .subject = Pripomienka: platnosť vašej pozvánky na registráciu v systéme IMI čoskoro uplynie

registration_request-email-token_void =
    Pozvánka na registráciu v systéme IMI, ktorú ste dostali od { $coordinator_name } ({ $coordinator_email }), bola zmenená. Odkaz a token, ktoré ste dostali, už nie sú platné. Nasleduje nová pozvánka s novým tokenom.
    .subject = Váš odkaz na registráciu v systéme IMI už nie je platný

registration_request-email-registered =
    Orgán { $official_name } sa zaregistroval v systéme IMI prostredníctvom vašej žiadosti o registráciu { $name } ({ $email }). Jeho registrácia čaká na vaše overenie.
    .subject = Registrácia čaká na vaše overenie

registration_request-email-confirmation =
    Ďakujeme, že ste zaregistrovali orgán { $official_name } ({ $informal_name }, { $country }) v systéme IMI.
    Prvý používateľ: { $first_user_name }.
    Váš koordinátor { $coordinator_name } teraz registráciu overí; potom dostanete pokyny na prihlásenie.
    .subject = Vaša registrácia v systéme IMI

## Pracovný postup: orgán (R-CA-LIFE, R-PROFILE)

wf-authority = Orgán

authority-party-own = Orgán
authority-party-validating_coordinator = Overujúci koordinátor
authority-party-commission = Európska komisia

authority-state-pending_validation = Registrácia čaká na overenie
authority-state-refused = Registrácia zamietnutá
authority-state-active = Aktívny
authority-state-deletion_in_progress = Prebieha vymazávanie
authority-state-inactive = Neaktívny
authority-state-deleted = Vymazaný

authority-action-register_directly = Zaregistrovať orgán
authority-action-self_registration = Vlastná registrácia
authority-action-validate = Overiť
authority-action-refuse = Zamietnuť registráciu
authority-action-update_profile = Aktualizovať údaje orgánu
authority-action-change_official_name = Zmeniť úradný názov
authority-action-translations_done = Preklady dokončené
authority-action-start_deletion = Začať vymazávanie
authority-action-deactivate = Nastaviť ako neaktívny
authority-action-purge = Natrvalo vymazať

authority-field-official_name = Úradný názov
authority-field-country = Krajina
authority-field-level = Úroveň (miestna, regionálna, celoštátna)
authority-field-national_languages = Národné jazyky
authority-field-informal_name = Neoficiálny názov
authority-field-description = Stručný opis právomocí
authority-field-languages = Ďalšie jazyky, ktorým orgán rozumie
authority-field-address = Poštová adresa
authority-field-phone = Telefón
authority-field-website = Webové sídlo
authority-field-email = Všeobecný e-mail
authority-field-new_translation_needed = Potrebný nový preklad
authority-field-first_user_name = Meno prvého používateľa
authority-field-first_user_email = E-mail prvého používateľa
authority-field-first_user_language = Preferovaný pracovný jazyk prvého používateľa
authority-field-areas = Legislatívne oblasti
authority-field-validated_at = Dátum overenia
authority-field-refused_at = Dátum zamietnutia
authority-field-refusal_reason = Dôvod zamietnutia
authority-field-deletion_started_at = Dátum začatia vymazávania
authority-field-inactive_since = Neaktívny od
authority-field-delete_at = Plánovaný dátum vymazania

authority-input-authority_id = ID existujúceho orgánu (len na migráciu)
authority-input-reason = Dôvod

authority-guard-register_directly = Orgán musí byť z vašej krajiny a musí mať platnú všeobecnú e-mailovú adresu, ktorú nepoužíva žiadny iný orgán.
authority-guard-email = Všeobecná e-mailová adresa nie je platná alebo ju už používa iný orgán.
authority-guard-translations_done = Nebol požadovaný žiadny nový preklad.

authority-email-login_instructions =
    Registrácia orgánu { $official_name } v systéme IMI je dokončená.
    { $first_user_name } dostane dočasné heslo v samostatnom e-maile; identifikátor používateľa oznamuje váš koordinátor, nikdy nie e-mailom. Pri prvom prihlásení si zvoľte heslo a 12-miestny bezpečnostný kód.
    .subject = Váš orgán je zaregistrovaný v systéme IMI: pokyny na prihlásenie

authority-email-refused =
    Registrácia orgánu { $official_name } v systéme IMI bola zamietnutá. { $reason }
    Váš koordinátor ju ešte môže overiť do šiestich mesiacov; potom bude vymazaná.
    .subject = Vaša registrácia v systéme IMI bola zamietnutá

authority-email-deletion_started =
    Začalo sa vymazávanie orgánu { $official_name } zo systému IMI. Prebiehajúce výmeny môžete dokončiť, ale už nemôžete posielať ani prijímať nové žiadosti.
    .subject = Začalo sa vymazávanie vášho orgánu zo systému IMI

authority-email-deactivated =
    Orgán { $official_name } je teraz v systéme IMI neaktívny. Používatelia sa môžu naďalej prihlasovať a čítať údaje, ale nič nové nemožno odoslať ani prijať. Orgán bude natrvalo vymazaný dňa { $delete_on }.
    .subject = Váš orgán je v systéme IMI neaktívny

## Pracovný postup: prístup k legislatívnej oblasti (R-ACCESS)

wf-area_access = Prístup k legislatívnej oblasti

area_access-party-authority = Orgán
area_access-party-access_coordinator = Koordinátor prístupu k legislatíve

area_access-state-requested = Požadovaný
area_access-state-granted = Udelený
area_access-state-suspended = Pozastavený
area_access-state-removed = Odobratý
area_access-state-reactivation_requested = Požadovaná reaktivácia
area_access-state-removed_reactivation_requested = Požadovaná reaktivácia (odobratý)
area_access-state-refused = Zamietnutý

area_access-action-request = Požiadať o prístup k legislatívnej oblasti
area_access-action-at_registration = Prístup pri registrácii
area_access-action-edit_keywords = Upraviť nastavenia oblasti
area_access-action-coordinator_edit_keywords = Upraviť nastavenia oblasti žiadajúceho orgánu
area_access-action-grant = Udeliť prístup
area_access-action-refuse = Zamietnuť prístup
area_access-action-suspend = Pozastaviť prístup
area_access-action-reinstate = Zrušiť pozastavenie
area_access-action-remove = Odobrať prístup
area_access-action-request_reactivation = Požiadať o reaktiváciu
area_access-action-approve_reactivation = Reaktivovať
area_access-action-refuse_reactivation = Zamietnuť reaktiváciu

area_access-field-area = Legislatívna oblasť
area_access-field-area_workflow = Pracovný postup
area_access-field-keywords = Kľúčové slová
area_access-field-note = Poznámka
area_access-field-reason = Dôvod
area_access-field-requested_at = Dátum žiadosti
area_access-field-granted_at = Dátum udelenia
area_access-field-suspended_at = Dátum pozastavenia
area_access-field-removed_at = Dátum odobratia
area_access-field-reactivation_requested_at = Dátum žiadosti o reaktiváciu

area_access-input-coordinator = Koordinátor, ktorý bol požiadaný o prístup

area_access-guard-request = Váš orgán už má prístup k tejto oblasti alebo oň už požiadal, nie je aktívny alebo si za koordinátora zvolil sám seba.
area_access-guard-authority_not_active = Orgán nie je aktívny: nemožno udeliť žiadny nový prístup.

area_access-email-requested =
    Orgán { $authority } žiada o prístup k legislatívnej oblasti { $area }.
    .subject = Žiadosť o prístup k legislatívnej oblasti

area_access-email-granted =
    Váš orgán má teraz prístup k legislatívnej oblasti { $area }.
    .subject = Prístup k legislatívnej oblasti bol udelený

area_access-email-refused =
    Vaša žiadosť o prístup k legislatívnej oblasti { $area } bola zamietnutá. { $reason }
    .subject = Prístup k legislatívnej oblasti bol zamietnutý

area_access-email-suspended =
    Váš prístup k legislatívnej oblasti { $area } je pozastavený: otvorené žiadosti môžete dokončiť, ale nemôžete začať nič nové.
    .subject = Prístup k legislatívnej oblasti bol pozastavený

area_access-email-removed =
    Váš prístup k legislatívnej oblasti { $area } bol odobratý.
    .subject = Prístup k legislatívnej oblasti bol odobratý

area_access-email-reactivation_requested =
    Orgán { $authority } žiada o reaktiváciu svojho prístupu k legislatívnej oblasti { $area }.
    .subject = Žiadosť o reaktiváciu prístupu k legislatívnej oblasti

area_access-email-reactivated =
    Vašej žiadosti o reaktiváciu prístupu k legislatívnej oblasti { $area } bolo vyhovené.
    .subject = Prístup k legislatívnej oblasti bol reaktivovaný

area_access-email-reactivation_refused =
    Vaša žiadosť o reaktiváciu prístupu k legislatívnej oblasti { $area } bola zamietnutá. { $reason }
    .subject = Reaktivácia prístupu k legislatívnej oblasti bola zamietnutá

area_access-field-allocation = Prideľovanie prijatých žiadostí
area_access-field-referral_participation = Zúčastňuje sa na postúpeniach
area_access-field-coordinator_sees_details = Koordinátori žiadostí vidia podrobnosti žiadostí
area_access-field-approve_requests = Žiadosti vyžadujú schválenie koordinátorom
area_access-field-approve_replies = Odpovede vyžadujú schválenie koordinátorom
area_access-action-change_settings = Zmeniť nastavenia
area_access-action-change_approval = Zmeniť nastavenia schvaľovania
