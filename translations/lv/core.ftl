### Sistēmas paketes `core` (definitions/core) teksti latviešu valodā:
### lomas, koordinatoru attiecības un darbplūsmas registration_request,
### authority un area_access.

area-core = IMI sistēma

## Lomas (R-ROLES)

role-basic_user = Pamatlietotājs
role-request_handler = Pieprasījumu apstrādātājs
role-allocator = Sadalītājs
role-local_data_administrator = Vietējais datu administrators
role-data_administrator = Datu administrators
role-system_administrator = Sistēmas administrators

## Koordinatoru attiecības (R-ACTORS)

relation-validating = Apstiprinošais koordinators
relation-legislation_access = Tiesību aktu jomu piekļuves koordinators
relation-request = Pieprasījumu koordinators

## Darbplūsma: reģistrācijas pieprasījums (R-REG)

wf-registration_request = Reģistrācijas pieprasījums

registration_request-party-coordinator = Koordinators
registration_request-party-applicant = Uzaicinātā iestāde
registration_request-party-commission = Eiropas Komisija

registration_request-state-draft = Melnraksts
registration_request-state-saved = Saglabāts
registration_request-state-saving_blocked = Saglabāšana bloķēta
registration_request-state-rejected = Noraidīts
registration_request-state-sent = Nosūtīts, gaida reģistrāciju
registration_request-state-pending_validation = Reģistrācija gaida apstiprināšanu
registration_request-state-validated = Iestāde apstiprināta
registration_request-state-validation_refused = Apstiprināšana atteikta
registration_request-state-expired = Derīguma termiņš beidzies
registration_request-state-cancelled = Atcelts
registration_request-state-deleted = Dzēsts

registration_request-action-create = Jauns reģistrācijas pieprasījums
registration_request-action-edit = Rediģēt
registration_request-action-edit_sent = Rediģēt un nosūtīt jaunu uzaicinājumu
registration_request-action-save = Saglabāt nosūtīšanai
registration_request-action-stop = Apturēt nosūtīšanu
registration_request-action-release = Atļaut nosūtīšanu
registration_request-action-dispatch = Nosūtīt uzaicinājumu
registration_request-action-remind = Nosūtīt atgādinājumu
registration_request-action-expire = Izbeigt derīgumu
registration_request-action-cancel = Atcelt
registration_request-action-discard = Dzēst
registration_request-action-register = Reģistrēt iestādi
registration_request-action-authority_validated = Iestāde apstiprināta
registration_request-action-authority_refused = Iestāde noraidīta
registration_request-action-purge = Dzēst neatgriezeniski

registration_request-field-email = Iestādes darba e-pasta adrese
registration_request-field-name = Nosaukums (tikai jūsu sarakstam)
registration_request-field-areas = Tiesību aktu jomas
registration_request-field-note = Pavadpiezīme
registration_request-field-country = Valsts
registration_request-field-rejection_reason = Noraidīšanas iemesls
registration_request-field-saved_at = Saglabāšanas datums
registration_request-field-dispatch_at = Paredzētais nosūtīšanas datums
registration_request-field-sent_at = Nosūtīšanas datums
registration_request-field-token = Reģistrācijas marķieris
registration_request-field-token_expires_at = Marķieris derīgs līdz
registration_request-field-registered_at = Reģistrācijas datums
registration_request-field-authority_name = Reģistrētā iestāde
registration_request-field-delete_at = Paredzētais dzēšanas datums
registration_request-field-coordinator_name = Koordinators (kā norādīts uzaicinājumā)
registration_request-field-coordinator_email = Koordinatora e-pasta adrese (kā norādīts uzaicinājumā)

registration_request-input-summary_kept = Kopsavilkums ir izdrukāts vai saglabāts kā dokuments
registration_request-input-official_name = Oficiālais nosaukums
registration_request-input-national_languages = Valsts valodas
registration_request-input-informal_name = Neoficiālais nosaukums
registration_request-input-description = Īss pienākumu apraksts
registration_request-input-languages = Citas saprotamās valodas
registration_request-input-level = Līmenis (vietējais, reģionālais, valsts)
registration_request-input-address = Pasta adrese
registration_request-input-phone = Tālrunis
registration_request-input-website = Tīmekļvietne
registration_request-input-first_user_name = Pirmā lietotāja vārds, uzvārds
registration_request-input-first_user_email = Pirmā lietotāja e-pasta adrese
registration_request-input-first_user_language = Pirmā lietotāja vēlamā darba valoda

registration_request-rejection-malformed_email = E-pasta adrese nav derīga.
registration_request-rejection-email_in_use = E-pasta adresi jau izmanto kāda iestāde vai cits reģistrācijas pieprasījums.

registration_request-guard-save = Izvēlieties vismaz vienu tiesību aktu jomu.
registration_request-guard-edit_sent = E-pasta adrese nav derīga, vai to jau izmanto kāda iestāde vai cits reģistrācijas pieprasījums.
registration_request-guard-register = Drošības pārbaude neizdevās: marķieris ir nepareizs vai tā derīgums ir beidzies, kopsavilkums nav saglabāts, valsts neatbilst uzaicinājumā norādītajai vai e-pasta adrese nav derīga vai to jau izmanto kāda iestāde.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) aicina jūsu iestādi reģistrēties Iekšējā tirgus informācijas sistēmā (IMI).

    { $note }

    Lai reģistrētos, atveriet { $link } un ievadiet savu reģistrācijas marķieri: { $token }
    Marķieris ir derīgs līdz { $expires_on }.
    .subject = Uzaicinājums reģistrēties IMI

registration_request-email-reminder =
    Uzaicinājuma reģistrēties IMI, ko jums nosūtīja { $coordinator_name } ({ $coordinator_email }), derīgums beidzas { $expires_on }.
    Lai reģistrētos, atveriet { $link }.
    .subject = Atgādinājums: drīz beigsies jūsu uzaicinājuma reģistrēties IMI derīgums

registration_request-email-token_void =
    Uzaicinājums reģistrēties IMI, ko jums nosūtīja { $coordinator_name } ({ $coordinator_email }), ir mainīts. Saņemtā saite un marķieris vairs nav derīgi. Sekos jauns uzaicinājums ar jaunu marķieri.
    .subject = Jūsu IMI reģistrācijas saite vairs nav derīga

registration_request-email-registered =
    Iestāde { $official_name } ir reģistrējusies IMI, izmantojot jūsu reģistrācijas pieprasījumu { $name } ({ $email }). Tās reģistrācija gaida jūsu apstiprinājumu.
    .subject = Reģistrācija gaida jūsu apstiprinājumu

registration_request-email-confirmation =
    Paldies, ka reģistrējāt { $official_name } ({ $informal_name }, { $country }) IMI.
    Pirmais lietotājs: { $first_user_name }.
    Jūsu koordinators { $coordinator_name } tagad apstiprinās reģistrāciju; pēc tam jūs saņemsiet pieteikšanās norādījumus.
    .subject = Jūsu reģistrācija IMI

## Darbplūsma: iestāde (R-CA-LIFE, R-PROFILE)

wf-authority = Iestāde

authority-party-own = Iestāde
authority-party-validating_coordinator = Apstiprinošais koordinators
authority-party-commission = Eiropas Komisija

authority-state-pending_validation = Reģistrācija gaida apstiprināšanu
authority-state-refused = Reģistrācija atteikta
authority-state-active = Aktīva
authority-state-deletion_in_progress = Notiek dzēšana
authority-state-inactive = Neaktīva
authority-state-deleted = Dzēsta

authority-action-register_directly = Reģistrēt iestādi
authority-action-self_registration = Pašreģistrācija
authority-action-validate = Apstiprināt
authority-action-refuse = Atteikt reģistrāciju
authority-action-update_profile = Atjaunināt iestādes datus
authority-action-change_official_name = Mainīt oficiālo nosaukumu
authority-action-translations_done = Tulkojumi pabeigti
authority-action-start_deletion = Sākt dzēšanu
authority-action-deactivate = Padarīt neaktīvu
authority-action-purge = Dzēst neatgriezeniski

authority-field-official_name = Oficiālais nosaukums
authority-field-country = Valsts
authority-field-level = Līmenis (vietējais, reģionālais, valsts)
authority-field-national_languages = Valsts valodas
authority-field-informal_name = Neoficiālais nosaukums
authority-field-description = Īss pienākumu apraksts
authority-field-languages = Citas saprotamās valodas
authority-field-address = Pasta adrese
authority-field-phone = Tālrunis
authority-field-website = Tīmekļvietne
authority-field-email = Vispārīgā e-pasta adrese
authority-field-new_translation_needed = Vajadzīgs jauns tulkojums
authority-field-first_user_name = Pirmā lietotāja vārds, uzvārds
authority-field-first_user_email = Pirmā lietotāja e-pasta adrese
authority-field-first_user_language = Pirmā lietotāja vēlamā darba valoda
authority-field-areas = Tiesību aktu jomas
authority-field-validated_at = Apstiprināšanas datums
authority-field-refused_at = Atteikuma datums
authority-field-refusal_reason = Atteikuma iemesls
authority-field-deletion_started_at = Dzēšanas sākuma datums
authority-field-inactive_since = Neaktīva kopš
authority-field-delete_at = Paredzētais dzēšanas datums

authority-input-authority_id = Esošas iestādes ID (tikai migrācijai)
authority-input-reason = Iemesls

authority-guard-register_directly = Iestādei jābūt no jūsu valsts, un tai jābūt derīgai vispārīgajai e-pasta adresei, ko neizmanto neviena cita iestāde.
authority-guard-email = Vispārīgā e-pasta adrese nav derīga, vai to jau izmanto cita iestāde.
authority-guard-translations_done = Jauns tulkojums netika pieprasīts.

authority-email-login_instructions =
    Iestādes { $official_name } reģistrācija IMI ir pabeigta.
    { $first_user_name } saņems pagaidu paroli atsevišķā e-pasta vēstulē; lietotāja ID paziņo jūsu koordinators, nekad ne pa e-pastu. Pirmajā pieteikšanās reizē izvēlieties paroli un 12 rakstzīmju drošības kodu.
    .subject = Jūsu iestāde ir reģistrēta IMI: pieteikšanās norādījumi

authority-email-refused =
    Iestādes { $official_name } reģistrācija IMI tika atteikta. { $reason }
    Jūsu koordinators to vēl var apstiprināt sešu mēnešu laikā; pēc tam to dzēš.
    .subject = Jūsu reģistrācija IMI tika atteikta

authority-email-deletion_started =
    Ir sākta iestādes { $official_name } dzēšana no IMI. Jūs varat pabeigt notiekošo informācijas apmaiņu, taču vairs nevarat nosūtīt vai saņemt jaunus pieprasījumus.
    .subject = Ir sākta jūsu iestādes dzēšana no IMI

authority-email-deactivated =
    Iestāde { $official_name } tagad ir neaktīva IMI. Lietotāji joprojām var pieteikties un lasīt informāciju, taču neko jaunu nosūtīt vai saņemt nevar. Iestāde tiks neatgriezeniski dzēsta { $delete_on }.
    .subject = Jūsu iestāde IMI ir neaktīva

## Darbplūsma: piekļuve tiesību aktu jomai (R-ACCESS)

wf-area_access = Piekļuve tiesību aktu jomai

area_access-party-authority = Iestāde
area_access-party-access_coordinator = Tiesību aktu jomu piekļuves koordinators

area_access-state-requested = Pieprasīta
area_access-state-granted = Piešķirta
area_access-state-suspended = Apturēta
area_access-state-removed = Atsaukta
area_access-state-reactivation_requested = Pieprasīta atjaunošana
area_access-state-removed_reactivation_requested = Pieprasīta atjaunošana (atsaukta)
area_access-state-refused = Atteikta

area_access-action-request = Pieprasīt piekļuvi tiesību aktu jomai
area_access-action-at_registration = Piekļuve reģistrācijas laikā
area_access-action-edit_keywords = Rediģēt jomas iestatījumus
area_access-action-coordinator_edit_keywords = Rediģēt pieprasītājas iestādes jomas iestatījumus
area_access-action-grant = Piešķirt piekļuvi
area_access-action-refuse = Atteikt piekļuvi
area_access-action-suspend = Apturēt piekļuvi
area_access-action-reinstate = Atcelt apturēšanu
area_access-action-remove = Atsaukt piekļuvi
area_access-action-request_reactivation = Pieprasīt atjaunošanu
area_access-action-approve_reactivation = Atjaunot
area_access-action-refuse_reactivation = Atteikt atjaunošanu

area_access-field-area = Tiesību aktu joma
area_access-field-area_workflow = Darbplūsma
area_access-field-keywords = Atslēgvārdi
area_access-field-note = Piezīme
area_access-field-reason = Iemesls
area_access-field-requested_at = Pieprasīšanas datums
area_access-field-granted_at = Piešķiršanas datums
area_access-field-suspended_at = Apturēšanas datums
area_access-field-removed_at = Atsaukšanas datums
area_access-field-reactivation_requested_at = Atjaunošanas pieprasījuma datums

area_access-input-coordinator = Koordinators, kuram pieprasīta piekļuve

area_access-guard-request = Jūsu iestādei jau ir piekļuve šai jomai vai tā to jau ir pieprasījusi, tā nav aktīva vai tā ir izvēlējusies sevi par koordinatoru.
area_access-guard-authority_not_active = Iestāde nav aktīva: jaunu piekļuvi piešķirt nevar.

area_access-email-requested =
    Iestāde { $authority } pieprasa piekļuvi tiesību aktu jomai { $area }.
    .subject = Pieprasījums piekļūt tiesību aktu jomai

area_access-email-granted =
    Jūsu iestādei tagad ir piekļuve tiesību aktu jomai { $area }.
    .subject = Piekļuve tiesību aktu jomai piešķirta

area_access-email-refused =
    Jūsu pieprasījums piekļūt tiesību aktu jomai { $area } tika noraidīts. { $reason }
    .subject = Piekļuve tiesību aktu jomai atteikta

area_access-email-suspended =
    Jūsu piekļuve tiesību aktu jomai { $area } ir apturēta: jūs varat pabeigt atvērtos pieprasījumus, bet nevarat sākt neko jaunu.
    .subject = Piekļuve tiesību aktu jomai apturēta

area_access-email-removed =
    Jūsu piekļuve tiesību aktu jomai { $area } tika atsaukta.
    .subject = Piekļuve tiesību aktu jomai atsaukta

area_access-email-reactivation_requested =
    Iestāde { $authority } pieprasa atjaunot tās piekļuvi tiesību aktu jomai { $area }.
    .subject = Pieprasījums atjaunot piekļuvi tiesību aktu jomai

area_access-email-reactivated =
    Jūsu pieprasījums atjaunot piekļuvi tiesību aktu jomai { $area } tika apmierināts.
    .subject = Piekļuve tiesību aktu jomai atjaunota

area_access-email-reactivation_refused =
    Jūsu pieprasījums atjaunot piekļuvi tiesību aktu jomai { $area } tika noraidīts. { $reason }
    .subject = Piekļuves tiesību aktu jomai atjaunošana atteikta

area_access-field-allocation = Ienākošo pieprasījumu sadale
area_access-field-referral_participation = Piedalās koordinatoriem nodoto pieprasījumu izskatīšanā
area_access-field-coordinator_sees_details = Pieprasījumu koordinatori redz sīkāku informāciju par pieprasījumiem
area_access-field-approve_requests = Pieprasījumiem nepieciešams koordinatora apstiprinājums
area_access-field-approve_replies = Atbildēm nepieciešams koordinatora apstiprinājums
area_access-action-change_settings = Mainīt iestatījumus
area_access-action-change_approval = Mainīt apstiprināšanas iestatījumus
