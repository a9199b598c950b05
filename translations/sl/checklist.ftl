# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Posodabljajte splošne podatke: neuradni naziv, opis, jeziki, kontakti in e-naslov
checklist-competences = Opišite pristojnosti: gospodarske dejavnosti in področja politike
checklist-area_keywords = Izberite ključne besede za vsako zakonodajno področje
checklist-linked_authorities = Povežite sorodne organe v vaši državi
checklist-request_coordinators = Povežite koordinatorje za zahteve
checklist-departments = Odločite se, kateri oddelki uporabljajo IMI
checklist-substitute_users = Odločite se, koliko uporabnikov še potrebujete (vsaj enega namestnika)
checklist-allocation = Odločite se, ali se prejete zahteve dodeljujejo obdelovalcem zahtev
checklist-roles = Vsakemu uporabniku dodelite vlogo
checklist-register_users = Registrirajte uporabnike
checklist-tell_user_ids = Sporočite uporabnikom njihove uporabniške ID-je
checklist-users_logged_in = Poskrbite, da se uporabniki prijavijo
checklist-data_administrator = Koordinatorji: odločite se, kdo je skrbnik podatkov
checklist-referral_participation = Koordinatorji: odločite se, ali boste sodelovali pri napotitvah
checklist-approval = Koordinatorji: odločite se, ali boste odobravali zahteve in odgovore organov, ki jih koordinirate
