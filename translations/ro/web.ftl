# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Sistemul de informare al pieței interne
web-skip-to-content = Salt la conținut
web-nav-label = Meniu principal
web-nav-tasks = Sarcinile mele
web-nav-search = Căutați o autoritate
web-logout = Deconectare
web-language = Limbă
web-language-apply = Schimbați
web-yes = Da
web-no = Nu

web-login-title = Conectare
web-login-user-id = ID de utilizator
web-login-password = Parolă
web-login-next = Continuați
web-login-submit = Conectare
web-login-wrong = ID-ul de utilizator, parola sau caracterele codului de securitate sunt greșite.
web-login-blocked = Contul dumneavoastră a fost blocat după cinci introduceri greșite. Administratorul local de date vă poate emite o nouă parolă temporară.
web-login-too-many = Prea multe încercări de conectare de la această adresă. Așteptați un minut și încercați din nou.
web-login-expired = Această etapă a conectării a expirat. Reluați de la început.
web-code-title = Cod de securitate
web-code-intro = Introduceți caracterele codului dumneavoastră de securitate aflate pe pozițiile solicitate.
web-code-character = Caracterul { $position } al codului dumneavoastră de securitate
web-first-title = Alegeți parola și codul de securitate
web-first-intro = Aceasta este prima dumneavoastră conectare (sau parola v-a fost resetată): alegeți o parolă și un cod de securitate de 12 caractere. La fiecare conectare vi se vor cere trei dintre caracterele acestui cod.
web-first-password = Parolă nouă
web-first-password-again = Repetați parola nouă
web-first-security-code = Cod de securitate (12 caractere)
web-first-security-code-hint = Litere și cifre; păstrați-l secret, la fel ca parola.
web-first-mismatch = Cele două parole nu sunt identice.

web-tasks-title = Sarcinile mele
web-tasks-count =
    { $count ->
        [one] Aveți o sarcină în așteptare
        [few] Aveți { $count } sarcini în așteptare
       *[other] Aveți { $count } de sarcini în așteptare
    }
web-tasks-none = În prezent nu aveți nicio sarcină în așteptare.
web-tasks-what = Cerere
web-tasks-state = Stare
web-tasks-due = Termen
web-tasks-overdue = termen depășit

web-search-title = Căutați o autoritate
web-search-query = Ce face autoritatea? (în orice limbă)
web-search-country = Țară
web-search-country-hint = Cod din două litere, de exemplu PT
web-search-area = Domeniu legislativ
web-search-level = Nivel
web-search-any = Oricare
web-search-submit = Căutare
web-search-found =
    { $count ->
        [0] Nu a fost găsită nicio autoritate
        [one] A fost găsită o autoritate
        [few] Au fost găsite { $count } autorități
       *[other] Au fost găsite { $count } de autorități
    }

web-authority-title = Autoritate

web-request-title = Cerere
web-request-parties = Părți și detalii
web-request-actions = Ce puteți face
web-request-timeline = Cronologie
web-timeline-system = IMI (automat)
web-machine-translation = Traducere automată din limba { $language }
web-untranslated = Redactat în limba { $language }; nu este disponibilă nicio traducere automată
web-personal-data = Date cu caracter personal: afișate numai părților la schimbul de informații
web-personal-data-mark = date cu caracter personal

web-error-title = A apărut o eroare
web-error-not-found = Această pagină nu există sau nu aveți dreptul să o vedeți.
web-error-csrf = Acest formular a expirat sau nu provine de pe acest site. Reveniți, reîncărcați pagina și încercați din nou.
web-error-home = Mergeți la pagina de start
