# The web application: my authority (profile, area settings, users).

web-nav-admin = Mana iestāde
web-admin-title = Mana iestāde
web-admin-profile = Profils
web-admin-profile-hint = vispārīgie dati, kontaktinformācija un kompetences, kā tos redz citas iestādes
web-admin-areas = Tiesību aktu jomas un to iestatījumi
web-admin-settings-change = Skatīt un mainīt iestatījumus
web-admin-settings-see = Skatīt iestatījumus
web-admin-no-areas = Jūsu iestādei vēl nav piekļuves nevienai tiesību aktu jomai.
web-admin-users = Manas iestādes lietotāji
web-admin-name = Vārds, uzvārds
web-admin-roles = Lomas
web-admin-register = Reģistrēt lietotāju
web-admin-roles-hint = Lomas: pa vienai katrā rindā vai atdalītas ar komatiem, piem., request_handler vai request_handler@professional-qualifications vienai jomai.
web-admin-register-submit = Reģistrēt
web-admin-registered = Lietotājs ir reģistrēts ar lietotāja ID { $user_id }. Paziņojiet to lietotājam paši: tas nekad netiek sūtīts pa e-pastu. Pagaidu parole tiek nosūtīta uz lietotāja e-pasta adresi.
