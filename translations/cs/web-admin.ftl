# The web application: my authority (profile, area settings, users).

web-nav-admin = Můj orgán
web-admin-title = Můj orgán
web-admin-profile = Profil
web-admin-profile-hint = obecné údaje, kontakty a působnost, jak je vidí ostatní orgány
web-admin-areas = Legislativní oblasti a jejich nastavení
web-admin-settings-change = Zobrazit a změnit nastavení
web-admin-settings-see = Zobrazit nastavení
web-admin-no-areas = Váš orgán zatím nemá přístup k žádné legislativní oblasti.
web-admin-users = Uživatelé mého orgánu
web-admin-name = Jméno
web-admin-roles = Role
web-admin-register = Zaregistrovat uživatele
web-admin-roles-hint = Role: jedna na řádek nebo oddělené čárkami, např. request_handler, nebo request_handler@professional-qualifications pro jednu oblast.
web-admin-register-submit = Zaregistrovat
web-admin-registered = Uživatel je zaregistrován s uživatelským jménem { $user_id }. Sdělte je uživateli sami: nikdy se nezasílá e-mailem. Dočasné heslo se zasílá na e-mailovou adresu uživatele.
