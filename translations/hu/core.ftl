### A `core` rendszercsomag (definitions/core) magyar szövegei:
### szerepkörök, koordinátori kapcsolatok, valamint a registration_request,
### authority és area_access munkafolyamat.

area-core = IMI-rendszer

## Szerepkörök (R-ROLES)

role-basic_user = Alapfelhasználó
role-request_handler = Megkereséskezelő
role-allocator = Kiosztó
role-local_data_administrator = Helyi adatadminisztrátor
role-data_administrator = Adatadminisztrátor
role-system_administrator = Rendszeradminisztrátor

## Koordinátori kapcsolatok (R-ACTORS)

relation-validating = Jóváhagyó koordinátor
relation-legislation_access = Jogterületi hozzáférési koordinátor
relation-request = Megkeresési koordinátor

## Munkafolyamat: regisztrációs kérelem (R-REG)

wf-registration_request = Regisztrációs kérelem

registration_request-party-coordinator = Koordinátor
registration_request-party-applicant = Meghívott hatóság
registration_request-party-commission = Európai Bizottság

registration_request-state-draft = Tervezet
registration_request-state-saved = Mentve
registration_request-state-saving_blocked = Mentés letiltva
registration_request-state-rejected = Elutasítva
registration_request-state-sent = Elküldve, regisztrációra vár
registration_request-state-pending_validation = A regisztráció jóváhagyásra vár
registration_request-state-validated = Hatóság jóváhagyva
registration_request-state-validation_refused = Jóváhagyás megtagadva
registration_request-state-expired = Lejárt
registration_request-state-cancelled = Visszavonva
registration_request-state-deleted = Törölve

registration_request-action-create = Új regisztrációs kérelem
registration_request-action-edit = Szerkesztés
registration_request-action-edit_sent = Szerkesztés és új meghívó küldése
registration_request-action-save = Mentés küldésre
registration_request-action-stop = Küldés leállítása
registration_request-action-release = Küldés engedélyezése
registration_request-action-dispatch = Meghívó küldése
registration_request-action-remind = Emlékeztető küldése
registration_request-action-expire = Lejárttá nyilvánítás
registration_request-action-cancel = Visszavonás
registration_request-action-discard = Törlés
registration_request-action-register = A hatóság regisztrálása
registration_request-action-authority_validated = Hatóság jóváhagyva
registration_request-action-authority_refused = Hatóság elutasítva
registration_request-action-purge = Végleges törlés

registration_request-field-email = A hatóság munkahelyi e-mail-címe
registration_request-field-name = Név (csak a saját listájához)
registration_request-field-areas = Jogterületek
registration_request-field-note = Kísérő megjegyzés
registration_request-field-country = Ország
registration_request-field-rejection_reason = Az elutasítás oka
registration_request-field-saved_at = Mentés dátuma
registration_request-field-dispatch_at = Küldés tervezett dátuma
registration_request-field-sent_at = Küldés dátuma
registration_request-field-token = Regisztrációs token
registration_request-field-token_expires_at = A token érvényességi ideje
registration_request-field-registered_at = Regisztráció dátuma
registration_request-field-authority_name = Regisztrált hatóság
registration_request-field-delete_at = Törlés tervezett dátuma
registration_request-field-coordinator_name = Koordinátor (a meghívóban feltüntetett módon)
registration_request-field-coordinator_email = A koordinátor e-mail-címe (a meghívóban feltüntetett módon)

registration_request-input-summary_kept = Az összefoglalót kinyomtattam vagy dokumentumként elmentettem
registration_request-input-official_name = Hivatalos név
registration_request-input-national_languages = Nemzeti nyelvek
registration_request-input-informal_name = Nem hivatalos név
registration_request-input-description = A hatáskörök rövid leírása
registration_request-input-languages = Egyéb értett nyelvek
registration_request-input-level = Szint (helyi, regionális, nemzeti)
registration_request-input-address = Postacím
registration_request-input-phone = Telefon
registration_request-input-website = Weboldal
registration_request-input-first_user_name = Az első felhasználó neve
registration_request-input-first_user_email = Az első felhasználó e-mail-címe
registration_request-input-first_user_language = Az első felhasználó által előnyben részesített munkanyelv

registration_request-rejection-malformed_email = Az e-mail-cím érvénytelen.
registration_request-rejection-email_in_use = Az e-mail-címet már használja egy hatóság vagy egy másik regisztrációs kérelem.

registration_request-guard-save = Válasszon legalább egy jogterületet.
registration_request-guard-edit_sent = Az e-mail-cím érvénytelen, vagy azt már használja egy hatóság vagy egy másik regisztrációs kérelem.
registration_request-guard-register = A biztonsági ellenőrzés sikertelen: a token hibás vagy lejárt, az összefoglalót nem őrizték meg, az ország nem egyezik a meghívóban szereplővel, vagy az e-mail-cím érvénytelen, illetve azt már használja egy hatóság.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) meghívja az Ön hatóságát, hogy regisztráljon a Belső Piaci Információs Rendszerben (IMI).

    { $note }

    A regisztrációhoz nyissa meg a következő linket: { $link }, és adja meg regisztrációs tokenjét: { $token }
    A token érvényességi ideje: { $expires_on }.
    .subject = Meghívás az IMI-ben történő regisztrációra

registration_request-email-reminder =
    Az IMI-ben történő regisztrációra szóló meghívója, amelyet { $coordinator_name } ({ $coordinator_email }) küldött, a következő időpontban lejár: { $expires_on }.
    A regisztrációhoz nyissa meg a következő linket: { $link }.
    .subject = Emlékeztető: az IMI-ben történő regisztrációra szóló meghívója hamarosan lejár

registration_request-email-token_void =
    Az IMI-ben történő regisztrációra szóló meghívó, amelyet { $coordinator_name } ({ $coordinator_email }) küldött Önnek, módosult. A kapott link és token már nem érvényes. Hamarosan új meghívót kap új tokennel.
    .subject = Az IMI-regisztrációs linkje már nem érvényes

registration_request-email-registered =
    A(z) { $official_name } hatóság regisztrált az IMI-ben az Ön { $name } ({ $email }) regisztrációs kérelme révén. Regisztrációja az Ön jóváhagyására vár.
    .subject = Egy regisztráció az Ön jóváhagyására vár

registration_request-email-confirmation =
    Köszönjük, hogy regisztrálta az IMI-ben a következő hatóságot: { $official_name } ({ $informal_name }, { $country }).
    Első felhasználó: { $first_user_name }.
    Koordinátora, { $coordinator_name }, most jóváhagyja a regisztrációt; ezt követően megkapja a bejelentkezési útmutatót.
    .subject = Az Ön regisztrációja az IMI-ben

## Munkafolyamat: hatóság (R-CA-LIFE, R-PROFILE)

wf-authority = Hatóság

authority-party-own = Hatóság
authority-party-validating_coordinator = Jóváhagyó koordinátor
authority-party-commission = Európai Bizottság

authority-state-pending_validation = A regisztráció jóváhagyásra vár
authority-state-refused = Regisztráció elutasítva
authority-state-active = Aktív
authority-state-deletion_in_progress = Törlés folyamatban
authority-state-inactive = Inaktív
authority-state-deleted = Törölve

authority-action-register_directly = Hatóság regisztrálása
authority-action-self_registration = Önregisztráció
authority-action-validate = Jóváhagyás
authority-action-refuse = A regisztráció elutasítása
authority-action-update_profile = A hatóság adatainak frissítése
authority-action-change_official_name = A hivatalos név módosítása
authority-action-translations_done = Fordítások elkészültek
authority-action-start_deletion = Törlés megkezdése
authority-action-deactivate = Inaktívvá tétel
authority-action-purge = Végleges törlés

authority-field-official_name = Hivatalos név
authority-field-country = Ország
authority-field-level = Szint (helyi, regionális, nemzeti)
authority-field-national_languages = Nemzeti nyelvek
authority-field-informal_name = Nem hivatalos név
authority-field-description = A hatáskörök rövid leírása
authority-field-languages = Egyéb értett nyelvek
authority-field-address = Postacím
authority-field-phone = Telefon
authority-field-website = Weboldal
authority-field-email = Általános e-mail-cím
authority-field-new_translation_needed = Új fordítás szükséges
authority-field-first_user_name = Az első felhasználó neve
authority-field-first_user_email = Az első felhasználó e-mail-címe
authority-field-first_user_language = Az első felhasználó által előnyben részesített munkanyelv
authority-field-areas = Jogterületek
authority-field-validated_at = Jóváhagyás dátuma
authority-field-refused_at = Elutasítás dátuma
authority-field-refusal_reason = Az elutasítás oka
authority-field-deletion_started_at = Törlés megkezdésének dátuma
authority-field-inactive_since = Inaktív ettől a dátumtól
authority-field-delete_at = Törlés tervezett dátuma

authority-input-authority_id = Meglévő hatóság azonosítója (csak migrációhoz)
authority-input-reason = Indok

authority-guard-register_directly = A hatóságnak az Ön országához kell tartoznia, és olyan érvényes általános e-mail-címmel kell rendelkeznie, amelyet más hatóság nem használ.
authority-guard-email = Az általános e-mail-cím érvénytelen, vagy azt már egy másik hatóság használja.
authority-guard-translations_done = Nem kértek új fordítást.

authority-email-login_instructions =
    A(z) { $official_name } regisztrációja az IMI-ben befejeződött.
    { $first_user_name } külön e-mailben ideiglenes jelszót kap; a felhasználói azonosítót a koordinátor adja meg, soha nem e-mailben. Az első bejelentkezéskor válasszon jelszót és egy 12 karakterből álló biztonsági kódot.
    .subject = Hatósága regisztrálva van az IMI-ben: bejelentkezési útmutató

authority-email-refused =
    A(z) { $official_name } IMI-beli regisztrációját elutasították. { $reason }
    Koordinátora hat hónapon belül még jóváhagyhatja; ezt követően a regisztráció törlésre kerül.
    .subject = IMI-beli regisztrációját elutasították

authority-email-deletion_started =
    Megkezdődött a(z) { $official_name } törlése az IMI-ből. Folyamatban lévő információcseréit befejezheti, de új megkereséseket már nem küldhet és nem fogadhat.
    .subject = Megkezdődött hatóságának törlése az IMI-ből

authority-email-deactivated =
    A(z) { $official_name } mostantól inaktív az IMI-ben. A felhasználók továbbra is bejelentkezhetnek és olvashatják az adatokat, de új elemet küldeni vagy fogadni nem lehet. A hatóság végleges törlésének időpontja: { $delete_on }.
    .subject = Hatósága inaktív az IMI-ben

## Munkafolyamat: hozzáférés egy jogterülethez (R-ACCESS)

wf-area_access = Hozzáférés egy jogterülethez

area_access-party-authority = Hatóság
area_access-party-access_coordinator = Jogterületi hozzáférési koordinátor

area_access-state-requested = Kérelmezve
area_access-state-granted = Megadva
area_access-state-suspended = Felfüggesztve
area_access-state-removed = Megszüntetve
area_access-state-reactivation_requested = Újraaktiválás kérelmezve
area_access-state-removed_reactivation_requested = Újraaktiválás kérelmezve (megszüntetve)
area_access-state-refused = Elutasítva

area_access-action-request = Hozzáférés kérése egy jogterülethez
area_access-action-at_registration = Hozzáférés a regisztrációval
area_access-action-edit_keywords = A jogterület beállításainak szerkesztése
area_access-action-coordinator_edit_keywords = A kérelmező hatóság jogterületi beállításainak szerkesztése
area_access-action-grant = Hozzáférés megadása
area_access-action-refuse = Hozzáférés elutasítása
area_access-action-suspend = Hozzáférés felfüggesztése
area_access-action-reinstate = A felfüggesztés megszüntetése
area_access-action-remove = Hozzáférés megszüntetése
area_access-action-request_reactivation = Újraaktiválás kérése
area_access-action-approve_reactivation = Újraaktiválás
area_access-action-refuse_reactivation = Újraaktiválás elutasítása

area_access-field-area = Jogterület
area_access-field-area_workflow = Munkafolyamat
area_access-field-keywords = Kulcsszavak
area_access-field-note = Megjegyzés
area_access-field-reason = Indok
area_access-field-requested_at = Kérelem dátuma
area_access-field-granted_at = Megadás dátuma
area_access-field-suspended_at = Felfüggesztés dátuma
area_access-field-removed_at = Megszüntetés dátuma
area_access-field-reactivation_requested_at = Újraaktiválási kérelem dátuma

area_access-input-coordinator = A hozzáférés ügyében megkeresett koordinátor

area_access-guard-request = Az Ön hatósága már rendelkezik hozzáféréssel ehhez a jogterülethez, vagy már kérte azt, nem aktív, vagy saját magát választotta koordinátorként.
area_access-guard-authority_not_active = A hatóság nem aktív: új hozzáférés nem adható.

area_access-email-requested =
    A(z) { $authority } hatóság hozzáférést kér a következő jogterülethez: { $area }.
    .subject = Jogterülethez való hozzáférés iránti kérelem

area_access-email-granted =
    Hatósága mostantól hozzáfér a következő jogterülethez: { $area }.
    .subject = Jogterülethez való hozzáférés megadva

area_access-email-refused =
    A következő jogterülethez való hozzáférés iránti kérelmét elutasították: { $area }. { $reason }
    .subject = Jogterülethez való hozzáférés elutasítva

area_access-email-suspended =
    A következő jogterülethez való hozzáférését felfüggesztették: { $area }. A folyamatban lévő megkereséseket befejezheti, de újat nem indíthat.
    .subject = Jogterülethez való hozzáférés felfüggesztve

area_access-email-removed =
    A következő jogterülethez való hozzáférését megszüntették: { $area }.
    .subject = Jogterülethez való hozzáférés megszüntetve

area_access-email-reactivation_requested =
    A(z) { $authority } hatóság a következő jogterülethez való hozzáférésének újraaktiválását kéri: { $area }.
    .subject = Jogterülethez való hozzáférés újraaktiválása iránti kérelem

area_access-email-reactivated =
    A következő jogterülethez való hozzáférésének újraaktiválása iránti kérelmét elfogadták: { $area }.
    .subject = Jogterülethez való hozzáférés újraaktiválva

area_access-email-reactivation_refused =
    A következő jogterülethez való hozzáférésének újraaktiválása iránti kérelmét elutasították: { $area }. { $reason }
    .subject = Jogterülethez való hozzáférés újraaktiválása elutasítva

area_access-field-allocation = A beérkező megkeresések kiosztása
area_access-field-referral_participation = Részt vesz a koordinátorokhoz utalt ügyekben
area_access-field-coordinator_sees_details = A megkeresési koordinátorok látják a megkeresések részleteit
area_access-field-approve_requests = A megkeresésekhez a koordinátor engedélyezése szükséges
area_access-field-approve_replies = A válaszokhoz a koordinátor engedélyezése szükséges
area_access-action-change_settings = A beállítások módosítása
area_access-action-change_approval = Az engedélyezési beállítások módosítása
