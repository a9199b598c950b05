# The web application: my authority (profile, area settings, users).

web-nav-admin = Oma viranomainen
web-admin-title = Oma viranomainen
web-admin-profile = Profiili
web-admin-profile-hint = yleiset tiedot, yhteystiedot ja toimivaltuudet sellaisina kuin muut viranomaiset ne näkevät
web-admin-areas = Lainsäädäntöalat ja niiden asetukset
web-admin-settings-change = Näytä ja muuta asetuksia
web-admin-settings-see = Näytä asetukset
web-admin-no-areas = Viranomaisellasi ei ole vielä käyttöoikeutta mihinkään lainsäädäntöalaan.
web-admin-users = Oman viranomaisen käyttäjät
web-admin-name = Nimi
web-admin-roles = Roolit
web-admin-register = Rekisteröi käyttäjä
web-admin-roles-hint = Roolit: yksi riville tai pilkuilla erotettuina, esim. request_handler tai request_handler@professional-qualifications yhdelle alalle.
web-admin-register-submit = Rekisteröi
web-admin-registered = Käyttäjä on rekisteröity käyttäjätunnuksella { $user_id }. Kerro se käyttäjälle itse: sitä ei koskaan lähetetä sähköpostitse. Väliaikainen salasana lähetetään käyttäjän sähköpostiosoitteeseen.
