# The web application: my authority (profile, area settings, users).

web-nav-admin = Hatóságom
web-admin-title = Hatóságom
web-admin-profile = Profil
web-admin-profile-hint = általános adatok, elérhetőségek és hatáskörök, ahogyan más hatóságok látják
web-admin-areas = Jogterületek és beállításaik
web-admin-settings-change = Beállítások megtekintése és módosítása
web-admin-settings-see = Beállítások megtekintése
web-admin-no-areas = Az Ön hatósága még egyetlen jogterülethez sem rendelkezik hozzáféréssel.
web-admin-users = Hatóságom felhasználói
web-admin-name = Név
web-admin-roles = Szerepkörök
web-admin-register = Felhasználó regisztrálása
web-admin-roles-hint = Szerepkörök: soronként egy vagy vesszővel elválasztva, pl. request_handler, illetve egy jogterületre request_handler@professional-qualifications.
web-admin-register-submit = Regisztrálás
web-admin-registered = A felhasználó regisztrációja megtörtént, felhasználói azonosítója: { $user_id }. Az azonosítót Önnek kell közölnie a felhasználóval: a rendszer soha nem küldi el e-mailben. Az ideiglenes jelszót a rendszer a felhasználó e-mail-címére küldi.
