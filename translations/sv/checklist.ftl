# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Håll de allmänna uppgifterna aktuella: informellt namn, beskrivning, språk, kontaktuppgifter och e-postadress
checklist-competences = Beskriv befogenheterna: ekonomiska verksamheter och politikområden
checklist-area_keywords = Välj nyckelorden för varje lagstiftningsområde
checklist-linked_authorities = Koppla berörda myndigheter i ditt land
checklist-request_coordinators = Koppla samordnarna för förfrågningar
checklist-departments = Bestäm vilka avdelningar som använder IMI
checklist-substitute_users = Bestäm hur många fler användare du behöver (minst en ersättare)
checklist-allocation = Bestäm om inkommande förfrågningar ska fördelas till handläggare av förfrågningar
checklist-roles = Ge varje användare en roll
checklist-register_users = Registrera användarna
checklist-tell_user_ids = Meddela användarna deras användar-id
checklist-users_logged_in = Se till att användarna loggar in
checklist-data_administrator = Samordnare: bestäm vem som är dataadministratör
checklist-referral_participation = Samordnare: bestäm om du ska delta i hänskjutanden
checklist-approval = Samordnare: bestäm om du ska godkänna förfrågningar och svar från de myndigheter du samordnar
