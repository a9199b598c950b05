### Hrvatski tekstovi sistemskog paketa `core` (definitions/core):
### uloge, koordinatorski odnosi te tijekovi rada registration_request,
### authority i area_access.

area-core = Sustav IMI

## Uloge (R-ROLES)

role-basic_user = Osnovni korisnik
role-request_handler = Rukovatelj zahtjevima
role-allocator = Dodjeljivač
role-local_data_administrator = Lokalni administrator podataka
role-data_administrator = Administrator podataka
role-system_administrator = Administrator sustava

## Koordinatorski odnosi (R-ACTORS)

relation-validating = Koordinator za potvrđivanje
relation-legislation_access = Koordinator za pristup zakonodavnim područjima
relation-request = Koordinator zahtjeva

## Tijek rada: zahtjev za registraciju (R-REG)

wf-registration_request = Zahtjev za registraciju

registration_request-party-coordinator = Koordinator
registration_request-party-applicant = Pozvano tijelo
registration_request-party-commission = Europska komisija

registration_request-state-draft = Nacrt
registration_request-state-saved = Spremljen
registration_request-state-saving_blocked = Spremanje blokirano
registration_request-state-rejected = Odbijen
registration_request-state-sent = Poslan, čeka registraciju
registration_request-state-pending_validation = Registracija čeka potvrđivanje
registration_request-state-validated = Tijelo potvrđeno
registration_request-state-validation_refused = Potvrđivanje odbijeno
registration_request-state-expired = Istekao
registration_request-state-cancelled = Otkazan
registration_request-state-deleted = Izbrisan

registration_request-action-create = Novi zahtjev za registraciju
registration_request-action-edit = Uredi
registration_request-action-edit_sent = Uredi i pošalji novu pozivnicu
registration_request-action-save = Spremi za slanje
registration_request-action-stop = Zaustavi slanje
registration_request-action-release = Odobri slanje
registration_request-action-dispatch = Pošalji pozivnicu
registration_request-action-remind = Pošalji podsjetnik
registration_request-action-expire = Označi kao istekao
registration_request-action-cancel = Otkaži
registration_request-action-discard = Izbriši
registration_request-action-register = Registriraj tijelo
registration_request-action-authority_validated = Tijelo potvrđeno
registration_request-action-authority_refused = Tijelo odbijeno
registration_request-action-purge = Trajno izbriši

registration_request-field-email = Službena adresa e-pošte tijela
registration_request-field-name = Naziv (samo za Vaš popis)
registration_request-field-areas = Zakonodavna područja
registration_request-field-note = Popratna napomena
registration_request-field-country = Zemlja
registration_request-field-rejection_reason = Razlog odbijanja
registration_request-field-saved_at = Datum spremanja
registration_request-field-dispatch_at = Datum planiranog slanja
registration_request-field-sent_at = Datum slanja
registration_request-field-token = Registracijski token
registration_request-field-token_expires_at = Token vrijedi do
registration_request-field-registered_at = Datum registracije
registration_request-field-authority_name = Registrirano tijelo
registration_request-field-delete_at = Datum planiranog brisanja
registration_request-field-coordinator_name = Koordinator (kako je naveden u pozivnici)
registration_request-field-coordinator_email = Adresa e-pošte koordinatora (kako je navedena u pozivnici)

registration_request-input-summary_kept = Sažetak je ispisan ili spremljen kao dokument
registration_request-input-official_name = Službeni naziv
registration_request-input-national_languages = Nacionalni jezici
registration_request-input-informal_name = Neslužbeni naziv
registration_request-input-description = Kratak opis nadležnosti
registration_request-input-languages = Ostali jezici koje tijelo razumije
registration_request-input-level = Razina (lokalna, regionalna, nacionalna)
registration_request-input-address = Poštanska adresa
registration_request-input-phone = Telefon
registration_request-input-website = Internetske stranice
registration_request-input-first_user_name = Ime prvog korisnika
registration_request-input-first_user_email = Adresa e-pošte prvog korisnika
registration_request-input-first_user_language = Željeni radni jezik prvog korisnika

registration_request-rejection-malformed_email = Adresa e-pošte nije valjana.
registration_request-rejection-email_in_use = Adresu e-pošte već upotrebljava neko tijelo ili drugi zahtjev za registraciju.

registration_request-guard-save = Odaberite barem jedno zakonodavno područje.
registration_request-guard-edit_sent = Adresa e-pošte nije valjana ili je već upotrebljava neko tijelo ili drugi zahtjev za registraciju.
registration_request-guard-register = Sigurnosna provjera nije uspjela: token je pogrešan ili je istekao, sažetak nije sačuvan, zemlja ne odgovara pozivnici ili adresa e-pošte nije valjana ili je već upotrebljava neko tijelo.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) poziva Vaše tijelo da se registrira u Informacijskom sustavu unutarnjeg tržišta (IMI).

    { $note }

    Za registraciju otvorite { $link } i unesite svoj registracijski token: { $token }
    Token vrijedi do { $expires_on }.
    .subject = Poziv na registraciju u IMI-ju

registration_request-email-reminder =
    Poziv na registraciju u IMI-ju koji ste primili od { $coordinator_name } ({ $coordinator_email }) istječe { $expires_on }.
    Za registraciju otvorite { $link }.
    .subject = Podsjetnik: Vaš poziv na registraciju u IMI-ju uskoro istječe

registration_request-email-token_void =
    Poziv na registraciju u IMI-ju koji Vam je poslao { $coordinator_name } ({ $coordinator_email }) izmijenjen je. Poveznica i token koje ste primili više nisu valjani. Slijedi nova pozivnica s novim tokenom.
    .subject = Vaša poveznica za registraciju u IMI-ju više nije valjana

registration_request-email-registered =
    Tijelo { $official_name } registriralo se u IMI-ju putem Vašeg zahtjeva za registraciju { $name } ({ $email }). Njegova registracija čeka Vaše potvrđivanje.
    .subject = Registracija čeka Vaše potvrđivanje

registration_request-email-confirmation =
    Zahvaljujemo Vam na registraciji tijela { $official_name } ({ $informal_name }, { $country }) u IMI-ju.
    Prvi korisnik: { $first_user_name }.
    Vaš koordinator { $coordinator_name } sada će potvrditi registraciju; nakon toga primit ćete upute za prijavu.
    .subject = Vaša registracija u IMI-ju

## Tijek rada: tijelo (R-CA-LIFE, R-PROFILE)

wf-authority = Tijelo

authority-party-own = Tijelo
authority-party-validating_coordinator = Koordinator za potvrđivanje
authority-party-commission = Europska komisija

authority-state-pending_validation = Registracija čeka potvrđivanje
authority-state-refused = Registracija odbijena
authority-state-active = Aktivno
authority-state-deletion_in_progress = Brisanje u tijeku
authority-state-inactive = Neaktivno
authority-state-deleted = Izbrisano

authority-action-register_directly = Registriraj tijelo
authority-action-self_registration = Samoregistracija
authority-action-validate = Potvrdi
authority-action-refuse = Odbij registraciju
authority-action-update_profile = Ažuriraj podatke o tijelu
authority-action-change_official_name = Promijeni službeni naziv
authority-action-translations_done = Prijevodi dovršeni
authority-action-start_deletion = Pokreni brisanje
authority-action-deactivate = Označi kao neaktivno
authority-action-purge = Trajno izbriši

authority-field-official_name = Službeni naziv
authority-field-country = Zemlja
authority-field-level = Razina (lokalna, regionalna, nacionalna)
authority-field-national_languages = Nacionalni jezici
authority-field-informal_name = Neslužbeni naziv
authority-field-description = Kratak opis nadležnosti
authority-field-languages = Ostali jezici koje tijelo razumije
authority-field-address = Poštanska adresa
authority-field-phone = Telefon
authority-field-website = Internetske stranice
authority-field-email = Opća adresa e-pošte
authority-field-new_translation_needed = Potreban novi prijevod
authority-field-first_user_name = Ime prvog korisnika
authority-field-first_user_email = Adresa e-pošte prvog korisnika
authority-field-first_user_language = Željeni radni jezik prvog korisnika
authority-field-areas = Zakonodavna područja
authority-field-validated_at = Datum potvrđivanja
authority-field-refused_at = Datum odbijanja
authority-field-refusal_reason = Razlog odbijanja
authority-field-deletion_started_at = Datum početka brisanja
authority-field-inactive_since = Neaktivno od
authority-field-delete_at = Datum planiranog brisanja

authority-input-authority_id = ID postojećeg tijela (samo za migraciju)
authority-input-reason = Razlog

authority-guard-register_directly = Tijelo mora biti iz Vaše zemlje i imati valjanu opću adresu e-pošte koju ne upotrebljava nijedno drugo tijelo.
authority-guard-email = Opća adresa e-pošte nije valjana ili je već upotrebljava drugo tijelo.
authority-guard-translations_done = Nije zatražen nijedan novi prijevod.

authority-email-login_instructions =
    Registracija tijela { $official_name } u IMI-ju je dovršena.
    { $first_user_name } prima privremenu lozinku u zasebnoj poruci e-pošte; korisničko ime dodjeljuje Vaš koordinator, nikada putem e-pošte. Pri prvoj prijavi odaberite lozinku i sigurnosni kod od 12 znakova.
    .subject = Vaše tijelo registrirano je u IMI-ju: upute za prijavu

authority-email-refused =
    Registracija tijela { $official_name } u IMI-ju odbijena je. { $reason }
    Vaš koordinator još je može potvrditi u roku od šest mjeseci; nakon toga registracija se briše.
    .subject = Vaša registracija u IMI-ju odbijena je

authority-email-deletion_started =
    Pokrenuto je brisanje tijela { $official_name } iz IMI-ja. Možete dovršiti razmjene koje su u tijeku, ali više ne možete slati ni primati nove zahtjeve.
    .subject = Pokrenuto je brisanje Vašeg tijela iz IMI-ja

authority-email-deactivated =
    Tijelo { $official_name } sada je neaktivno u IMI-ju. Korisnici se i dalje mogu prijaviti i čitati podatke, ali ništa novo ne može se slati ni primati. Tijelo će biti trajno izbrisano { $delete_on }.
    .subject = Vaše tijelo neaktivno je u IMI-ju

## Tijek rada: pristup zakonodavnom području (R-ACCESS)

wf-area_access = Pristup zakonodavnom području

area_access-party-authority = Tijelo
area_access-party-access_coordinator = Koordinator za pristup zakonodavnim područjima

area_access-state-requested = Zatražen
area_access-state-granted = Odobren
area_access-state-suspended = Suspendiran
area_access-state-removed = Uklonjen
area_access-state-reactivation_requested = Zatražena ponovna aktivacija
area_access-state-removed_reactivation_requested = Zatražena ponovna aktivacija (uklonjen)
area_access-state-refused = Odbijen

area_access-action-request = Zatraži pristup zakonodavnom području
area_access-action-at_registration = Pristup pri registraciji
area_access-action-edit_keywords = Uredi postavke područja
area_access-action-coordinator_edit_keywords = Uredi postavke područja za tijelo podnositelja zahtjeva
area_access-action-grant = Odobri pristup
area_access-action-refuse = Odbij pristup
area_access-action-suspend = Suspendiraj pristup
area_access-action-reinstate = Ukini suspenziju
area_access-action-remove = Ukloni pristup
area_access-action-request_reactivation = Zatraži ponovnu aktivaciju
area_access-action-approve_reactivation = Ponovno aktiviraj
area_access-action-refuse_reactivation = Odbij ponovnu aktivaciju

area_access-field-area = Zakonodavno područje
area_access-field-area_workflow = Tijek rada
area_access-field-keywords = Ključne riječi
area_access-field-note = Napomena
area_access-field-reason = Razlog
area_access-field-requested_at = Datum zahtjeva
area_access-field-granted_at = Datum odobrenja
area_access-field-suspended_at = Datum suspenzije
area_access-field-removed_at = Datum uklanjanja
area_access-field-reactivation_requested_at = Datum zahtjeva za ponovnu aktivaciju

area_access-input-coordinator = Koordinator od kojeg se traži pristup

area_access-guard-request = Vaše tijelo već ima pristup tom području ili ga je već zatražilo, nije aktivno ili je samo sebe odabralo kao koordinatora.
area_access-guard-authority_not_active = Tijelo nije aktivno: ne može se odobriti novi pristup.

area_access-email-requested =
    Tijelo { $authority } traži pristup zakonodavnom području { $area }.
    .subject = Zahtjev za pristup zakonodavnom području

area_access-email-granted =
    Vaše tijelo sada ima pristup zakonodavnom području { $area }.
    .subject = Odobren pristup zakonodavnom području

area_access-email-refused =
    Vaš zahtjev za pristup zakonodavnom području { $area } odbijen je. { $reason }
    .subject = Odbijen pristup zakonodavnom području

area_access-email-suspended =
    Vaš pristup zakonodavnom području { $area } suspendiran je: možete dovršiti otvorene zahtjeve, ali ne možete pokretati nove.
    .subject = Suspendiran pristup zakonodavnom području

area_access-email-removed =
    Vaš pristup zakonodavnom području { $area } uklonjen je.
    .subject = Uklonjen pristup zakonodavnom području

area_access-email-reactivation_requested =
    Tijelo { $authority } traži ponovnu aktivaciju svojeg pristupa zakonodavnom području { $area }.
    .subject = Zahtjev za ponovnu aktivaciju pristupa zakonodavnom području

area_access-email-reactivated =
    Vaš zahtjev za ponovnu aktivaciju pristupa zakonodavnom području { $area } prihvaćen je.
    .subject = Ponovno aktiviran pristup zakonodavnom području

area_access-email-reactivation_refused =
    Vaš zahtjev za ponovnu aktivaciju pristupa zakonodavnom području { $area } odbijen je. { $reason }
    .subject = Odbijena ponovna aktivacija pristupa zakonodavnom području

area_access-field-allocation = Dodjela dolaznih zahtjeva
area_access-field-referral_participation = Sudjeluje u upućivanjima
area_access-field-coordinator_sees_details = Koordinatori zahtjeva vide pojedinosti zahtjeva
area_access-field-approve_requests = Zahtjevima je potrebno odobrenje koordinatora
area_access-field-approve_replies = Odgovorima je potrebno odobrenje koordinatora
area_access-action-change_settings = Promijeni postavke
area_access-action-change_approval = Promijeni postavke odobravanja
