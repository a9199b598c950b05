# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Houd de algemene gegevens actueel: informele naam, beschrijving, talen, contactgegevens en e-mailadres
checklist-competences = Beschrijf de bevoegdheden: economische activiteiten en beleidsterreinen
checklist-area_keywords = Kies de trefwoorden van elk wetgevingsgebied
checklist-linked_authorities = Koppel de verwante autoriteiten van uw land
checklist-request_coordinators = Koppel de verzoekcoördinatoren
checklist-departments = Bepaal welke afdelingen IMI gebruiken
checklist-substitute_users = Bepaal hoeveel extra gebruikers u nodig hebt (ten minste één vervanger)
checklist-allocation = Bepaal of inkomende verzoeken aan verzoekbehandelaars worden toegewezen
checklist-roles = Geef elke gebruiker een rol
checklist-register_users = Registreer de gebruikers
checklist-tell_user_ids = Deel de gebruikers hun gebruikers-ID mee
checklist-users_logged_in = Zorg ervoor dat de gebruikers inloggen
checklist-data_administrator = Coördinatoren: bepaal wie gegevensbeheerder is
checklist-referral_participation = Coördinatoren: bepaal of u deelneemt aan doorverwijzingen
checklist-approval = Coördinatoren: bepaal of u de verzoeken en antwoorden van de door u gecoördineerde autoriteiten goedkeurt
