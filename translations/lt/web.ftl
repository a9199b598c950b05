# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Vidaus rinkos informacinė sistema
web-skip-to-content = Pereiti prie turinio
web-nav-label = Pagrindinis meniu
web-nav-tasks = Mano užduotys
web-nav-search = Ieškoti institucijos
web-logout = Atsijungti
web-language = Kalba
web-language-apply = Keisti
web-yes = Taip
web-no = Ne

web-login-title = Prisijungimas
web-login-user-id = Naudotojo ID
web-login-password = Slaptažodis
web-login-next = Tęsti
web-login-submit = Prisijungti
web-login-wrong = Neteisingas naudotojo ID, slaptažodis arba saugos kodo simboliai.
web-login-blocked = Jūsų paskyra užblokuota po penkių neteisingų įvedimų. Naują laikinąjį slaptažodį gali suteikti jūsų institucijos vietos duomenų administratorius.
web-login-too-many = Per daug bandymų prisijungti iš šio adreso. Palaukite minutę ir bandykite dar kartą.
web-login-expired = Šio prisijungimo etapo galiojimas baigėsi. Pradėkite iš naujo.
web-code-title = Saugos kodas
web-code-intro = Įveskite savo saugos kodo simbolius, esančius nurodytose pozicijose.
web-code-character = Saugos kodo simbolis Nr. { $position }
web-first-title = Pasirinkite slaptažodį ir saugos kodą
web-first-intro = Tai jūsų pirmasis prisijungimas (arba jūsų slaptažodis buvo atkurtas): pasirinkite slaptažodį ir 12 simbolių saugos kodą. Kiekvieną kartą jungiantis bus prašoma įvesti tris jo simbolius.
web-first-password = Naujas slaptažodis
web-first-password-again = Pakartokite naują slaptažodį
web-first-security-code = Saugos kodas (12 simbolių)
web-first-security-code-hint = Raidės ir skaitmenys; laikykite jį paslaptyje, kaip ir slaptažodį.
web-first-mismatch = Abu slaptažodžiai nesutampa.

web-tasks-title = Mano užduotys
web-tasks-count =
    { $count ->
        [one] Jūsų laukia { $count } užduotis
        [few] Jūsų laukia { $count } užduotys
        [many] Jūsų laukia { $count } užduoties
       *[other] Jūsų laukia { $count } užduočių
    }
web-tasks-none = Šiuo metu laukiančių užduočių nėra.
web-tasks-what = Prašymas
web-tasks-state = Būsena
web-tasks-due = Terminas
web-tasks-overdue = praleistas terminas

web-search-title = Ieškoti institucijos
web-search-query = Kuo užsiima institucija? (bet kuria kalba)
web-search-country = Šalis
web-search-country-hint = Dviejų raidžių kodas, pvz., PT
web-search-area = Teisės aktų sritis
web-search-level = Lygmuo
web-search-any = Bet kuris
web-search-submit = Ieškoti
web-search-found =
    { $count ->
        [0] Nerasta nė vienos institucijos
        [one] Rasta { $count } institucija
        [few] Rastos { $count } institucijos
        [many] Rasta { $count } institucijos
       *[other] Rasta { $count } institucijų
    }

web-authority-title = Institucija

web-request-title = Prašymas
web-request-parties = Šalys ir išsami informacija
web-request-actions = Galimi veiksmai
web-request-timeline = Chronologija
web-timeline-system = IMI (automatiškai)
web-machine-translation = Mašininis vertimas (originalo kalba: { $language })
web-untranslated = Originalo kalba: { $language }; mašininio vertimo nėra
web-personal-data = Asmens duomenys: rodomi tik keitimosi informacija šalims
web-personal-data-mark = asmens duomenys

web-error-title = Įvyko klaida
web-error-not-found = Šio puslapio nėra arba jums neleidžiama jo matyti.
web-error-csrf = Šios formos galiojimas baigėsi arba ji pateikta ne iš šios svetainės. Grįžkite atgal, iš naujo įkelkite puslapį ir bandykite dar kartą.
web-error-home = Eiti į pradžios puslapį
