# The web application: my authority (profile, area settings, users).

web-nav-admin = Moje tijelo
web-admin-title = Moje tijelo
web-admin-profile = Profil
web-admin-profile-hint = opći podaci, kontakti i nadležnosti, kako ih vide druga tijela
web-admin-areas = Zakonodavna područja i njihove postavke
web-admin-settings-change = Pregledaj i promijeni postavke
web-admin-settings-see = Pregledaj postavke
web-admin-no-areas = Vaše tijelo još nema pristup nijednom zakonodavnom području.
web-admin-users = Korisnici mojeg tijela
web-admin-name = Ime
web-admin-roles = Uloge
web-admin-register = Registriraj korisnika
web-admin-roles-hint = Uloge: jedna po retku ili odvojene zarezima, npr. request_handler ili request_handler@professional-qualifications za jedno područje.
web-admin-register-submit = Registriraj
web-admin-registered = Korisnik je registriran s korisničkim imenom { $user_id }. Sami ga priopćite korisniku: nikada se ne šalje e-poštom. Privremena lozinka šalje se na adresu e-pošte korisnika.
