### Lietotāju kontu teksti latviešu valodā (definitions/core/workflows/user_account.yaml):
### reģistrācija, pieteikšanās, bloķēšana un atiestatīšana (R-LOGIN, R-ROLES).
### Pašas lomas (role-*) ir core.ftl.

## Darbplūsma: lietotāja konts (R-LOGIN)

wf-user_account = Lietotāja konts

user_account-party-authority = Lietotāja iestāde
user_account-party-validating_coordinator = Apstiprinošais koordinators

user_account-state-registered = Reģistrēts, gaida pirmo pieteikšanos
user_account-state-active = Aktīvs
user_account-state-blocked = Bloķēts
user_account-state-removed = Noņemts

user_account-action-register = Reģistrēt lietotāju
user_account-action-first_login = Pirmā pieteikšanās
user_account-action-login_succeeded = Pieteikšanās
user_account-action-login_failed = Nepareiza parole vai drošības kods
user_account-action-reset = Izsniegt jaunu pagaidu paroli
user_account-action-reset_only_lda = Izsniegt jaunu pagaidu paroli (tikai vienīgajam vietējam datu administratoram)
user_account-action-change_roles = Mainīt lomas
user_account-action-change_user_id = Mainīt lietotāja ID
user_account-action-update_contact = Atjaunināt kontaktinformāciju
user_account-action-remove = Noņemt lietotāju

user_account-field-user_id = Lietotāja ID
user_account-field-name = Vārds, uzvārds
user_account-field-email = Personīgā e-pasta adrese
user_account-field-phone = Tālrunis
user_account-field-language = Vēlamā darba valoda
user_account-field-roles = Lomas
user_account-field-failures = Nepareizas ievades kopš pēdējās pieteikšanās
user_account-field-registered_at = Reģistrācijas datums
user_account-field-temporary_password_sent_at = Pagaidu paroles nosūtīšanas datums
user_account-field-password_changed_at = Paroles izvēles datums
user_account-field-last_login_at = Pēdējā pieteikšanās
user_account-field-blocked_at = Bloķēšanas datums

user_account-input-temporary_password = Pagaidu parole

## Atteikumi

user_account-guard-register = Lietotāju nevar reģistrēt: iespējams, lietotāja ID jau ir aizņemts (lietotāju ID ir unikāli neatkarīgi no lielajiem un mazajiem burtiem), iespējams, e-pasta adresei ir nepareizs formāts, valodai jābūt vienai no 24 oficiālajām valodām, un lietotājam jābūt vismaz vienai lomai.
user_account-guard-user_id_taken = Šis lietotāja ID jau ir aizņemts (lietotāju ID ir unikāli neatkarīgi no lielajiem un mazajiem burtiem). Izvēlieties citu.
user_account-guard-reset_only_lda = To var darīt tikai apstiprinošā koordinatora datu administrators un tikai attiecībā uz iestādes vienīgo vietējo datu administratoru; šai iestādei ir vēl viens aktīvs vietējais datu administrators, kas var izsniegt jauno pagaidu paroli.
user_account-guard-change_roles = Lietotājam jābūt vismaz vienai lomai, un iestādei jāsaglabā vismaz viens aktīvs vietējais datu administrators.
user_account-guard-remove = Iestādei jāsaglabā vismaz viens aktīvs vietējais datu administrators.
user_account-guard-update_contact = E-pasta adresei ir nepareizs formāts, vai valoda nav viena no 24 oficiālajām valodām.

## E-pasta vēstules (nekad ar lietotāja ID: to paziņo pa citu kanālu)

user_account-email-temporary-password =
    Labdien, { $name }!

    Jūsu pagaidu parole Iekšējā tirgus informācijas sistēmai (IMI) ir: { $temporary_password }

    Jūsu lietotāja ID šajā e-pasta vēstulē nav norādīts: to jums paziņos persona, kas jūs reģistrēja. Nākamajā pieteikšanās reizē ievadiet lietotāja ID un šo pagaidu paroli, pēc tam izvēlieties savu paroli (vismaz 8 rakstzīmes, ar mazajiem burtiem, lielajiem burtiem un ciparu) un jaunu 12 rakstzīmju drošības kodu (tie paši noteikumi). Abos tiek nošķirti lielie un mazie burti.
    .subject = Jūsu IMI pagaidu parole

user_account-email-blocked =
    Labdien, { $name }!

    Jūsu IMI konts tika bloķēts pēc piecām nepareizām paroles vai drošības koda ievadēm. Pēc jaunas pagaidu paroles vērsieties pie savas iestādes vietējā datu administratora (ja esat tās vienīgais vietējais datu administrators, vērsieties pie sava apstiprinošā koordinatora).
    .subject = Jūsu IMI konts ir bloķēts

user_account-input-authority = Lietotāja iestāde
