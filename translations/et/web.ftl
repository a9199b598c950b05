# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – siseturu infosüsteem
web-skip-to-content = Liigu sisu juurde
web-nav-label = Peamenüü
web-nav-tasks = Minu ülesanded
web-nav-search = Otsi asutust
web-logout = Logi välja
web-language = Keel
web-language-apply = Muuda
web-yes = Jah
web-no = Ei

web-login-title = Sisselogimine
web-login-user-id = Kasutajatunnus
web-login-password = Salasõna
web-login-next = Jätka
web-login-submit = Logi sisse
web-login-wrong = Kasutajatunnus, salasõna või turvakoodi märgid on valed.
web-login-blocked = Teie konto on pärast viit valesisestust blokeeritud. Uue ajutise salasõna saab väljastada teie kohalik andmehaldur.
web-login-too-many = Sellelt aadressilt on tehtud liiga palju sisselogimiskatseid. Oodake üks minut ja proovige uuesti.
web-login-expired = See sisselogimise samm on aegunud. Alustage uuesti.
web-code-title = Turvakood
web-code-intro = Sisestage oma turvakoodi märgid küsitud kohtadel.
web-code-character = Teie turvakoodi { $position }. märk
web-first-title = Valige salasõna ja turvakood
web-first-intro = See on teie esimene sisselogimine (või on teie salasõna lähtestatud): valige salasõna ja 12-märgiline turvakood. Igal sisselogimisel küsitakse teilt selle kolme märki.
web-first-password = Uus salasõna
web-first-password-again = Uus salasõna uuesti
web-first-security-code = Turvakood (12 märki)
web-first-security-code-hint = Tähed ja numbrid; hoidke seda salajas nagu salasõna.
web-first-mismatch = Kaks salasõna ei ole ühesugused.

web-tasks-title = Minu ülesanded
web-tasks-count =
    { $count ->
        [one] Teid ootab üks ülesanne
       *[other] Teid ootab { $count } ülesannet
    }
web-tasks-none = Praegu ei oota teid midagi.
web-tasks-what = Taotlus
web-tasks-state = Olek
web-tasks-due = Tähtaeg
web-tasks-overdue = tähtaeg ületatud

web-search-title = Otsi asutust
web-search-query = Millega asutus tegeleb? (mis tahes keeles)
web-search-country = Riik
web-search-country-hint = Kahetäheline kood, nt PT
web-search-area = Õigusvaldkond
web-search-level = Tasand
web-search-any = Kõik
web-search-submit = Otsi
web-search-found =
    { $count ->
        [0] Ühtegi asutust ei leitud
        [one] Leiti üks asutus
       *[other] Leiti { $count } asutust
    }

web-authority-title = Asutus

web-request-title = Taotlus
web-request-parties = Osalised ja üksikasjad
web-request-actions = Mida saate teha
web-request-timeline = Ajalugu
web-timeline-system = IMI (automaatne)
web-machine-translation = Masintõlge (originaalkeel: { $language })
web-untranslated = Originaalkeel: { $language }; masintõlge puudub
web-personal-data = Isikuandmed: näidatakse ainult teabevahetuse osalistele
web-personal-data-mark = isikuandmed

web-error-title = Tekkis viga
web-error-not-found = Seda lehte ei ole olemas või teil ei ole õigust seda näha.
web-error-csrf = See vorm on aegunud või ei pärine sellelt saidilt. Minge tagasi, laadige leht uuesti ja proovige veel kord.
web-error-home = Mine avalehele
