# The web application: my authority (profile, area settings, users).

web-nav-admin = Moj organ
web-admin-title = Moj organ
web-admin-profile = Profil
web-admin-profile-hint = splošni podatki, kontakti in pristojnosti, kot jih vidijo drugi organi
web-admin-areas = Zakonodajna področja in njihove nastavitve
web-admin-settings-change = Prikaži in spremeni nastavitve
web-admin-settings-see = Prikaži nastavitve
web-admin-no-areas = Vaš organ še nima dostopa do nobenega zakonodajnega področja.
web-admin-users = Uporabniki mojega organa
web-admin-name = Ime
web-admin-roles = Vloge
web-admin-register = Registriraj uporabnika
web-admin-roles-hint = Vloge: ena v vrstici ali ločene z vejicami, npr. request_handler ali request_handler@professional-qualifications za eno področje.
web-admin-register-submit = Registriraj
web-admin-registered = Uporabnik je registriran z uporabniškim ID-jem { $user_id }. Sporočite mu ga sami: nikoli se ne pošlje po e-pošti. Začasno geslo se pošlje na e-naslov uporabnika.
