# The web application: my authority (profile, area settings, users).

web-nav-admin = Min myndighet
web-admin-title = Min myndighet
web-admin-profile = Profil
web-admin-profile-hint = allmänna uppgifter, kontaktuppgifter och befogenheter, så som andra myndigheter ser dem
web-admin-areas = Lagstiftningsområden och deras inställningar
web-admin-settings-change = Visa och ändra inställningarna
web-admin-settings-see = Visa inställningarna
web-admin-no-areas = Er myndighet har ännu inte åtkomst till något lagstiftningsområde.
web-admin-users = Användare i min myndighet
web-admin-name = Namn
web-admin-roles = Roller
web-admin-register = Registrera en användare
web-admin-roles-hint = Roller: en per rad eller åtskilda med kommatecken, t.ex. request_handler, eller request_handler@professional-qualifications för ett område.
web-admin-register-submit = Registrera
web-admin-registered = Användaren är registrerad med användar-id:t { $user_id }. Meddela det själv till användaren: det skickas aldrig via e-post. Det tillfälliga lösenordet skickas till användarens e-postadress.
