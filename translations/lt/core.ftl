### Sistemos paketo `core` (definitions/core) tekstai lietuvių kalba:
### vaidmenys, koordinatorių ryšiai ir darbo eigos registration_request,
### authority ir area_access.

area-core = IMI sistema

## Vaidmenys (R-ROLES)

role-basic_user = Paprastasis naudotojas
role-request_handler = Prašymų tvarkytojas
role-allocator = Paskirstytojas
role-local_data_administrator = Vietos duomenų administratorius
role-data_administrator = Duomenų administratorius
role-system_administrator = Sistemos administratorius

## Koordinatorių ryšiai (R-ACTORS)

relation-validating = Tvirtinantysis koordinatorius
relation-legislation_access = Teisės aktų sričių prieigos koordinatorius
relation-request = Prašymų koordinatorius

## Darbo eiga: registracijos prašymas (R-REG)

wf-registration_request = Registracijos prašymas

registration_request-party-coordinator = Koordinatorius
registration_request-party-applicant = Pakviesta institucija
registration_request-party-commission = Europos Komisija

registration_request-state-draft = Projektas
registration_request-state-saved = Išsaugotas
registration_request-state-saving_blocked = Išsaugojimas užblokuotas
registration_request-state-rejected = Atmestas
registration_request-state-sent = Išsiųstas, laukiama registracijos
registration_request-state-pending_validation = Registracija laukia patvirtinimo
registration_request-state-validated = Institucija patvirtinta
registration_request-state-validation_refused = Atsisakyta patvirtinti
registration_request-state-expired = Nebegalioja
registration_request-state-cancelled = Atšauktas
registration_request-state-deleted = Ištrintas

registration_request-action-create = Naujas registracijos prašymas
registration_request-action-edit = Redaguoti
registration_request-action-edit_sent = Redaguoti ir siųsti naują kvietimą
registration_request-action-save = Išsaugoti siuntimui
registration_request-action-stop = Sustabdyti siuntimą
registration_request-action-release = Leisti siųsti
registration_request-action-dispatch = Siųsti kvietimą
registration_request-action-remind = Siųsti priminimą
registration_request-action-expire = Nutraukti galiojimą
registration_request-action-cancel = Atšaukti
registration_request-action-discard = Ištrinti
registration_request-action-register = Registruoti instituciją
registration_request-action-authority_validated = Institucija patvirtinta
registration_request-action-authority_refused = Institucija atmesta
registration_request-action-purge = Ištrinti visam laikui

registration_request-field-email = Institucijos darbo e. pašto adresas
registration_request-field-name = Pavadinimas (tik jūsų sąrašui)
registration_request-field-areas = Teisės aktų sritys
registration_request-field-note = Lydraštis
registration_request-field-country = Šalis
registration_request-field-rejection_reason = Atmetimo priežastis
registration_request-field-saved_at = Išsaugojimo data
registration_request-field-dispatch_at = Numatyta siuntimo data
registration_request-field-sent_at = Išsiuntimo data
registration_request-field-token = Registracijos žetonas
registration_request-field-token_expires_at = Žetonas galioja iki
registration_request-field-registered_at = Registracijos data
registration_request-field-authority_name = Įregistruota institucija
registration_request-field-delete_at = Numatyta ištrynimo data
registration_request-field-coordinator_name = Koordinatorius (kaip nurodyta kvietime)
registration_request-field-coordinator_email = Koordinatoriaus e. pašto adresas (kaip nurodyta kvietime)

registration_request-input-summary_kept = Atspausdinau santrauką arba išsaugojau ją kaip dokumentą
registration_request-input-official_name = Oficialus pavadinimas
registration_request-input-national_languages = Nacionalinės kalbos
registration_request-input-informal_name = Neoficialus pavadinimas
registration_request-input-description = Trumpas atsakomybės sričių aprašymas
registration_request-input-languages = Kitos suprantamos kalbos
registration_request-input-level = Lygmuo (vietos, regioninis, nacionalinis)
registration_request-input-address = Pašto adresas
registration_request-input-phone = Telefonas
registration_request-input-website = Interneto svetainė
registration_request-input-first_user_name = Pirmojo naudotojo vardas ir pavardė
registration_request-input-first_user_email = Pirmojo naudotojo e. pašto adresas
registration_request-input-first_user_language = Pirmojo naudotojo pageidaujama darbo kalba

registration_request-rejection-malformed_email = E. pašto adresas netinkamas.
registration_request-rejection-email_in_use = E. pašto adresą jau naudoja institucija arba kitas registracijos prašymas.

registration_request-guard-save = Pasirinkite bent vieną teisės aktų sritį.
registration_request-guard-edit_sent = E. pašto adresas netinkamas arba jį jau naudoja institucija ar kitas registracijos prašymas.
registration_request-guard-register = Saugumo patikra nepavyko: žetonas neteisingas arba nebegalioja, santrauka neišsaugota, šalis neatitinka kvietime nurodytos šalies arba e. pašto adresas netinkamas ar jį jau naudoja institucija.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) kviečia jūsų instituciją užsiregistruoti Vidaus rinkos informacinėje sistemoje (IMI).

    { $note }

    Norėdami užsiregistruoti, atidarykite { $link } ir įveskite savo registracijos žetoną: { $token }
    Žetonas galioja iki { $expires_on }.
    .subject = Kvietimas užsiregistruoti IMI

registration_request-email-reminder =
    Kvietimo užsiregistruoti IMI, kurį jums atsiuntė { $coordinator_name } ({ $coordinator_email }), galiojimas baigiasi { $expires_on }.
    Norėdami užsiregistruoti, atidarykite { $link }.
    .subject = Priminimas: netrukus baigsis jūsų kvietimo užsiregistruoti IMI galiojimas

registration_request-email-token_void =
    Kvietimas užsiregistruoti IMI, kurį jums atsiuntė { $coordinator_name } ({ $coordinator_email }), pakeistas. Gauta nuoroda ir žetonas nebegalioja. Netrukus gausite naują kvietimą su nauju žetonu.
    .subject = Jūsų IMI registracijos nuoroda nebegalioja

registration_request-email-registered =
    Institucija { $official_name } užsiregistravo IMI pagal jūsų registracijos prašymą { $name } ({ $email }). Jos registracija laukia jūsų patvirtinimo.
    .subject = Registracija laukia jūsų patvirtinimo

registration_request-email-confirmation =
    Dėkojame, kad užregistravote { $official_name } ({ $informal_name }, { $country }) IMI.
    Pirmasis naudotojas: { $first_user_name }.
    Jūsų koordinatorius { $coordinator_name } dabar patvirtins registraciją; po to gausite prisijungimo instrukcijas.
    .subject = Jūsų registracija IMI

## Darbo eiga: institucija (R-CA-LIFE, R-PROFILE)

wf-authority = Institucija

authority-party-own = Institucija
authority-party-validating_coordinator = Tvirtinantysis koordinatorius
authority-party-commission = Europos Komisija

authority-state-pending_validation = Registracija laukia patvirtinimo
authority-state-refused = Registracija atmesta
authority-state-active = Aktyvi
authority-state-deletion_in_progress = Vykdomas ištrynimas
authority-state-inactive = Neaktyvi
authority-state-deleted = Ištrinta

authority-action-register_directly = Registruoti instituciją
authority-action-self_registration = Savarankiška registracija
authority-action-validate = Patvirtinti
authority-action-refuse = Atmesti registraciją
authority-action-update_profile = Atnaujinti institucijos duomenis
authority-action-change_official_name = Pakeisti oficialų pavadinimą
authority-action-translations_done = Vertimai atlikti
authority-action-start_deletion = Pradėti ištrynimą
authority-action-deactivate = Padaryti neaktyvią
authority-action-purge = Ištrinti visam laikui

authority-field-official_name = Oficialus pavadinimas
authority-field-country = Šalis
authority-field-level = Lygmuo (vietos, regioninis, nacionalinis)
authority-field-national_languages = Nacionalinės kalbos
authority-field-informal_name = Neoficialus pavadinimas
authority-field-description = Trumpas atsakomybės sričių aprašymas
authority-field-languages = Kitos suprantamos kalbos
authority-field-address = Pašto adresas
authority-field-phone = Telefonas
authority-field-website = Interneto svetainė
authority-field-email = Bendrasis e. pašto adresas
authority-field-new_translation_needed = Reikia naujo vertimo
authority-field-first_user_name = Pirmojo naudotojo vardas ir pavardė
authority-field-first_user_email = Pirmojo naudotojo e. pašto adresas
authority-field-first_user_language = Pirmojo naudotojo pageidaujama darbo kalba
authority-field-areas = Teisės aktų sritys
authority-field-validated_at = Patvirtinimo data
authority-field-refused_at = Atmetimo data
authority-field-refusal_reason = Atmetimo priežastis
authority-field-deletion_started_at = Ištrynimo pradžios data
authority-field-inactive_since = Neaktyvi nuo
authority-field-delete_at = Numatyta ištrynimo data

authority-input-authority_id = Esamos institucijos ID (tik perkėlimui)
authority-input-reason = Priežastis

authority-guard-register_directly = Institucija turi būti iš jūsų šalies ir turėti galiojantį bendrąjį e. pašto adresą, kurio nenaudoja jokia kita institucija.
authority-guard-email = Bendrasis e. pašto adresas netinkamas arba jį jau naudoja kita institucija.
authority-guard-translations_done = Naujo vertimo neprašyta.

authority-email-login_instructions =
    Institucijos { $official_name } registracija IMI baigta.
    { $first_user_name } gauna laikinąjį slaptažodį atskiru e. laišku; naudotojo ID suteikia jūsų koordinatorius, niekada ne e. paštu. Pirmą kartą prisijungę pasirinkite slaptažodį ir 12 ženklų saugos kodą.
    .subject = Jūsų institucija įregistruota IMI: prisijungimo instrukcijos

authority-email-refused =
    Institucijos { $official_name } registracija IMI atmesta. { $reason }
    Jūsų koordinatorius dar gali ją patvirtinti per šešis mėnesius; po to ji ištrinama.
    .subject = Jūsų registracija IMI atmesta

authority-email-deletion_started =
    Pradėtas institucijos { $official_name } ištrynimas iš IMI. Galite užbaigti vykstančius informacijos mainus, tačiau nebegalite siųsti ar gauti naujų prašymų.
    .subject = Pradėtas jūsų institucijos ištrynimas iš IMI

authority-email-deactivated =
    Institucija { $official_name } dabar yra neaktyvi IMI. Naudotojai vis dar gali prisijungti ir skaityti informaciją, tačiau nieko naujo siųsti ar gauti negalima. Institucija bus ištrinta visam laikui { $delete_on }.
    .subject = Jūsų institucija neaktyvi IMI

## Darbo eiga: prieiga prie teisės aktų srities (R-ACCESS)

wf-area_access = Prieiga prie teisės aktų srities

area_access-party-authority = Institucija
area_access-party-access_coordinator = Teisės aktų sričių prieigos koordinatorius

area_access-state-requested = Paprašyta
area_access-state-granted = Suteikta
area_access-state-suspended = Sustabdyta
area_access-state-removed = Panaikinta
area_access-state-reactivation_requested = Paprašyta atnaujinti
area_access-state-removed_reactivation_requested = Paprašyta atnaujinti (panaikinta)
area_access-state-refused = Atmesta

area_access-action-request = Prašyti prieigos prie teisės aktų srities
area_access-action-at_registration = Prieiga registruojantis
area_access-action-edit_keywords = Redaguoti srities nuostatas
area_access-action-coordinator_edit_keywords = Redaguoti prašančios institucijos srities nuostatas
area_access-action-grant = Suteikti prieigą
area_access-action-refuse = Atmesti prieigą
area_access-action-suspend = Sustabdyti prieigą
area_access-action-reinstate = Panaikinti sustabdymą
area_access-action-remove = Panaikinti prieigą
area_access-action-request_reactivation = Prašyti atnaujinti
area_access-action-approve_reactivation = Atnaujinti
area_access-action-refuse_reactivation = Atsisakyti atnaujinti

area_access-field-area = Teisės aktų sritis
area_access-field-area_workflow = Darbo eiga
area_access-field-keywords = Reikšminiai žodžiai
area_access-field-note = Pastaba
area_access-field-reason = Priežastis
area_access-field-requested_at = Prašymo data
area_access-field-granted_at = Suteikimo data
area_access-field-suspended_at = Sustabdymo data
area_access-field-removed_at = Panaikinimo data
area_access-field-reactivation_requested_at = Prašymo atnaujinti data

area_access-input-coordinator = Koordinatorius, kurio prašyta prieigos

area_access-guard-request = Jūsų institucija jau turi prieigą prie šios srities arba jos jau paprašė, nėra aktyvi arba koordinatoriumi pasirinko save.
area_access-guard-authority_not_active = Institucija nėra aktyvi: naujos prieigos suteikti negalima.

area_access-email-requested =
    Institucija { $authority } prašo prieigos prie teisės aktų srities { $area }.
    .subject = Prašymas suteikti prieigą prie teisės aktų srities

area_access-email-granted =
    Jūsų institucijai dabar suteikta prieiga prie teisės aktų srities { $area }.
    .subject = Suteikta prieiga prie teisės aktų srities

area_access-email-refused =
    Jūsų prašymas suteikti prieigą prie teisės aktų srities { $area } atmestas. { $reason }
    .subject = Atsisakyta suteikti prieigą prie teisės aktų srities

area_access-email-suspended =
    Jūsų prieiga prie teisės aktų srities { $area } sustabdyta: galite užbaigti atvirus prašymus, tačiau negalite pradėti nieko naujo.
    .subject = Prieiga prie teisės aktų srities sustabdyta

area_access-email-removed =
    Jūsų prieiga prie teisės aktų srities { $area } panaikinta.
    .subject = Prieiga prie teisės aktų srities panaikinta

area_access-email-reactivation_requested =
    Institucija { $authority } prašo atnaujinti jos prieigą prie teisės aktų srities { $area }.
    .subject = Prašymas atnaujinti prieigą prie teisės aktų srities

area_access-email-reactivated =
    Jūsų prašymas atnaujinti prieigą prie teisės aktų srities { $area } patenkintas.
    .subject = Prieiga prie teisės aktų srities atnaujinta

area_access-email-reactivation_refused =
    Jūsų prašymas atnaujinti prieigą prie teisės aktų srities { $area } atmestas. { $reason }
    .subject = Atsisakyta atnaujinti prieigą prie teisės aktų srities

area_access-field-allocation = Gaunamų prašymų paskirstymas
area_access-field-referral_participation = Dalyvauja perdavimo koordinatoriams procedūrose
area_access-field-coordinator_sees_details = Prašymų koordinatoriai mato išsamią prašymų informaciją
area_access-field-approve_requests = Prašymus turi patvirtinti koordinatorius
area_access-field-approve_replies = Atsakymus turi patvirtinti koordinatorius
area_access-action-change_settings = Keisti nuostatas
area_access-action-change_approval = Keisti patvirtinimo nuostatas
