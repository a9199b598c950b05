# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Informacijski sistem za notranji trg
web-skip-to-content = Preskoči na vsebino
web-nav-label = Glavni meni
web-nav-tasks = Moje naloge
web-nav-search = Iskanje organa
web-logout = Odjava
web-language = Jezik
web-language-apply = Spremeni
web-yes = Da
web-no = Ne

web-login-title = Prijava
web-login-user-id = Uporabniški ID
web-login-password = Geslo
web-login-next = Nadaljuj
web-login-submit = Prijava
web-login-wrong = Uporabniški ID, geslo ali znaki varnostne kode so napačni.
web-login-blocked = Vaš račun je bil po petih napačnih vnosih blokiran. Novo začasno geslo vam lahko izda vaš lokalni skrbnik podatkov.
web-login-too-many = Preveč poskusov prijave s tega naslova. Počakajte minuto in poskusite znova.
web-login-expired = Ta korak prijave je potekel. Začnite znova.
web-code-title = Varnostna koda
web-code-intro = Vnesite znake svoje varnostne kode, ki so na zahtevanih mestih.
web-code-character = Znak na mestu { $position } vaše varnostne kode
web-first-title = Izberite geslo in varnostno kodo
web-first-intro = To je vaša prva prijava (ali pa je bilo vaše geslo ponastavljeno): izberite geslo in 12-mestno varnostno kodo. Pri vsaki prijavi boste morali vnesti tri znake te kode.
web-first-password = Novo geslo
web-first-password-again = Ponovite novo geslo
web-first-security-code = Varnostna koda (12 znakov)
web-first-security-code-hint = Črke in števke; hranite jo v tajnosti, tako kot geslo.
web-first-mismatch = Gesli se ne ujemata.

web-tasks-title = Moje naloge
web-tasks-count =
    { $count ->
        [one] Čaka vas { $count } naloga
        [two] Čakata vas { $count } nalogi
        [few] Čakajo vas { $count } naloge
       *[other] Čaka vas { $count } nalog
    }
web-tasks-none = Trenutno vas ne čaka nobena naloga.
web-tasks-what = Zahteva
web-tasks-state = Stanje
web-tasks-due = Rok
web-tasks-overdue = rok prekoračen

web-search-title = Iskanje organa
web-search-query = S čim se ukvarja organ? (v katerem koli jeziku)
web-search-country = Država
web-search-country-hint = Dvočrkovna koda, npr. PT
web-search-area = Zakonodajno področje
web-search-level = Raven
web-search-any = Vse
web-search-submit = Išči
web-search-found =
    { $count ->
        [0] Najden ni bil noben organ
        [one] Najden { $count } organ
        [two] Najdena { $count } organa
        [few] Najdeni { $count } organi
       *[other] Najdenih { $count } organov
    }

web-authority-title = Organ

web-request-title = Zahteva
web-request-parties = Stranke in podrobnosti
web-request-actions = Kaj lahko storite
web-request-timeline = Časovnica
web-timeline-system = IMI (samodejno)
web-machine-translation = Strojni prevod (izvirni jezik: { $language })
web-untranslated = Izvirni jezik: { $language }; strojni prevod ni na voljo
web-personal-data = Osebni podatki: prikazani samo udeležencem izmenjave
web-personal-data-mark = osebni podatki

web-error-title = Prišlo je do napake
web-error-not-found = Ta stran ne obstaja ali pa nimate dovoljenja za njen ogled.
web-error-csrf = Ta obrazec je potekel ali ne izvira s tega spletnega mesta. Vrnite se, znova naložite stran in poskusite še enkrat.
web-error-home = Na začetno stran
