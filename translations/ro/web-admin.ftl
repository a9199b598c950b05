# The web application: my authority (profile, area settings, users).

web-nav-admin = Autoritatea mea
web-admin-title = Autoritatea mea
web-admin-profile = Profil
web-admin-profile-hint = date generale, date de contact și competențe, așa cum le văd celelalte autorități
web-admin-areas = Domenii legislative și setările lor
web-admin-settings-change = Vizualizați și modificați setările
web-admin-settings-see = Vizualizați setările
web-admin-no-areas = Autoritatea dumneavoastră nu are încă acces la niciun domeniu legislativ.
web-admin-users = Utilizatorii autorității mele
web-admin-name = Nume
web-admin-roles = Roluri
web-admin-register = Înregistrați un utilizator
web-admin-roles-hint = Roluri: câte unul pe linie sau separate prin virgule, de exemplu request_handler sau request_handler@professional-qualifications pentru un singur domeniu.
web-admin-register-submit = Înregistrați
web-admin-registered = Utilizatorul este înregistrat cu ID-ul de utilizator { $user_id }. Comunicați-l personal utilizatorului: nu este trimis niciodată prin e-mail. Parola temporară este trimisă la adresa de e-mail a utilizatorului.
