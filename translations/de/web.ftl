# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Binnenmarkt-Informationssystem
web-skip-to-content = Zum Inhalt springen
web-nav-label = Hauptmenü
web-nav-tasks = Meine Aufgaben
web-nav-search = Behörde suchen
web-logout = Abmelden
web-language = Sprache
web-language-apply = Ändern
web-yes = Ja
web-no = Nein

web-login-title = Anmeldung
web-login-user-id = Benutzerkennung
web-login-password = Passwort
web-login-next = Weiter
web-login-submit = Anmelden
web-login-wrong = Die Benutzerkennung, das Passwort oder die Zeichen des Sicherheitscodes sind falsch.
web-login-blocked = Ihr Konto ist nach fünf Fehleingaben gesperrt. Ihr lokaler Datenadministrator kann ein neues vorläufiges Passwort ausstellen.
web-login-too-many = Zu viele Anmeldeversuche von dieser Adresse. Warten Sie eine Minute und versuchen Sie es erneut.
web-login-expired = Dieser Anmeldeschritt ist abgelaufen. Beginnen Sie erneut.
web-code-title = Sicherheitscode
web-code-intro = Geben Sie die Zeichen Ihres Sicherheitscodes an den abgefragten Positionen ein.
web-code-character = { $position }. Zeichen Ihres Sicherheitscodes
web-first-title = Passwort und Sicherheitscode wählen
web-first-intro = Dies ist Ihre erste Anmeldung (oder Ihr Passwort wurde zurückgesetzt): Wählen Sie ein Passwort und einen Sicherheitscode aus 12 Zeichen. Bei jeder Anmeldung werden drei seiner Zeichen abgefragt.
web-first-password = Neues Passwort
web-first-password-again = Neues Passwort wiederholen
web-first-security-code = Sicherheitscode (12 Zeichen)
web-first-security-code-hint = Buchstaben und Ziffern; halten Sie ihn geheim, wie das Passwort.
web-first-mismatch = Die beiden Passwörter stimmen nicht überein.

web-tasks-title = Meine Aufgaben
web-tasks-count =
    { $count ->
        [one] Eine Aufgabe wartet auf Sie
       *[other] { $count } Aufgaben warten auf Sie
    }
web-tasks-none = Derzeit wartet nichts auf Sie.
web-tasks-what = Ersuchen
web-tasks-state = Status
web-tasks-due = Frist
web-tasks-overdue = überfällig

web-search-title = Behörde suchen
web-search-query = Was macht die Behörde? (in beliebiger Sprache)
web-search-country = Land
web-search-country-hint = Zweibuchstabiger Code, z. B. PT
web-search-area = Rechtsbereich
web-search-level = Ebene
web-search-any = Alle
web-search-submit = Suchen
web-search-found =
    { $count ->
        [0] Keine Behörde gefunden
        [one] Eine Behörde gefunden
       *[other] { $count } Behörden gefunden
    }

web-authority-title = Behörde

web-request-title = Ersuchen
web-request-parties = Beteiligte und Einzelheiten
web-request-actions = Was Sie tun können
web-request-timeline = Verlauf
web-timeline-system = IMI (automatisch)
web-machine-translation = Maschinelle Übersetzung (Originalsprache: { $language })
web-untranslated = Originalsprache: { $language }; keine maschinelle Übersetzung verfügbar
web-personal-data = Personenbezogene Daten: nur für die Beteiligten des Austauschs sichtbar
web-personal-data-mark = personenbezogene Daten

web-error-title = Ein Fehler ist aufgetreten
web-error-not-found = Diese Seite existiert nicht, oder Sie dürfen sie nicht einsehen.
web-error-csrf = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
web-error-home = Zur Startseite
