# Behörden und Koordinatoren: Profile, Importe, Verknüpfungen zwischen Behörden,
# Koordinatoren für Ersuchen; die E-Mail-Fußzeile.

authority-field-economic_activities = Wirtschaftstätigkeiten
authority-field-policy_areas = Politikbereiche
authority-field-coordinator = IMI-Koordinator
authority-field-coordinated_areas = Koordinierte Rechtsbereiche
authority-field-region = Region
authority-input-user_id = Benutzerkennung des ersten Nutzers
authority-input-temporary_password = Vorläufiges Passwort des ersten Nutzers
authority-input-validating_coordinator = Validierender Koordinator
authority-action-imported = Aus dem früheren System übernehmen
authority-action-update_competences = Zuständigkeiten ändern
authority-action-designate_coordinator = Als IMI-Koordinator benennen
authority-guard-imported = Die Behörde ist bereits bekannt, ihre allgemeine E-Mail-Adresse ist ungültig oder die Koordinatorart ist nicht nimic, dimic oder sdimic.
authority-guard-designate_coordinator = Die Koordinatorart muss nimic, dimic oder sdimic sein.

area_access-field-professions = Berufe
area_access-input-authority = Behörde
area_access-action-imported = Aus dem früheren System übernehmen

user_account-action-first_user = Ersten Nutzer registrieren
user_account-action-imported = Aus dem früheren System übernehmen

wf-authority_link = Verknüpfung zwischen Behörden
authority_link-party-authority = Behörde
authority_link-party-linked = Verknüpfte Behörde
authority_link-field-linked_at = Verknüpft am
authority_link-state-linked = Verknüpft
authority_link-state-unlinked = Verknüpfung aufgehoben
authority_link-action-link = Behörde verknüpfen
authority_link-action-unlink = Verknüpfung aufheben
authority_link-input-linked = Zu verknüpfende Behörde
authority_link-guard-link = Sie können nur eine andere aktive Behörde Ihres eigenen Landes verknüpfen, und zwar nur einmal.

wf-request_coordination = Koordinator für Ersuchen
request_coordination-party-authority = Koordinierte Behörde
request_coordination-party-coordinator = Koordinator für Ersuchen
request_coordination-field-area = Rechtsbereich
request_coordination-field-linked_at = Verknüpft am
request_coordination-state-linked = Verknüpft
request_coordination-state-unlinked = Verknüpfung aufgehoben
request_coordination-action-at_access = Koordinator für den Zugang verknüpfen
request_coordination-action-link = Koordinator für Ersuchen verknüpfen
request_coordination-action-unlink = Verknüpfung mit dem Koordinator für Ersuchen aufheben
request_coordination-input-coordinator = Koordinator
request_coordination-guard-link = Der Koordinator muss ein aktiver IMI-Koordinator Ihres Landes sein, der für diesen Bereich noch nicht verknüpft ist, und Ihre Behörde muss Zugang zu dem Bereich haben.
request_coordination-guard-unlink = Ihre Behörde muss in jedem Rechtsbereich mindestens einen Koordinator für Ersuchen behalten.
request_coordination-email-linked =
    Die Behörde { $authority } hat Ihre Behörde als ihren Koordinator für Ersuchen für den Rechtsbereich { $area } verknüpft.
    .subject = Neue koordinierte Behörde

mail-footer = Diese E-Mail wurde automatisch vom Binnenmarkt-Informationssystem (IMI) versandt. Bitte antworten Sie nicht darauf.

keywords-countries = Länder
keywords-levels = Ebenen
keywords-languages = Sprachen
