# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – sisämarkkinoiden tietojenvaihtojärjestelmä
web-skip-to-content = Siirry sisältöön
web-nav-label = Päävalikko
web-nav-tasks = Omat tehtävät
web-nav-search = Hae viranomaista
web-logout = Kirjaudu ulos
web-language = Kieli
web-language-apply = Vaihda
web-yes = Kyllä
web-no = Ei

web-login-title = Kirjautuminen
web-login-user-id = Käyttäjätunnus
web-login-password = Salasana
web-login-next = Jatka
web-login-submit = Kirjaudu sisään
web-login-wrong = Käyttäjätunnus, salasana tai turvakoodin merkit ovat väärin.
web-login-blocked = Tilisi on lukittu viiden virheellisen syötön jälkeen. Paikallinen tietojen ylläpitäjäsi voi antaa uuden väliaikaisen salasanan.
web-login-too-many = Tästä osoitteesta on tehty liian monta kirjautumisyritystä. Odota minuutti ja yritä uudelleen.
web-login-expired = Tämä kirjautumisvaihe on vanhentunut. Aloita alusta.
web-code-title = Turvakoodi
web-code-intro = Syötä turvakoodisi pyydetyissä kohdissa olevat merkit.
web-code-character = Turvakoodisi { $position }. merkki
web-first-title = Valitse salasana ja turvakoodi
web-first-intro = Tämä on ensimmäinen kirjautumisesi (tai salasanasi on nollattu): valitse salasana ja 12-merkkinen turvakoodi. Jokaisella kirjautumiskerralla sinulta kysytään kolme sen merkeistä.
web-first-password = Uusi salasana
web-first-password-again = Uusi salasana uudelleen
web-first-security-code = Turvakoodi (12 merkkiä)
web-first-security-code-hint = Kirjaimia ja numeroita; pidä se salassa kuten salasanakin.
web-first-mismatch = Salasanat eivät ole samat.

web-tasks-title = Omat tehtävät
web-tasks-count =
    { $count ->
        [one] Sinua odottaa yksi tehtävä
       *[other] Sinua odottaa { $count } tehtävää
    }
web-tasks-none = Sinua ei odota nyt mikään.
web-tasks-what = Pyyntö
web-tasks-state = Tila
web-tasks-due = Määräaika
web-tasks-overdue = myöhässä

web-search-title = Hae viranomaista
web-search-query = Mitä viranomainen tekee? (millä tahansa kielellä)
web-search-country = Maa
web-search-country-hint = Kaksikirjaiminen koodi, esim. PT
web-search-area = Lainsäädäntöala
web-search-level = Taso
web-search-any = Kaikki
web-search-submit = Hae
web-search-found =
    { $count ->
        [0] Yhtään viranomaista ei löytynyt
        [one] Löytyi yksi viranomainen
       *[other] Löytyi { $count } viranomaista
    }

web-authority-title = Viranomainen

web-request-title = Pyyntö
web-request-parties = Osapuolet ja tiedot
web-request-actions = Mitä voit tehdä
web-request-timeline = Tapahtumat
web-timeline-system = IMI (automaattinen)
web-machine-translation = Konekäännös (alkukieli: { $language })
web-untranslated = Alkukieli: { $language }; konekäännöstä ei ole saatavilla
web-personal-data = Henkilötiedot: näytetään vain tietojenvaihdon osapuolille
web-personal-data-mark = henkilötiedot

web-error-title = Tapahtui virhe
web-error-not-found = Tätä sivua ei ole olemassa, tai sinulla ei ole oikeutta nähdä sitä.
web-error-csrf = Tämä lomake on vanhentunut tai se ei ole peräisin tältä sivustolta. Palaa takaisin, lataa sivu uudelleen ja yritä vielä kerran.
web-error-home = Siirry aloitussivulle
