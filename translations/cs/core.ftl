### České texty systémového balíčku `core` (definitions/core):
### role, vztahy koordinátorů a pracovní postupy registration_request,
### authority a area_access.

area-core = Systém IMI

## Roles (R-ROLES)

role-basic_user = Základní uživatel
role-request_handler = Zpracovatel žádostí
role-allocator = Přidělovatel
role-local_data_administrator = Místní správce údajů
role-data_administrator = Správce údajů
role-system_administrator = Správce systému

## Coordinator relations (R-ACTORS)

relation-validating = Ověřující koordinátor
relation-legislation_access = Koordinátor přístupu k právním předpisům
relation-request = Koordinátor žádostí

## Workflow: registration request (R-REG)

wf-registration_request = Žádost o registraci

registration_request-party-coordinator = Koordinátor
registration_request-party-applicant = Pozvaný orgán
registration_request-party-commission = Evropská komise

registration_request-state-draft = Koncept
registration_request-state-saved = Uložená
registration_request-state-saving_blocked = Uložení zablokováno
registration_request-state-rejected = Zamítnutá
registration_request-state-sent = Odeslaná, čeká na registraci
registration_request-state-pending_validation = Registrace čeká na ověření
registration_request-state-validated = Orgán ověřen
registration_request-state-validation_refused = Ověření zamítnuto
registration_request-state-expired = Platnost vypršela
registration_request-state-cancelled = Zrušená
registration_request-state-deleted = Vymazaná

registration_request-action-create = Nová žádost o registraci
registration_request-action-edit = Upravit
registration_request-action-edit_sent = Upravit a odeslat novou pozvánku
registration_request-action-save = Uložit k odeslání
registration_request-action-stop = Zastavit odeslání
registration_request-action-release = Uvolnit k odeslání
registration_request-action-dispatch = Odeslat pozvánku
registration_request-action-remind = Odeslat upomínku
registration_request-action-expire = Ukončit platnost
registration_request-action-cancel = Zrušit
registration_request-action-discard = Vymazat
registration_request-action-register = Zaregistrovat orgán
registration_request-action-authority_validated = Orgán ověřen
registration_request-action-authority_refused = Orgán zamítnut
registration_request-action-purge = Trvale vymazat

registration_request-field-email = Pracovní e-mail orgánu
registration_request-field-name = Název (pouze pro váš seznam)
registration_request-field-areas = Legislativní oblasti
registration_request-field-note = Průvodní poznámka
registration_request-field-country = Země
registration_request-field-rejection_reason = Důvod zamítnutí
registration_request-field-saved_at = Uloženo dne
registration_request-field-dispatch_at = Odeslat dne
registration_request-field-sent_at = Odesláno dne
registration_request-field-token = Registrační kód
registration_request-field-token_expires_at = Kód platný do
registration_request-field-registered_at = Registrováno dne
registration_request-field-authority_name = Registrovaný orgán
registration_request-field-delete_at = Vymazat dne
registration_request-field-coordinator_name = Koordinátor (jak je uveden v pozvánce)
registration_request-field-coordinator_email = E-mail koordinátora (jak je uveden v pozvánce)

registration_request-input-summary_kept = Shrnutí jsem vytiskl(a) nebo uložil(a) jako dokument
registration_request-input-official_name = Úřední název
registration_request-input-national_languages = Národní jazyky
registration_request-input-informal_name = Neoficiální název
registration_request-input-description = Stručný popis působnosti
registration_request-input-languages = Další jazyky, kterým orgán rozumí
registration_request-input-level = Úroveň (místní, regionální, celostátní)
registration_request-input-address = Poštovní adresa
registration_request-input-phone = Telefon
registration_request-input-website = Internetové stránky
registration_request-input-first_user_name = Jméno prvního uživatele
registration_request-input-first_user_email = E-mail prvního uživatele
registration_request-input-first_user_language = Preferovaný pracovní jazyk prvního uživatele

registration_request-rejection-malformed_email = E-mailová adresa není platná.
registration_request-rejection-email_in_use = E-mailovou adresu již používá některý orgán nebo jiná žádost o registraci.

registration_request-guard-save = Vyberte alespoň jednu legislativní oblast.
registration_request-guard-edit_sent = E-mailová adresa není platná nebo ji již používá některý orgán či jiná žádost o registraci.
registration_request-guard-register = Bezpečnostní kontrola se nezdařila: kód je nesprávný nebo jeho platnost vypršela, shrnutí nebylo uchováno, země neodpovídá pozvánce nebo e-mailová adresa je neplatná či ji již používá některý orgán.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) zve váš orgán k registraci v systému pro výměnu informací o vnitřním trhu (IMI).

    { $note }

    Chcete-li se zaregistrovat, otevřete { $link } a zadejte svůj registrační kód: { $token }
    Kód je platný do { $expires_on }.
    .subject = Pozvánka k registraci v systému IMI

registration_request-email-reminder =
    Platnost vaší pozvánky k registraci v systému IMI od { $coordinator_name } ({ $coordinator_email }) vyprší dne { $expires_on }.
    Chcete-li se zaregistrovat, otevřete { $link }.
    .subject = Upomínka: platnost vaší pozvánky k registraci v systému IMI brzy vyprší

registration_request-email-token_void =
    Pozvánka k registraci v systému IMI, kterou vám zaslal(a) { $coordinator_name } ({ $coordinator_email }), byla změněna. Odkaz a kód, které jste obdrželi, již nejsou platné. Následuje nová pozvánka s novým kódem.
    .subject = Váš registrační odkaz do systému IMI již není platný

registration_request-email-registered =
    Orgán { $official_name } se zaregistroval v systému IMI prostřednictvím vaší žádosti o registraci { $name } ({ $email }). Jeho registrace čeká na vaše ověření.
    .subject = Registrace čeká na vaše ověření

registration_request-email-confirmation =
    Děkujeme za registraci orgánu { $official_name } ({ $informal_name }, { $country }) v systému IMI.
    První uživatel: { $first_user_name }.
    Váš koordinátor { $coordinator_name } nyní registraci ověří; poté obdržíte pokyny pro přihlášení.
    .subject = Vaše registrace v systému IMI

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Orgán

authority-party-own = Orgán
authority-party-validating_coordinator = Ověřující koordinátor
authority-party-commission = Evropská komise

authority-state-pending_validation = Registrace čeká na ověření
authority-state-refused = Registrace zamítnuta
authority-state-active = Aktivní
authority-state-deletion_in_progress = Probíhá výmaz
authority-state-inactive = Neaktivní
authority-state-deleted = Vymazaný

authority-action-register_directly = Zaregistrovat orgán
authority-action-self_registration = Vlastní registrace
authority-action-validate = Ověřit
authority-action-refuse = Zamítnout registraci
authority-action-update_profile = Aktualizovat údaje orgánu
authority-action-change_official_name = Změnit úřední název
authority-action-translations_done = Překlady hotovy
authority-action-start_deletion = Zahájit výmaz
authority-action-deactivate = Nastavit jako neaktivní
authority-action-purge = Trvale vymazat

authority-field-official_name = Úřední název
authority-field-country = Země
authority-field-level = Úroveň (místní, regionální, celostátní)
authority-field-national_languages = Národní jazyky
authority-field-informal_name = Neoficiální název
authority-field-description = Stručný popis působnosti
authority-field-languages = Další jazyky, kterým orgán rozumí
authority-field-address = Poštovní adresa
authority-field-phone = Telefon
authority-field-website = Internetové stránky
authority-field-email = Obecný e-mail
authority-field-new_translation_needed = Je zapotřebí nový překlad
authority-field-first_user_name = Jméno prvního uživatele
authority-field-first_user_email = E-mail prvního uživatele
authority-field-first_user_language = Preferovaný pracovní jazyk prvního uživatele
authority-field-areas = Legislativní oblasti
authority-field-validated_at = Ověřeno dne
authority-field-refused_at = Zamítnuto dne
authority-field-refusal_reason = Důvod zamítnutí
authority-field-deletion_started_at = Výmaz zahájen dne
authority-field-inactive_since = Neaktivní od
authority-field-delete_at = Vymazat dne

authority-input-authority_id = Stávající ID orgánu (pouze při migraci)
authority-input-reason = Důvod

authority-guard-register_directly = Orgán musí být z vaší země a musí mít platnou obecnou e-mailovou adresu, kterou nepoužívá žádný jiný orgán.
authority-guard-email = Obecná e-mailová adresa není platná nebo ji již používá jiný orgán.
authority-guard-translations_done = O žádný nový překlad nebylo požádáno.

authority-email-login_instructions =
    Registrace orgánu { $official_name } v systému IMI je dokončena.
    { $first_user_name } obdrží dočasné heslo v samostatném e-mailu; uživatelské jméno sdělí váš koordinátor, nikdy ne e-mailem. Při prvním přihlášení si zvolte heslo a dvanáctimístný bezpečnostní kód.
    .subject = Váš orgán je zaregistrován v systému IMI: pokyny pro přihlášení

authority-email-refused =
    Registrace orgánu { $official_name } v systému IMI byla zamítnuta. { $reason }
    Váš koordinátor ji může ještě do šesti měsíců ověřit; poté bude vymazána.
    .subject = Vaše registrace v systému IMI byla zamítnuta

authority-email-deletion_started =
    Byl zahájen výmaz orgánu { $official_name } ze systému IMI. Probíhající výměny informací můžete dokončit, ale nové žádosti již nemůžete odesílat ani přijímat.
    .subject = Byl zahájen výmaz vašeho orgánu ze systému IMI

authority-email-deactivated =
    Orgán { $official_name } je nyní v systému IMI neaktivní. Uživatelé se mohou nadále přihlásit a číst, ale nic nového nelze odeslat ani přijmout. Orgán bude trvale vymazán dne { $delete_on }.
    .subject = Váš orgán je v systému IMI neaktivní

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Přístup k legislativní oblasti

area_access-party-authority = Orgán
area_access-party-access_coordinator = Koordinátor přístupu k právním předpisům

area_access-state-requested = Vyžádán
area_access-state-granted = Udělen
area_access-state-suspended = Pozastaven
area_access-state-removed = Odebrán
area_access-state-reactivation_requested = Požádáno o obnovení
area_access-state-removed_reactivation_requested = Požádáno o obnovení (odebrán)
area_access-state-refused = Zamítnut

area_access-action-request = Požádat o přístup k legislativní oblasti
area_access-action-at_registration = Přístup při registraci
area_access-action-edit_keywords = Upravit nastavení oblasti
area_access-action-coordinator_edit_keywords = Upravit nastavení oblasti žádajícího orgánu
area_access-action-grant = Udělit přístup
area_access-action-refuse = Zamítnout přístup
area_access-action-suspend = Pozastavit přístup
area_access-action-reinstate = Zrušit pozastavení
area_access-action-remove = Odebrat přístup
area_access-action-request_reactivation = Požádat o obnovení
area_access-action-approve_reactivation = Obnovit
area_access-action-refuse_reactivation = Zamítnout obnovení

area_access-field-area = Legislativní oblast
area_access-field-area_workflow = Pracovní postup
area_access-field-keywords = Klíčová slova
area_access-field-note = Poznámka
area_access-field-reason = Důvod
area_access-field-requested_at = Vyžádáno dne
area_access-field-granted_at = Uděleno dne
area_access-field-suspended_at = Pozastaveno dne
area_access-field-removed_at = Odebráno dne
area_access-field-reactivation_requested_at = O obnovení požádáno dne

area_access-input-coordinator = Koordinátor požádaný o přístup

area_access-guard-request = Váš orgán již má k této oblasti přístup nebo o něj požádal, není aktivní nebo zvolil sám sebe jako koordinátora.
area_access-guard-authority_not_active = Orgán není aktivní: nelze udělit žádný nový přístup.

area_access-email-requested =
    Orgán { $authority } žádá o přístup k legislativní oblasti { $area }.
    .subject = Žádost o přístup k legislativní oblasti

area_access-email-granted =
    Váš orgán má nyní přístup k legislativní oblasti { $area }.
    .subject = Přístup k legislativní oblasti udělen

area_access-email-refused =
    Vaše žádost o přístup k legislativní oblasti { $area } byla zamítnuta. { $reason }
    .subject = Přístup k legislativní oblasti zamítnut

area_access-email-suspended =
    Váš přístup k legislativní oblasti { $area } je pozastaven: otevřené žádosti můžete dokončit, ale nic nového zahájit nemůžete.
    .subject = Přístup k legislativní oblasti pozastaven

area_access-email-removed =
    Váš přístup k legislativní oblasti { $area } byl odebrán.
    .subject = Přístup k legislativní oblasti odebrán

area_access-email-reactivation_requested =
    Orgán { $authority } žádá o obnovení svého přístupu k legislativní oblasti { $area }.
    .subject = Žádost o obnovení přístupu k legislativní oblasti

area_access-email-reactivated =
    Vaší žádosti o obnovení přístupu k legislativní oblasti { $area } bylo vyhověno.
    .subject = Přístup k legislativní oblasti obnoven

area_access-email-reactivation_refused =
    Vaše žádost o obnovení přístupu k legislativní oblasti { $area } byla zamítnuta. { $reason }
    .subject = Obnovení přístupu k legislativní oblasti zamítnuto

area_access-field-allocation = Přidělování příchozích žádostí
area_access-field-referral_participation = Účastní se postoupení
area_access-field-coordinator_sees_details = Koordinátoři žádostí vidí podrobnosti žádostí
area_access-field-approve_requests = Žádosti vyžadují schválení koordinátorem
area_access-field-approve_replies = Odpovědi vyžadují schválení koordinátorem
area_access-action-change_settings = Změnit nastavení
area_access-action-change_approval = Změnit nastavení schvalování
