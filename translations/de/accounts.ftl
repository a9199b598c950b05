### Deutsche Texte der Benutzerkonten (definitions/core/workflows/user_account.yaml):
### Registrierung, Anmeldung, Sperrung und Zurücksetzung (R-LOGIN, R-ROLES).
### Die Rollen selbst (role-*) stehen in core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Benutzerkonto

user_account-party-authority = Behörde des Nutzers
user_account-party-validating_coordinator = Validierender Koordinator

user_account-state-registered = Registriert, erste Anmeldung ausstehend
user_account-state-active = Aktiv
user_account-state-blocked = Gesperrt
user_account-state-removed = Entfernt

user_account-action-register = Nutzer registrieren
user_account-action-first_login = Erste Anmeldung
user_account-action-login_succeeded = Anmeldung
user_account-action-login_failed = Falsches Passwort oder falscher Sicherheitscode
user_account-action-reset = Neues vorläufiges Passwort ausstellen
user_account-action-reset_only_lda = Neues vorläufiges Passwort ausstellen (einziger lokaler Datenadministrator)
user_account-action-change_roles = Rollen ändern
user_account-action-change_user_id = Benutzerkennung ändern
user_account-action-update_contact = Kontaktdaten aktualisieren
user_account-action-remove = Nutzer entfernen

user_account-field-user_id = Benutzerkennung
user_account-field-name = Name
user_account-field-email = Persönliche E-Mail-Adresse
user_account-field-phone = Telefon
user_account-field-language = Bevorzugte Arbeitssprache
user_account-field-roles = Rollen
user_account-field-failures = Fehleingaben seit der letzten Anmeldung
user_account-field-registered_at = Registriert am
user_account-field-temporary_password_sent_at = Vorläufiges Passwort gesendet am
user_account-field-password_changed_at = Passwort gewählt am
user_account-field-last_login_at = Letzte Anmeldung
user_account-field-blocked_at = Gesperrt am

user_account-input-temporary_password = Vorläufiges Passwort

## Refusals

user_account-guard-register = Der Nutzer kann nicht registriert werden: Die Benutzerkennung ist möglicherweise bereits vergeben (Benutzerkennungen sind eindeutig, unabhängig von Groß- und Kleinschreibung), die E-Mail-Adresse ist möglicherweise fehlerhaft, die Sprache muss eine der 24 Amtssprachen sein, und der Nutzer benötigt mindestens eine Rolle.
user_account-guard-user_id_taken = Diese Benutzerkennung ist bereits vergeben (Benutzerkennungen sind eindeutig, unabhängig von Groß- und Kleinschreibung). Wählen Sie eine andere.
user_account-guard-reset_only_lda = Nur der Datenadministrator des validierenden Koordinators kann dies tun, und nur für den einzigen lokalen Datenadministrator der Behörde; diese Behörde hat einen weiteren aktiven lokalen Datenadministrator, der das neue vorläufige Passwort ausstellen kann.
user_account-guard-change_roles = Ein Nutzer benötigt mindestens eine Rolle, und die Behörde muss mindestens einen aktiven lokalen Datenadministrator behalten.
user_account-guard-remove = Die Behörde muss mindestens einen aktiven lokalen Datenadministrator behalten.
user_account-guard-update_contact = Die E-Mail-Adresse ist fehlerhaft, oder die Sprache ist keine der 24 Amtssprachen.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Guten Tag { $name },

    Ihr vorläufiges Passwort für das Binnenmarkt-Informationssystem (IMI) lautet: { $temporary_password }

    Ihre Benutzerkennung steht nicht in dieser E-Mail: Die Person, die Sie registriert hat, teilt sie Ihnen mit. Geben Sie bei Ihrer nächsten Anmeldung die Benutzerkennung und dieses vorläufige Passwort ein und wählen Sie dann Ihr eigenes Passwort (mindestens 8 Zeichen, mit Kleinbuchstaben, Großbuchstaben und einer Ziffer) und einen neuen zwölfstelligen Sicherheitscode (nach denselben Regeln). Bei beiden wird zwischen Groß- und Kleinschreibung unterschieden.
    .subject = Ihr vorläufiges IMI-Passwort

user_account-email-blocked =
    Guten Tag { $name },

    Ihr IMI-Konto wurde nach fünf Fehleingaben des Passworts oder des Sicherheitscodes gesperrt. Bitten Sie den lokalen Datenadministrator Ihrer Behörde um ein neues vorläufiges Passwort (wenn Sie der einzige lokale Datenadministrator Ihrer Behörde sind, wenden Sie sich an Ihren validierenden Koordinator).
    .subject = Ihr IMI-Konto ist gesperrt

user_account-input-authority = Behörde des Nutzers
