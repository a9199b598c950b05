# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Hold de generelle oplysninger ajour: uofficielt navn, beskrivelse, sprog, kontaktoplysninger og e-mail
checklist-competences = Beskriv kompetencerne: økonomiske aktiviteter og politikområder
checklist-area_keywords = Vælg nøgleordene for hvert lovgivningsområde
checklist-linked_authorities = Tilknyt de relaterede myndigheder i dit land
checklist-request_coordinators = Tilknyt anmodningskoordinatorerne
checklist-departments = Beslut, hvilke afdelinger der bruger IMI
checklist-substitute_users = Beslut, hvor mange flere brugere du har brug for (mindst én stedfortræder)
checklist-allocation = Beslut, om indgående anmodninger skal fordeles til anmodningsbehandlere
checklist-roles = Giv hver bruger en rolle
checklist-register_users = Registrér brugerne
checklist-tell_user_ids = Oplys brugerne om deres bruger-id'er
checklist-users_logged_in = Sørg for, at brugerne logger ind
checklist-data_administrator = Koordinatorer: beslut, hvem der er dataadministrator
checklist-referral_participation = Koordinatorer: beslut, om I deltager i henvisninger
checklist-approval = Koordinatorer: beslut, om I godkender anmodninger og svar fra de myndigheder, I koordinerer
