# The web application: my authority (profile, area settings, users).

web-nav-admin = Meine Behörde
web-admin-title = Meine Behörde
web-admin-profile = Profil
web-admin-profile-hint = allgemeine Daten, Kontakte und Zuständigkeiten, wie andere Behörden sie sehen
web-admin-areas = Rechtsbereiche und ihre Einstellungen
web-admin-settings-change = Einstellungen ansehen und ändern
web-admin-settings-see = Einstellungen ansehen
web-admin-no-areas = Ihre Behörde hat noch keinen Zugang zu einem Rechtsbereich.
web-admin-users = Nutzer meiner Behörde
web-admin-name = Name
web-admin-roles = Rollen
web-admin-register = Nutzer registrieren
web-admin-roles-hint = Rollen: eine pro Zeile oder durch Kommas getrennt, z. B. request_handler oder request_handler@professional-qualifications für einen Bereich.
web-admin-register-submit = Registrieren
web-admin-registered = Der Nutzer ist mit der Benutzerkennung { $user_id } registriert. Teilen Sie sie dem Nutzer selbst mit: sie wird niemals per E-Mail versandt. Das vorläufige Passwort wird an die E-Mail-Adresse des Nutzers gesendet.
