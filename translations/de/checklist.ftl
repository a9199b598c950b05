# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Halten Sie die allgemeinen Daten aktuell: inoffizielle Bezeichnung, Beschreibung, Sprachen, Kontakte und E-Mail-Adresse
checklist-competences = Beschreiben Sie die Zuständigkeiten: Wirtschaftstätigkeiten und Politikbereiche
checklist-area_keywords = Wählen Sie die Schlüsselwörter jedes Rechtsbereichs
checklist-linked_authorities = Verknüpfen Sie die zugehörigen Behörden Ihres Landes
checklist-request_coordinators = Verknüpfen Sie die Koordinatoren für Ersuchen
checklist-departments = Entscheiden Sie, welche Abteilungen IMI nutzen
checklist-substitute_users = Entscheiden Sie, wie viele weitere Nutzer Sie benötigen (mindestens einen Stellvertreter)
checklist-allocation = Entscheiden Sie, ob eingehende Ersuchen Bearbeitern von Ersuchen zugewiesen werden
checklist-roles = Weisen Sie jedem Nutzer eine Rolle zu
checklist-register_users = Registrieren Sie die Nutzer
checklist-tell_user_ids = Teilen Sie den Nutzern ihre Benutzerkennungen mit
checklist-users_logged_in = Sorgen Sie dafür, dass sich die Nutzer anmelden
checklist-data_administrator = Koordinatoren: Entscheiden Sie, wer Datenadministrator ist
checklist-referral_participation = Koordinatoren: Entscheiden Sie, ob Sie an Verweisungen teilnehmen
checklist-approval = Koordinatoren: Entscheiden Sie, ob Sie die Ersuchen und Antworten der von Ihnen koordinierten Behörden genehmigen
