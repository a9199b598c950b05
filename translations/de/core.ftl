### Deutsche Texte des Systempakets `core` (definitions/core):
### Rollen, Koordinatorbeziehungen und die Workflows registration_request,
### authority und area_access.

area-core = IMI-System

## Roles (R-ROLES)

role-basic_user = Basisnutzer
role-request_handler = Bearbeiter von Ersuchen
role-allocator = Zuweiser
role-local_data_administrator = Lokaler Datenadministrator
role-data_administrator = Datenadministrator
role-system_administrator = Systemadministrator

## Coordinator relations (R-ACTORS)

relation-validating = Validierender Koordinator
relation-legislation_access = Koordinator für den Zugang zu Rechtsbereichen
relation-request = Koordinator für Ersuchen

## Workflow: registration request (R-REG)

wf-registration_request = Registrierungsanfrage

registration_request-party-coordinator = Koordinator
registration_request-party-applicant = Eingeladene Behörde
registration_request-party-commission = Europäische Kommission

registration_request-state-draft = Entwurf
registration_request-state-saved = Gespeichert
registration_request-state-saving_blocked = Speichern gesperrt
registration_request-state-rejected = Abgelehnt
registration_request-state-sent = Versandt, Registrierung ausstehend
registration_request-state-pending_validation = Registrierung wartet auf Validierung
registration_request-state-validated = Behörde validiert
registration_request-state-validation_refused = Validierung abgelehnt
registration_request-state-expired = Abgelaufen
registration_request-state-cancelled = Storniert
registration_request-state-deleted = Gelöscht

registration_request-action-create = Neue Registrierungsanfrage
registration_request-action-edit = Bearbeiten
registration_request-action-edit_sent = Bearbeiten und neue Einladung senden
registration_request-action-save = Zum Versand speichern
registration_request-action-stop = Versand anhalten
registration_request-action-release = Zum Versand freigeben
registration_request-action-dispatch = Einladung senden
registration_request-action-remind = Erinnerung senden
registration_request-action-expire = Ablaufen lassen
registration_request-action-cancel = Stornieren
registration_request-action-discard = Löschen
registration_request-action-register = Behörde registrieren
registration_request-action-authority_validated = Behörde validiert
registration_request-action-authority_refused = Behörde abgelehnt
registration_request-action-purge = Endgültig löschen

registration_request-field-email = Dienstliche E-Mail-Adresse der Behörde
registration_request-field-name = Name (nur für Ihre Liste)
registration_request-field-areas = Rechtsbereiche
registration_request-field-note = Begleitschreiben
registration_request-field-country = Land
registration_request-field-rejection_reason = Ablehnungsgrund
registration_request-field-saved_at = Gespeichert am
registration_request-field-dispatch_at = Zu senden am
registration_request-field-sent_at = Gesendet am
registration_request-field-token = Registrierungscode
registration_request-field-token_expires_at = Code gültig bis
registration_request-field-registered_at = Registriert am
registration_request-field-authority_name = Registrierte Behörde
registration_request-field-delete_at = Zu löschen am
registration_request-field-coordinator_name = Koordinator (wie in der Einladung angegeben)
registration_request-field-coordinator_email = E-Mail-Adresse des Koordinators (wie in der Einladung angegeben)

registration_request-input-summary_kept = Ich habe die Zusammenfassung ausgedruckt oder als Dokument gespeichert
registration_request-input-official_name = Amtliche Bezeichnung
registration_request-input-national_languages = Landessprachen
registration_request-input-informal_name = Inoffizielle Bezeichnung
registration_request-input-description = Kurzbeschreibung der Zuständigkeiten
registration_request-input-languages = Sonstige verstandene Sprachen
registration_request-input-level = Ebene (lokal, regional, national)
registration_request-input-address = Postanschrift
registration_request-input-phone = Telefon
registration_request-input-website = Website
registration_request-input-first_user_name = Name des ersten Nutzers
registration_request-input-first_user_email = E-Mail-Adresse des ersten Nutzers
registration_request-input-first_user_language = Bevorzugte Arbeitssprache des ersten Nutzers

registration_request-rejection-malformed_email = Die E-Mail-Adresse ist ungültig.
registration_request-rejection-email_in_use = Die E-Mail-Adresse wird bereits von einer Behörde oder in einer anderen Registrierungsanfrage verwendet.

registration_request-guard-save = Wählen Sie mindestens einen Rechtsbereich aus.
registration_request-guard-edit_sent = Die E-Mail-Adresse ist ungültig oder wird bereits von einer Behörde oder in einer anderen Registrierungsanfrage verwendet.
registration_request-guard-register = Die Sicherheitsprüfung ist fehlgeschlagen: Der Code ist falsch oder abgelaufen, die Zusammenfassung wurde nicht aufbewahrt, das Land stimmt nicht mit der Einladung überein oder die E-Mail-Adresse ist ungültig oder wird bereits von einer Behörde verwendet.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) lädt Ihre Behörde ein, sich im Binnenmarkt-Informationssystem (IMI) zu registrieren.

    { $note }

    Öffnen Sie zur Registrierung { $link } und geben Sie Ihren Registrierungscode ein: { $token }
    Der Code ist gültig bis { $expires_on }.
    .subject = Einladung zur Registrierung im IMI

registration_request-email-reminder =
    Ihre Einladung von { $coordinator_name } ({ $coordinator_email }) zur Registrierung im IMI läuft am { $expires_on } ab.
    Öffnen Sie zur Registrierung { $link }.
    .subject = Erinnerung: Ihre Einladung zur Registrierung im IMI läuft bald ab

registration_request-email-token_void =
    Die Einladung zur Registrierung im IMI, die { $coordinator_name } ({ $coordinator_email }) Ihnen gesendet hat, wurde geändert. Der Link und der Code, die Sie erhalten haben, sind nicht mehr gültig. Sie erhalten eine neue Einladung mit einem neuen Code.
    .subject = Ihr IMI-Registrierungslink ist nicht mehr gültig

registration_request-email-registered =
    Die Behörde { $official_name } hat sich über Ihre Registrierungsanfrage { $name } ({ $email }) im IMI registriert. Ihre Registrierung wartet auf Ihre Validierung.
    .subject = Eine Registrierung wartet auf Ihre Validierung

registration_request-email-confirmation =
    Vielen Dank für die Registrierung von { $official_name } ({ $informal_name }, { $country }) im IMI.
    Erster Nutzer: { $first_user_name }.
    Ihr Koordinator { $coordinator_name } wird die Registrierung nun validieren; anschließend erhalten Sie die Anmeldeanweisungen.
    .subject = Ihre Registrierung im IMI

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Behörde

authority-party-own = Behörde
authority-party-validating_coordinator = Validierender Koordinator
authority-party-commission = Europäische Kommission

authority-state-pending_validation = Registrierung wartet auf Validierung
authority-state-refused = Registrierung abgelehnt
authority-state-active = Aktiv
authority-state-deletion_in_progress = Löschung läuft
authority-state-inactive = Inaktiv
authority-state-deleted = Gelöscht

authority-action-register_directly = Behörde registrieren
authority-action-self_registration = Selbstregistrierung
authority-action-validate = Validieren
authority-action-refuse = Registrierung ablehnen
authority-action-update_profile = Daten der Behörde aktualisieren
authority-action-change_official_name = Amtliche Bezeichnung ändern
authority-action-translations_done = Übersetzungen erledigt
authority-action-start_deletion = Löschung einleiten
authority-action-deactivate = Inaktiv setzen
authority-action-purge = Endgültig löschen

authority-field-official_name = Amtliche Bezeichnung
authority-field-country = Land
authority-field-level = Ebene (lokal, regional, national)
authority-field-national_languages = Landessprachen
authority-field-informal_name = Inoffizielle Bezeichnung
authority-field-description = Kurzbeschreibung der Zuständigkeiten
authority-field-languages = Sonstige verstandene Sprachen
authority-field-address = Postanschrift
authority-field-phone = Telefon
authority-field-website = Website
authority-field-email = Allgemeine E-Mail-Adresse
authority-field-new_translation_needed = Neue Übersetzung erforderlich
authority-field-first_user_name = Name des ersten Nutzers
authority-field-first_user_email = E-Mail-Adresse des ersten Nutzers
authority-field-first_user_language = Bevorzugte Arbeitssprache des ersten Nutzers
authority-field-areas = Rechtsbereiche
authority-field-validated_at = Validiert am
authority-field-refused_at = Abgelehnt am
authority-field-refusal_reason = Ablehnungsgrund
authority-field-deletion_started_at = Löschung eingeleitet am
authority-field-inactive_since = Inaktiv seit
authority-field-delete_at = Zu löschen am

authority-input-authority_id = Bestehende Behörden-ID (nur Migration)
authority-input-reason = Begründung

authority-guard-register_directly = Die Behörde muss aus Ihrem Land stammen und eine gültige allgemeine E-Mail-Adresse haben, die keine andere Behörde verwendet.
authority-guard-email = Die allgemeine E-Mail-Adresse ist ungültig oder wird bereits von einer anderen Behörde verwendet.
authority-guard-translations_done = Es wurde keine neue Übersetzung angefordert.

authority-email-login_instructions =
    Die Registrierung von { $official_name } im IMI ist abgeschlossen.
    { $first_user_name } erhält ein vorläufiges Passwort in einer gesonderten E-Mail; die Benutzerkennung teilt Ihr Koordinator mit, niemals per E-Mail. Wählen Sie bei der ersten Anmeldung ein Passwort und einen zwölfstelligen Sicherheitscode.
    .subject = Ihre Behörde ist im IMI registriert: Anmeldeanweisungen

authority-email-refused =
    Die Registrierung von { $official_name } im IMI wurde abgelehnt. { $reason }
    Ihr Koordinator kann sie noch innerhalb von sechs Monaten validieren; danach wird sie gelöscht.
    .subject = Ihre Registrierung im IMI wurde abgelehnt

authority-email-deletion_started =
    Die Löschung von { $official_name } aus dem IMI wurde eingeleitet. Sie können Ihren laufenden Informationsaustausch abschließen, aber keine neuen Ersuchen mehr senden oder empfangen.
    .subject = Die Löschung Ihrer Behörde im IMI wurde eingeleitet

authority-email-deactivated =
    { $official_name } ist im IMI jetzt inaktiv. Nutzer können sich weiterhin anmelden und Daten einsehen, es kann jedoch nichts Neues gesendet oder empfangen werden. Die Behörde wird am { $delete_on } endgültig gelöscht.
    .subject = Ihre Behörde ist im IMI inaktiv

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Zugang zu einem Rechtsbereich

area_access-party-authority = Behörde
area_access-party-access_coordinator = Koordinator für den Zugang zu Rechtsbereichen

area_access-state-requested = Beantragt
area_access-state-granted = Gewährt
area_access-state-suspended = Ausgesetzt
area_access-state-removed = Entzogen
area_access-state-reactivation_requested = Reaktivierung beantragt
area_access-state-removed_reactivation_requested = Reaktivierung beantragt (entzogen)
area_access-state-refused = Abgelehnt

area_access-action-request = Zugang zu einem Rechtsbereich beantragen
area_access-action-at_registration = Zugang mit der Registrierung
area_access-action-edit_keywords = Einstellungen des Bereichs bearbeiten
area_access-action-coordinator_edit_keywords = Einstellungen des Bereichs der antragstellenden Behörde bearbeiten
area_access-action-grant = Zugang gewähren
area_access-action-refuse = Zugang ablehnen
area_access-action-suspend = Zugang aussetzen
area_access-action-reinstate = Aussetzung aufheben
area_access-action-remove = Zugang entziehen
area_access-action-request_reactivation = Reaktivierung beantragen
area_access-action-approve_reactivation = Reaktivieren
area_access-action-refuse_reactivation = Reaktivierung ablehnen

area_access-field-area = Rechtsbereich
area_access-field-area_workflow = Workflow
area_access-field-keywords = Schlüsselwörter
area_access-field-note = Anmerkung
area_access-field-reason = Begründung
area_access-field-requested_at = Beantragt am
area_access-field-granted_at = Gewährt am
area_access-field-suspended_at = Ausgesetzt am
area_access-field-removed_at = Entzogen am
area_access-field-reactivation_requested_at = Reaktivierung beantragt am

area_access-input-coordinator = Koordinator, bei dem der Zugang beantragt wird

area_access-guard-request = Ihre Behörde hat bereits Zugang zu diesem Bereich oder hat ihn beantragt, ist nicht aktiv oder hat sich selbst als Koordinator ausgewählt.
area_access-guard-authority_not_active = Die Behörde ist nicht aktiv: Es kann kein neuer Zugang gewährt werden.

area_access-email-requested =
    Die Behörde { $authority } beantragt Zugang zum Rechtsbereich { $area }.
    .subject = Antrag auf Zugang zu einem Rechtsbereich

area_access-email-granted =
    Ihre Behörde hat jetzt Zugang zum Rechtsbereich { $area }.
    .subject = Zugang zu einem Rechtsbereich gewährt

area_access-email-refused =
    Ihr Antrag auf Zugang zum Rechtsbereich { $area } wurde abgelehnt. { $reason }
    .subject = Zugang zu einem Rechtsbereich abgelehnt

area_access-email-suspended =
    Ihr Zugang zum Rechtsbereich { $area } ist ausgesetzt: Sie können offene Ersuchen abschließen, aber nichts Neues einleiten.
    .subject = Zugang zu einem Rechtsbereich ausgesetzt

area_access-email-removed =
    Ihr Zugang zum Rechtsbereich { $area } wurde entzogen.
    .subject = Zugang zu einem Rechtsbereich entzogen

area_access-email-reactivation_requested =
    Die Behörde { $authority } beantragt die Reaktivierung ihres Zugangs zum Rechtsbereich { $area }.
    .subject = Antrag auf Reaktivierung des Zugangs zu einem Rechtsbereich

area_access-email-reactivated =
    Ihrem Antrag auf Reaktivierung Ihres Zugangs zum Rechtsbereich { $area } wurde stattgegeben.
    .subject = Zugang zu einem Rechtsbereich reaktiviert

area_access-email-reactivation_refused =
    Ihr Antrag auf Reaktivierung Ihres Zugangs zum Rechtsbereich { $area } wurde abgelehnt. { $reason }
    .subject = Reaktivierung des Zugangs zu einem Rechtsbereich abgelehnt

area_access-field-allocation = Zuweisung eingehender Ersuchen
area_access-field-referral_participation = Nimmt an Verweisungen teil
area_access-field-coordinator_sees_details = Koordinatoren für Ersuchen sehen die Einzelheiten der Ersuchen ein
area_access-field-approve_requests = Ersuchen erfordern die Genehmigung durch den Koordinator
area_access-field-approve_replies = Antworten erfordern die Genehmigung durch den Koordinator
area_access-action-change_settings = Einstellungen ändern
area_access-action-change_approval = Genehmigungseinstellungen ändern
