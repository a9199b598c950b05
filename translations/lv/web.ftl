# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Iekšējā tirgus informācijas sistēma
web-skip-to-content = Pāriet uz saturu
web-nav-label = Galvenā izvēlne
web-nav-tasks = Mani uzdevumi
web-nav-search = Meklēt iestādi
web-logout = Atteikties
web-language = Valoda
web-language-apply = Mainīt
web-yes = Jā
web-no = Nē

web-login-title = Pieteikšanās
web-login-user-id = Lietotāja ID
web-login-password = Parole
web-login-next = Turpināt
web-login-submit = Pieteikties
web-login-wrong = Lietotāja ID, parole vai drošības koda rakstzīmes nav pareizas.
web-login-blocked = Jūsu konts ir bloķēts pēc piecām nepareizām ievadēm. Jaunu pagaidu paroli var izsniegt jūsu iestādes vietējais datu administrators.
web-login-too-many = Pārāk daudz pieteikšanās mēģinājumu no šīs adreses. Uzgaidiet minūti un mēģiniet vēlreiz.
web-login-expired = Šī pieteikšanās soļa derīgums ir beidzies. Sāciet no jauna.
web-code-title = Drošības kods
web-code-intro = Ievadiet sava drošības koda rakstzīmes pieprasītajās pozīcijās.
web-code-character = Jūsu drošības koda { $position }. rakstzīme
web-first-title = Izvēlieties paroli un drošības kodu
web-first-intro = Šī ir jūsu pirmā pieteikšanās (vai jūsu parole ir atiestatīta): izvēlieties paroli un 12 rakstzīmju drošības kodu. Katrā pieteikšanās reizē jums prasīs trīs tā rakstzīmes.
web-first-password = Jaunā parole
web-first-password-again = Jaunā parole atkārtoti
web-first-security-code = Drošības kods (12 rakstzīmes)
web-first-security-code-hint = Burti un cipari; glabājiet to slepenībā tāpat kā paroli.
web-first-mismatch = Abas paroles nesakrīt.

web-tasks-title = Mani uzdevumi
web-tasks-count =
    { $count ->
        [zero] Jūs gaida { $count } uzdevumi
        [one] Jūs gaida { $count } uzdevums
       *[other] Jūs gaida { $count } uzdevumi
    }
web-tasks-none = Pašlaik jūs nekas negaida.
web-tasks-what = Pieprasījums
web-tasks-state = Statuss
web-tasks-due = Termiņš
web-tasks-overdue = termiņš nokavēts

web-search-title = Meklēt iestādi
web-search-query = Ar ko nodarbojas iestāde? (jebkurā valodā)
web-search-country = Valsts
web-search-country-hint = Divu burtu kods, piem., PT
web-search-area = Tiesību aktu joma
web-search-level = Līmenis
web-search-any = Jebkurš
web-search-submit = Meklēt
web-search-found =
    { $count ->
        [0] Neviena iestāde nav atrasta
        [zero] Atrastas { $count } iestādes
        [one] Atrasta { $count } iestāde
       *[other] Atrastas { $count } iestādes
    }

web-authority-title = Iestāde

web-request-title = Pieprasījums
web-request-parties = Puses un informācija
web-request-actions = Iespējamās darbības
web-request-timeline = Hronoloģija
web-timeline-system = IMI (automātiski)
web-machine-translation = Mašīntulkojums (oriģinālvaloda: { $language })
web-untranslated = Oriģinālvaloda: { $language }; mašīntulkojums nav pieejams
web-personal-data = Personas dati: redzami tikai informācijas apmaiņas pusēm
web-personal-data-mark = personas dati

web-error-title = Radās kļūda
web-error-not-found = Šī lapa neeksistē, vai jums nav atļauts to skatīt.
web-error-csrf = Šīs veidlapas derīgums ir beidzies, vai tā nav nosūtīta no šīs vietnes. Atgriezieties, atkārtoti ielādējiet lapu un mēģiniet vēlreiz.
web-error-home = Uz sākumlapu
