# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Systém pro výměnu informací o vnitřním trhu
web-skip-to-content = Přejít na obsah
web-nav-label = Hlavní nabídka
web-nav-tasks = Moje úkoly
web-nav-search = Vyhledat orgán
web-logout = Odhlásit se
web-language = Jazyk
web-language-apply = Změnit
web-yes = Ano
web-no = Ne

web-login-title = Přihlášení
web-login-user-id = Uživatelské jméno
web-login-password = Heslo
web-login-next = Pokračovat
web-login-submit = Přihlásit se
web-login-wrong = Uživatelské jméno, heslo nebo znaky bezpečnostního kódu jsou chybné.
web-login-blocked = Váš účet byl po pěti chybných zadáních zablokován. Nové dočasné heslo vám může vydat váš místní správce údajů.
web-login-too-many = Příliš mnoho pokusů o přihlášení z této adresy. Počkejte minutu a zkuste to znovu.
web-login-expired = Platnost tohoto kroku přihlášení vypršela. Začněte znovu.
web-code-title = Bezpečnostní kód
web-code-intro = Zadejte znaky svého bezpečnostního kódu na požadovaných pozicích.
web-code-character = { $position }. znak vašeho bezpečnostního kódu
web-first-title = Zvolte si heslo a bezpečnostní kód
web-first-intro = Toto je vaše první přihlášení (nebo bylo vaše heslo obnoveno): zvolte si heslo a dvanáctimístný bezpečnostní kód. Při každém přihlášení budete vyzváni k zadání tří jeho znaků.
web-first-password = Nové heslo
web-first-password-again = Nové heslo znovu
web-first-security-code = Bezpečnostní kód (12 znaků)
web-first-security-code-hint = Písmena a číslice; uchovejte jej v tajnosti stejně jako heslo.
web-first-mismatch = Zadaná hesla se neshodují.

web-tasks-title = Moje úkoly
web-tasks-count =
    { $count ->
        [one] Čeká na vás jeden úkol
        [few] Čekají na vás { $count } úkoly
        [many] Čeká na vás { $count } úkolu
       *[other] Čeká na vás { $count } úkolů
    }
web-tasks-none = Momentálně na vás nic nečeká.
web-tasks-what = Žádost
web-tasks-state = Stav
web-tasks-due = Lhůta
web-tasks-overdue = po lhůtě

web-search-title = Vyhledat orgán
web-search-query = Čím se orgán zabývá? (v libovolném jazyce)
web-search-country = Země
web-search-country-hint = Dvoupísmenný kód, např. PT
web-search-area = Legislativní oblast
web-search-level = Úroveň
web-search-any = Vše
web-search-submit = Hledat
web-search-found =
    { $count ->
        [0] Nebyl nalezen žádný orgán
        [one] Byl nalezen jeden orgán
        [few] Byly nalezeny { $count } orgány
        [many] Bylo nalezeno { $count } orgánu
       *[other] Bylo nalezeno { $count } orgánů
    }

web-authority-title = Orgán

web-request-title = Žádost
web-request-parties = Strany a podrobnosti
web-request-actions = Co můžete udělat
web-request-timeline = Průběh
web-timeline-system = IMI (automaticky)
web-machine-translation = Strojový překlad (původní jazyk: { $language })
web-untranslated = Původní jazyk: { $language }; strojový překlad není k dispozici
web-personal-data = Osobní údaje: zobrazují se pouze stranám výměny
web-personal-data-mark = osobní údaje

web-error-title = Došlo k chybě
web-error-not-found = Tato stránka neexistuje, nebo ji nemáte oprávnění zobrazit.
web-error-csrf = Platnost tohoto formuláře vypršela nebo formulář nepochází z tohoto webu. Vraťte se zpět, znovu načtěte stránku a akci opakujte.
web-error-home = Přejít na úvodní stránku
