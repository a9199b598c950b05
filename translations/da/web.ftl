# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Informationssystemet for det indre marked
web-skip-to-content = Gå til indholdet
web-nav-label = Hovedmenu
web-nav-tasks = Mine opgaver
web-nav-search = Find en myndighed
web-logout = Log ud
web-language = Sprog
web-language-apply = Skift
web-yes = Ja
web-no = Nej

web-login-title = Log ind
web-login-user-id = Bruger-id
web-login-password = Adgangskode
web-login-next = Fortsæt
web-login-submit = Log ind
web-login-wrong = Bruger-id'et, adgangskoden eller tegnene i sikkerhedskoden er forkerte.
web-login-blocked = Din konto er spærret efter fem forkerte indtastninger. Din lokale dataadministrator kan udstede en ny midlertidig adgangskode.
web-login-too-many = For mange loginforsøg fra denne adresse. Vent et minut, og prøv igen.
web-login-expired = Dette trin i login er udløbet. Start forfra.
web-code-title = Sikkerhedskode
web-code-intro = Indtast tegnene i din sikkerhedskode på de ønskede positioner.
web-code-character = Tegn nr. { $position } i din sikkerhedskode
web-first-title = Vælg din adgangskode og sikkerhedskode
web-first-intro = Dette er dit første login (eller din adgangskode er blevet nulstillet): Vælg en adgangskode og en sikkerhedskode på 12 tegn. Ved hvert login bliver du bedt om tre af dens tegn.
web-first-password = Ny adgangskode
web-first-password-again = Gentag ny adgangskode
web-first-security-code = Sikkerhedskode (12 tegn)
web-first-security-code-hint = Bogstaver og cifre; hold den hemmelig ligesom adgangskoden.
web-first-mismatch = De to adgangskoder er ikke ens.

web-tasks-title = Mine opgaver
web-tasks-count =
    { $count ->
        [one] Én opgave venter på dig
       *[other] { $count } opgaver venter på dig
    }
web-tasks-none = Intet venter på dig lige nu.
web-tasks-what = Anmodning
web-tasks-state = Status
web-tasks-due = Frist
web-tasks-overdue = fristen overskredet

web-search-title = Find en myndighed
web-search-query = Hvad laver myndigheden? (på et hvilket som helst sprog)
web-search-country = Land
web-search-country-hint = Kode på to bogstaver, f.eks. PT
web-search-area = Lovgivningsområde
web-search-level = Niveau
web-search-any = Alle
web-search-submit = Søg
web-search-found =
    { $count ->
        [0] Ingen myndighed fundet
        [one] Én myndighed fundet
       *[other] { $count } myndigheder fundet
    }

web-authority-title = Myndighed

web-request-title = Anmodning
web-request-parties = Parter og detaljer
web-request-actions = Hvad du kan gøre
web-request-timeline = Forløb
web-timeline-system = IMI (automatisk)
web-machine-translation = Maskinoversættelse (originalsprog: { $language })
web-untranslated = Originalsprog: { $language }; ingen maskinoversættelse tilgængelig
web-personal-data = Personoplysninger: vises kun for parterne i udvekslingen
web-personal-data-mark = personoplysninger

web-error-title = Der opstod en fejl
web-error-not-found = Denne side findes ikke, eller du har ikke adgang til den.
web-error-csrf = Denne formular er udløbet eller kom ikke fra dette websted. Gå tilbage, genindlæs siden, og prøv igen.
web-error-home = Gå til startsiden
