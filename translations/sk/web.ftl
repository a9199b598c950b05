# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Informačný systém o vnútornom trhu
web-skip-to-content = Preskočiť na obsah
web-nav-label = Hlavná ponuka
web-nav-tasks = Moje úlohy
web-nav-search = Vyhľadať orgán
web-logout = Odhlásiť sa
web-language = Jazyk
web-language-apply = Zmeniť
web-yes = Áno
web-no = Nie

web-login-title = Prihlásenie
web-login-user-id = Identifikátor používateľa
web-login-password = Heslo
web-login-next = Pokračovať
web-login-submit = Prihlásiť sa
web-login-wrong = Identifikátor používateľa, heslo alebo znaky bezpečnostného kódu sú nesprávne.
web-login-blocked = Vaše konto bolo po piatich nesprávnych zadaniach zablokované. Nové dočasné heslo vám môže vydať váš miestny správca údajov.
web-login-too-many = Príliš veľa pokusov o prihlásenie z tejto adresy. Počkajte minútu a skúste to znova.
web-login-expired = Platnosť tohto kroku prihlásenia uplynula. Začnite znova.
web-code-title = Bezpečnostný kód
web-code-intro = Zadajte znaky svojho bezpečnostného kódu na požadovaných pozíciách.
web-code-character = Znak na pozícii { $position } vášho bezpečnostného kódu
web-first-title = Zvoľte si heslo a bezpečnostný kód
web-first-intro = Prihlasujete sa prvýkrát (alebo bolo vaše heslo resetované): zvoľte si heslo a 12-miestny bezpečnostný kód. Pri každom prihlásení sa od vás budú vyžadovať tri znaky tohto kódu.
web-first-password = Nové heslo
web-first-password-again = Nové heslo znova
web-first-security-code = Bezpečnostný kód (12 znakov)
web-first-security-code-hint = Písmená a číslice; uchovajte ho v tajnosti rovnako ako heslo.
web-first-mismatch = Zadané heslá sa nezhodujú.

web-tasks-title = Moje úlohy
web-tasks-count =
    { $count ->
        [one] Čaká na vás jedna úloha
        [few] Čakajú na vás { $count } úlohy
        [many] Čaká na vás { $count } úlohy
       *[other] Čaká na vás { $count } úloh
    }
web-tasks-none = Momentálne na vás nečakajú žiadne úlohy.
web-tasks-what = Žiadosť
web-tasks-state = Stav
web-tasks-due = Lehota
web-tasks-overdue = po lehote

web-search-title = Vyhľadať orgán
web-search-query = Čím sa orgán zaoberá? (v ľubovoľnom jazyku)
web-search-country = Krajina
web-search-country-hint = Dvojpísmenový kód, napr. PT
web-search-area = Legislatívna oblasť
web-search-level = Úroveň
web-search-any = Ľubovoľná
web-search-submit = Vyhľadať
web-search-found =
    { $count ->
        [0] Nenašiel sa žiadny orgán
        [one] Našiel sa jeden orgán
        [few] Našli sa { $count } orgány
        [many] Našlo sa { $count } orgánu
       *[other] Našlo sa { $count } orgánov
    }

web-authority-title = Orgán

web-request-title = Žiadosť
web-request-parties = Strany a podrobnosti
web-request-actions = Čo môžete urobiť
web-request-timeline = Časová os
web-timeline-system = IMI (automaticky)
web-machine-translation = Strojový preklad (jazyk originálu: { $language })
web-untranslated = Jazyk originálu: { $language }; strojový preklad nie je k dispozícii
web-personal-data = Osobné údaje: zobrazujú sa len stranám výmeny
web-personal-data-mark = osobné údaje

web-error-title = Vyskytla sa chyba
web-error-not-found = Táto stránka neexistuje alebo nemáte oprávnenie na jej zobrazenie.
web-error-csrf = Platnosť tohto formulára uplynula alebo formulár nepochádza z tohto webového sídla. Vráťte sa späť, obnovte stránku a skúste to znova.
web-error-home = Prejsť na úvodnú stránku
