# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Informacijski sustav unutarnjeg tržišta
web-skip-to-content = Prijeđi na sadržaj
web-nav-label = Glavni izbornik
web-nav-tasks = Moji zadaci
web-nav-search = Pronađi tijelo
web-logout = Odjava
web-language = Jezik
web-language-apply = Promijeni
web-yes = Da
web-no = Ne

web-login-title = Prijava
web-login-user-id = Korisničko ime
web-login-password = Lozinka
web-login-next = Nastavi
web-login-submit = Prijavi se
web-login-wrong = Korisničko ime, lozinka ili znakovi sigurnosnog koda nisu ispravni.
web-login-blocked = Vaš je korisnički račun blokiran nakon pet pogrešnih unosa. Lokalni administrator podataka Vašeg tijela može izdati novu privremenu lozinku.
web-login-too-many = Previše pokušaja prijave s ove adrese. Pričekajte minutu i pokušajte ponovno.
web-login-expired = Ovaj je korak prijave istekao. Počnite ispočetka.
web-code-title = Sigurnosni kod
web-code-intro = Upišite znakove svojeg sigurnosnog koda na traženim mjestima.
web-code-character = { $position }. znak Vašeg sigurnosnog koda
web-first-title = Odaberite lozinku i sigurnosni kod
web-first-intro = Ovo je Vaša prva prijava (ili je Vaša lozinka ponovno postavljena): odaberite lozinku i sigurnosni kod od 12 znakova. Pri svakoj prijavi tražit će se tri njegova znaka.
web-first-password = Nova lozinka
web-first-password-again = Ponovite novu lozinku
web-first-security-code = Sigurnosni kod (12 znakova)
web-first-security-code-hint = Slova i znamenke; čuvajte ga u tajnosti, kao i lozinku.
web-first-mismatch = Dvije lozinke nisu iste.

web-tasks-title = Moji zadaci
web-tasks-count =
    { $count ->
        [one] Čeka Vas { $count } zadatak
        [few] Čekaju Vas { $count } zadatka
       *[other] Čeka Vas { $count } zadataka
    }
web-tasks-none = Trenutačno Vas ništa ne čeka.
web-tasks-what = Zahtjev
web-tasks-state = Status
web-tasks-due = Rok
web-tasks-overdue = rok prekoračen

web-search-title = Pronađi tijelo
web-search-query = Čime se tijelo bavi? (na bilo kojem jeziku)
web-search-country = Zemlja
web-search-country-hint = Dvoslovna oznaka, npr. PT
web-search-area = Zakonodavno područje
web-search-level = Razina
web-search-any = Bilo koja
web-search-submit = Traži
web-search-found =
    { $count ->
        [0] Nije pronađeno nijedno tijelo
        [one] Pronađeno je { $count } tijelo
        [few] Pronađena su { $count } tijela
       *[other] Pronađeno je { $count } tijela
    }

web-authority-title = Tijelo

web-request-title = Zahtjev
web-request-parties = Strane i pojedinosti
web-request-actions = Što možete učiniti
web-request-timeline = Kronologija
web-timeline-system = IMI (automatski)
web-machine-translation = Strojni prijevod (izvorni jezik: { $language })
web-untranslated = Izvorni jezik: { $language }; strojni prijevod nije dostupan
web-personal-data = Osobni podaci: prikazuju se samo stranama u razmjeni
web-personal-data-mark = osobni podaci

web-error-title = Došlo je do pogreške
web-error-not-found = Ova stranica ne postoji ili je ne smijete vidjeti.
web-error-csrf = Ovaj je obrazac istekao ili nije poslan s ove stranice. Vratite se, ponovno učitajte stranicu i pokušajte ponovno.
web-error-home = Idi na početnu stranicu
