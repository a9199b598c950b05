# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Informationssystemet för den inre marknaden
web-skip-to-content = Hoppa till innehållet
web-nav-label = Huvudmeny
web-nav-tasks = Mina uppgifter
web-nav-search = Sök myndighet
web-logout = Logga ut
web-language = Språk
web-language-apply = Byt
web-yes = Ja
web-no = Nej

web-login-title = Logga in
web-login-user-id = Användar-id
web-login-password = Lösenord
web-login-next = Fortsätt
web-login-submit = Logga in
web-login-wrong = Användar-id:t, lösenordet eller tecknen i säkerhetskoden är fel.
web-login-blocked = Ditt konto har spärrats efter fem felaktiga inmatningar. Din lokala dataadministratör kan utfärda ett nytt tillfälligt lösenord.
web-login-too-many = För många inloggningsförsök från den här adressen. Vänta en minut och försök igen.
web-login-expired = Det här inloggningssteget har gått ut. Börja om.
web-code-title = Säkerhetskod
web-code-intro = Ange de tecken i din säkerhetskod som står på de efterfrågade positionerna.
web-code-character = Tecken { $position } i din säkerhetskod
web-first-title = Välj lösenord och säkerhetskod
web-first-intro = Det här är din första inloggning (eller så har ditt lösenord återställts): välj ett lösenord och en säkerhetskod på 12 tecken. Vid varje inloggning ombeds du ange tre av kodens tecken.
web-first-password = Nytt lösenord
web-first-password-again = Nytt lösenord igen
web-first-security-code = Säkerhetskod (12 tecken)
web-first-security-code-hint = Bokstäver och siffror; håll koden hemlig, precis som lösenordet.
web-first-mismatch = De två lösenorden stämmer inte överens.

web-tasks-title = Mina uppgifter
web-tasks-count =
    { $count ->
        [one] En uppgift väntar på dig
       *[other] { $count } uppgifter väntar på dig
    }
web-tasks-none = Inget väntar på dig just nu.
web-tasks-what = Förfrågan
web-tasks-state = Status
web-tasks-due = Tidsfrist
web-tasks-overdue = försenad

web-search-title = Sök myndighet
web-search-query = Vad gör myndigheten? (på valfritt språk)
web-search-country = Land
web-search-country-hint = Kod med två bokstäver, t.ex. PT
web-search-area = Lagstiftningsområde
web-search-level = Nivå
web-search-any = Alla
web-search-submit = Sök
web-search-found =
    { $count ->
        [0] Ingen myndighet hittades
        [one] En myndighet hittades
       *[other] { $count } myndigheter hittades
    }

web-authority-title = Myndighet

web-request-title = Förfrågan
web-request-parties = Parter och uppgifter
web-request-actions = Vad du kan göra
web-request-timeline = Tidslinje
web-timeline-system = IMI (automatiskt)
web-machine-translation = Maskinöversättning från { $language }
web-untranslated = Skrivet på { $language }; ingen maskinöversättning finns tillgänglig
web-personal-data = Personuppgifter: visas endast för parterna i utbytet
web-personal-data-mark = personuppgifter

web-error-title = Något gick fel
web-error-not-found = Sidan finns inte, eller så har du inte behörighet att se den.
web-error-csrf = Formuläret har gått ut eller kommer inte från den här webbplatsen. Gå tillbaka, ladda om sidan och försök igen.
web-error-home = Gå till startsidan
