# The web application: my authority (profile, area settings, users).

web-nav-admin = Mijn autoriteit
web-admin-title = Mijn autoriteit
web-admin-profile = Profiel
web-admin-profile-hint = algemene gegevens, contactgegevens en bevoegdheden, zoals andere autoriteiten die zien
web-admin-areas = Wetgevingsgebieden en hun instellingen
web-admin-settings-change = De instellingen bekijken en wijzigen
web-admin-settings-see = De instellingen bekijken
web-admin-no-areas = Uw autoriteit heeft nog geen toegang tot een wetgevingsgebied.
web-admin-users = Gebruikers van mijn autoriteit
web-admin-name = Naam
web-admin-roles = Rollen
web-admin-register = Een gebruiker registreren
web-admin-roles-hint = Rollen: één per regel of gescheiden door komma's, bv. request_handler, of request_handler@professional-qualifications voor één gebied.
web-admin-register-submit = Registreren
web-admin-registered = De gebruiker is geregistreerd met het gebruikers-ID { $user_id }. Deel dit zelf aan de gebruiker mee: het wordt nooit per e-mail verzonden. Het tijdelijke wachtwoord wordt naar het e-mailadres van de gebruiker gestuurd.
