# The web application: my authority (profile, area settings, users).

web-nav-admin = Môj orgán
web-admin-title = Môj orgán
web-admin-profile = Profil
web-admin-profile-hint = všeobecné údaje, kontakty a právomoci, ako ich vidia ostatné orgány
web-admin-areas = Legislatívne oblasti a ich nastavenia
web-admin-settings-change = Zobraziť a zmeniť nastavenia
web-admin-settings-see = Zobraziť nastavenia
web-admin-no-areas = Váš orgán zatiaľ nemá prístup k žiadnej legislatívnej oblasti.
web-admin-users = Používatelia môjho orgánu
web-admin-name = Meno
web-admin-roles = Roly
web-admin-register = Zaregistrovať používateľa
web-admin-roles-hint = Roly: jedna na riadok alebo oddelené čiarkami, napr. request_handler alebo request_handler@professional-qualifications pre jednu oblasť.
web-admin-register-submit = Zaregistrovať
web-admin-registered = Používateľ je zaregistrovaný s identifikátorom používateľa { $user_id }. Oznámte ho používateľovi sami: nikdy sa neposiela e-mailom. Dočasné heslo sa posiela na e-mailovú adresu používateľa.
