# The web application: my authority (profile, area settings, users).

web-nav-admin = Mano institucija
web-admin-title = Mano institucija
web-admin-profile = Profilis
web-admin-profile-hint = bendrieji duomenys, kontaktai ir kompetencijos, kaip juos mato kitos institucijos
web-admin-areas = Teisės aktų sritys ir jų nuostatos
web-admin-settings-change = Peržiūrėti ir keisti nuostatas
web-admin-settings-see = Peržiūrėti nuostatas
web-admin-no-areas = Jūsų institucija dar neturi prieigos prie jokios teisės aktų srities.
web-admin-users = Mano institucijos naudotojai
web-admin-name = Vardas ir pavardė
web-admin-roles = Vaidmenys
web-admin-register = Registruoti naudotoją
web-admin-roles-hint = Vaidmenys: po vieną eilutėje arba atskirti kableliais, pvz., request_handler arba request_handler@professional-qualifications vienai sričiai.
web-admin-register-submit = Registruoti
web-admin-registered = Naudotojas užregistruotas, jo naudotojo ID – { $user_id }. Praneškite jį naudotojui patys: jis niekada nesiunčiamas e. paštu. Laikinasis slaptažodis siunčiamas naudotojo e. pašto adresu.
