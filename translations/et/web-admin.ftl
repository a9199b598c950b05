# The web application: my authority (profile, area settings, users).

web-nav-admin = Minu asutus
web-admin-title = Minu asutus
web-admin-profile = Profiil
web-admin-profile-hint = üldandmed, kontaktandmed ja pädevused, nagu teised asutused neid näevad
web-admin-areas = Õigusvaldkonnad ja nende seaded
web-admin-settings-change = Vaata ja muuda seadeid
web-admin-settings-see = Vaata seadeid
web-admin-no-areas = Teie asutusel ei ole veel juurdepääsu ühelegi õigusvaldkonnale.
web-admin-users = Minu asutuse kasutajad
web-admin-name = Nimi
web-admin-roles = Rollid
web-admin-register = Registreeri kasutaja
web-admin-roles-hint = Rollid: üks rea kohta või komadega eraldatult, nt request_handler või request_handler@professional-qualifications ühe valdkonna jaoks.
web-admin-register-submit = Registreeri
web-admin-registered = Kasutaja on registreeritud kasutajatunnusega { $user_id }. Teatage see kasutajale ise: seda ei saadeta kunagi e-postiga. Ajutine salasõna saadetakse kasutaja e-posti aadressile.
