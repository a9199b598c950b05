# The web application: my authority (profile, area settings, users).

web-nav-admin = Min myndighed
web-admin-title = Min myndighed
web-admin-profile = Profil
web-admin-profile-hint = generelle oplysninger, kontaktoplysninger og kompetencer, som andre myndigheder ser dem
web-admin-areas = Lovgivningsområder og deres indstillinger
web-admin-settings-change = Se og ændr indstillingerne
web-admin-settings-see = Se indstillingerne
web-admin-no-areas = Din myndighed har endnu ikke adgang til et lovgivningsområde.
web-admin-users = Brugere i min myndighed
web-admin-name = Navn
web-admin-roles = Roller
web-admin-register = Registrér en bruger
web-admin-roles-hint = Roller: én pr. linje eller adskilt af kommaer, f.eks. request_handler, eller request_handler@professional-qualifications for ét område.
web-admin-register-submit = Registrér
web-admin-registered = Brugeren er registreret med bruger-id'et { $user_id }. Oplys det selv til brugeren: det sendes aldrig pr. e-mail. Den midlertidige adgangskode sendes til brugerens e-mailadresse.
