# Institucijos ir koordinatoriai: profiliai, perėmimai, institucijų ryšiai,
# prašymų koordinatoriai; e. laiško poraštė.

authority-field-economic_activities = Ekonominė veikla
authority-field-policy_areas = Politikos sritys
authority-field-coordinator = IMI koordinatorius
authority-field-coordinated_areas = Koordinuojamos teisės aktų sritys
authority-field-region = Regionas
authority-input-user_id = Pirmojo naudotojo naudotojo ID
authority-input-temporary_password = Pirmojo naudotojo laikinasis slaptažodis
authority-input-validating_coordinator = Tvirtinantysis koordinatorius
authority-action-imported = Perimti iš ankstesnės sistemos
authority-action-update_competences = Keisti kompetencijas
authority-action-designate_coordinator = Paskirti IMI koordinatoriumi
authority-guard-imported = Institucija jau žinoma, jos bendrasis e. pašto adresas netinkamas arba koordinatoriaus rūšis nėra nimic, dimic ar sdimic.
authority-guard-designate_coordinator = Koordinatoriaus rūšis turi būti nimic, dimic arba sdimic.

area_access-field-professions = Profesijos
area_access-input-authority = Institucija
area_access-action-imported = Perimti iš ankstesnės sistemos

user_account-action-first_user = Registruoti pirmąjį naudotoją
user_account-action-imported = Perimti iš ankstesnės sistemos

wf-authority_link = Institucijų ryšys
authority_link-party-authority = Institucija
authority_link-party-linked = Susieta institucija
authority_link-field-linked_at = Susiejimo data
authority_link-state-linked = Susieta
authority_link-state-unlinked = Ryšys panaikintas
authority_link-action-link = Susieti instituciją
authority_link-action-unlink = Panaikinti ryšį
authority_link-input-linked = Susiejama institucija
authority_link-guard-link = Galite susieti tik kitą aktyvią savo šalies instituciją ir tik vieną kartą.

wf-request_coordination = Prašymų koordinatorius
request_coordination-party-authority = Koordinuojama institucija
request_coordination-party-coordinator = Prašymų koordinatorius
request_coordination-field-area = Teisės aktų sritis
request_coordination-field-linked_at = Susiejimo data
request_coordination-state-linked = Susietas
request_coordination-state-unlinked = Atsietas
request_coordination-action-at_access = Susieti prieigos koordinatorių
request_coordination-action-link = Susieti prašymų koordinatorių
request_coordination-action-unlink = Atsieti prašymų koordinatorių
request_coordination-input-coordinator = Koordinatorius
request_coordination-guard-link = Koordinatorius turi būti aktyvus jūsų šalies IMI koordinatorius, dar nesusietas šiai sričiai, o jūsų institucija turi turėti prieigą prie šios srities.
request_coordination-guard-unlink = Jūsų institucija kiekvienoje teisės aktų srityje turi išlaikyti bent vieną prašymų koordinatorių.
request_coordination-email-linked =
    Institucija { $authority } susiejo jūsų instituciją kaip savo prašymų koordinatorių teisės aktų srityje { $area }.
    .subject = Nauja koordinuojama institucija

mail-footer = Šį e. laišką automatiškai išsiuntė Vidaus rinkos informacinė sistema (IMI). Prašome į jį neatsakyti.

keywords-countries = Šalys
keywords-levels = Lygmenys
keywords-languages = Kalbos
