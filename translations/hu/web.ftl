# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Belső Piaci Információs Rendszer
web-skip-to-content = Ugrás a tartalomhoz
web-nav-label = Főmenü
web-nav-tasks = Feladataim
web-nav-search = Hatóság keresése
web-logout = Kijelentkezés
web-language = Nyelv
web-language-apply = Módosítás
web-yes = Igen
web-no = Nem

web-login-title = Bejelentkezés
web-login-user-id = Felhasználói azonosító
web-login-password = Jelszó
web-login-next = Tovább
web-login-submit = Bejelentkezés
web-login-wrong = A felhasználói azonosító, a jelszó vagy a biztonsági kód karakterei hibásak.
web-login-blocked = Fiókja öt hibás megadás miatt le van tiltva. Hatósága helyi adatadminisztrátora új ideiglenes jelszót adhat ki Önnek.
web-login-too-many = Túl sok bejelentkezési kísérlet erről a címről. Várjon egy percet, majd próbálja újra.
web-login-expired = Ez a bejelentkezési lépés lejárt. Kezdje újra.
web-code-title = Biztonsági kód
web-code-intro = Adja meg biztonsági kódjának a kért pozíciókban lévő karaktereit.
web-code-character = Biztonsági kódjának { $position }. karaktere
web-first-title = Válasszon jelszót és biztonsági kódot
web-first-intro = Ez az első bejelentkezése (vagy jelszavát visszaállították): válasszon jelszót és egy 12 karakterből álló biztonsági kódot. Minden bejelentkezéskor a kód három karakterét kell majd megadnia.
web-first-password = Új jelszó
web-first-password-again = Új jelszó még egyszer
web-first-security-code = Biztonsági kód (12 karakter)
web-first-security-code-hint = Betűk és számjegyek; tartsa titokban, akárcsak a jelszót.
web-first-mismatch = A két jelszó nem egyezik.

web-tasks-title = Feladataim
web-tasks-count =
    { $count ->
        [one] Egy feladat vár Önre
       *[other] { $count } feladat vár Önre
    }
web-tasks-none = Jelenleg nincs Önre váró feladat.
web-tasks-what = Megkeresés
web-tasks-state = Állapot
web-tasks-due = Határidő
web-tasks-overdue = határidőn túli

web-search-title = Hatóság keresése
web-search-query = Mivel foglalkozik a hatóság? (bármely nyelven)
web-search-country = Ország
web-search-country-hint = Kétbetűs kód, pl. PT
web-search-area = Jogterület
web-search-level = Szint
web-search-any = Bármely
web-search-submit = Keresés
web-search-found =
    { $count ->
        [0] Nem található hatóság
        [one] Egy hatóság található
       *[other] { $count } hatóság található
    }

web-authority-title = Hatóság

web-request-title = Megkeresés
web-request-parties = Felek és részletek
web-request-actions = Lehetséges műveletek
web-request-timeline = Eseménytörténet
web-timeline-system = IMI (automatikus)
web-machine-translation = Gépi fordítás (eredeti nyelv: { $language })
web-untranslated = Eredeti nyelv: { $language }; gépi fordítás nem áll rendelkezésre
web-personal-data = Személyes adatok: csak az információcsere felei láthatják
web-personal-data-mark = személyes adat

web-error-title = Hiba történt
web-error-not-found = Ez az oldal nem létezik, vagy Ön nem tekintheti meg.
web-error-csrf = Ez az űrlap lejárt, vagy nem erről a webhelyről származik. Lépjen vissza, töltse be újra az oldalt, és próbálja újra.
web-error-home = Ugrás a kezdőlapra
