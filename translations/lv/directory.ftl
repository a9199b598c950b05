# Iestādes un koordinatori: profili, pārņemšana, saiknes starp iestādēm,
# pieprasījumu koordinatori; e-pasta vēstules kājene.

authority-field-economic_activities = Saimnieciskā darbība
authority-field-policy_areas = Politikas jomas
authority-field-coordinator = IMI koordinators
authority-field-coordinated_areas = Koordinētās tiesību aktu jomas
authority-field-region = Reģions
authority-input-user_id = Pirmā lietotāja lietotāja ID
authority-input-temporary_password = Pirmā lietotāja pagaidu parole
authority-input-validating_coordinator = Apstiprinošais koordinators
authority-action-imported = Pārņemt no iepriekšējās sistēmas
authority-action-update_competences = Mainīt kompetences
authority-action-designate_coordinator = Iecelt par IMI koordinatoru
authority-guard-imported = Iestāde jau ir zināma, tās vispārīgā e-pasta adrese nav derīga vai koordinatora veids nav nimic, dimic vai sdimic.
authority-guard-designate_coordinator = Koordinatora veidam jābūt nimic, dimic vai sdimic.

area_access-field-professions = Profesijas
area_access-input-authority = Iestāde
area_access-action-imported = Pārņemt no iepriekšējās sistēmas

user_account-action-first_user = Reģistrēt pirmo lietotāju
user_account-action-imported = Pārņemt no iepriekšējās sistēmas

wf-authority_link = Saikne starp iestādēm
authority_link-party-authority = Iestāde
authority_link-party-linked = Saistītā iestāde
authority_link-field-linked_at = Sasaistes datums
authority_link-state-linked = Sasaistīta
authority_link-state-unlinked = Saikne noņemta
authority_link-action-link = Sasaistīt iestādi
authority_link-action-unlink = Noņemt saikni
authority_link-input-linked = Sasaistāmā iestāde
authority_link-guard-link = Jūs varat sasaistīt tikai citu aktīvu savas valsts iestādi un tikai vienreiz.

wf-request_coordination = Pieprasījumu koordinators
request_coordination-party-authority = Koordinētā iestāde
request_coordination-party-coordinator = Pieprasījumu koordinators
request_coordination-field-area = Tiesību aktu joma
request_coordination-field-linked_at = Sasaistes datums
request_coordination-state-linked = Sasaistīts
request_coordination-state-unlinked = Atsaistīts
request_coordination-action-at_access = Sasaistīt piekļuves koordinatoru
request_coordination-action-link = Sasaistīt pieprasījumu koordinatoru
request_coordination-action-unlink = Atsaistīt pieprasījumu koordinatoru
request_coordination-input-coordinator = Koordinators
request_coordination-guard-link = Koordinatoram jābūt jūsu valsts aktīvam IMI koordinatoram, kas šai jomai vēl nav sasaistīts, un jūsu iestādei jābūt piekļuvei šai jomai.
request_coordination-guard-unlink = Jūsu iestādei katrā tiesību aktu jomā jāsaglabā vismaz viens pieprasījumu koordinators.
request_coordination-email-linked =
    Iestāde { $authority } ir sasaistījusi jūsu iestādi kā savu pieprasījumu koordinatoru tiesību aktu jomā { $area }.
    .subject = Jauna koordinētā iestāde

mail-footer = Šo e-pasta vēstuli automātiski nosūtīja Iekšējā tirgus informācijas sistēma (IMI). Lūdzu, neatbildiet uz to.

keywords-countries = Valstis
keywords-levels = Līmeņi
keywords-languages = Valodas
