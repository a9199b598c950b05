# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Sistema di informazione del mercato interno
web-skip-to-content = Vai al contenuto
web-nav-label = Menu principale
web-nav-tasks = Le mie attività
web-nav-search = Cerca un'autorità
web-logout = Esci
web-language = Lingua
web-language-apply = Cambia
web-yes = Sì
web-no = No

web-login-title = Accesso
web-login-user-id = ID utente
web-login-password = Password
web-login-next = Continua
web-login-submit = Accedi
web-login-wrong = L'ID utente, la password o i caratteri del codice di sicurezza sono errati.
web-login-blocked = Il suo account è bloccato dopo cinque inserimenti errati. L'amministratore locale dei dati della sua autorità può assegnarle una nuova password temporanea.
web-login-too-many = Troppi tentativi di accesso da questo indirizzo. Attenda un minuto e riprovi.
web-login-expired = Questa fase di accesso è scaduta. Ricominci da capo.
web-code-title = Codice di sicurezza
web-code-intro = Inserisca i caratteri del suo codice di sicurezza nelle posizioni richieste.
web-code-character = Carattere { $position } del suo codice di sicurezza
web-first-title = Scelga la password e il codice di sicurezza
web-first-intro = Questo è il suo primo accesso (oppure la sua password è stata reimpostata): scelga una password e un codice di sicurezza di 12 caratteri. A ogni accesso le saranno chiesti tre dei suoi caratteri.
web-first-password = Nuova password
web-first-password-again = Ripeta la nuova password
web-first-security-code = Codice di sicurezza (12 caratteri)
web-first-security-code-hint = Lettere e cifre; lo tenga segreto, come la password.
web-first-mismatch = Le due password non coincidono.

web-tasks-title = Le mie attività
web-tasks-count =
    { $count ->
        [one] Un'attività in attesa
       *[other] { $count } attività in attesa
    }
web-tasks-none = Al momento non ci sono attività in attesa.
web-tasks-what = Richiesta
web-tasks-state = Stato
web-tasks-due = Termine
web-tasks-overdue = in ritardo

web-search-title = Cerca un'autorità
web-search-query = Di che cosa si occupa l'autorità? (in qualsiasi lingua)
web-search-country = Paese
web-search-country-hint = Codice di due lettere, ad es. PT
web-search-area = Settore legislativo
web-search-level = Livello
web-search-any = Qualsiasi
web-search-submit = Cerca
web-search-found =
    { $count ->
        [0] Nessuna autorità trovata
        [one] Un'autorità trovata
       *[other] { $count } autorità trovate
    }

web-authority-title = Autorità

web-request-title = Richiesta
web-request-parties = Parti e dettagli
web-request-actions = Azioni possibili
web-request-timeline = Cronologia
web-timeline-system = IMI (automatico)
web-machine-translation = Traduzione automatica (lingua originale: { $language })
web-untranslated = Lingua originale: { $language }; nessuna traduzione automatica disponibile
web-personal-data = Dati personali: visibili solo alle parti dello scambio
web-personal-data-mark = dati personali

web-error-title = Si è verificato un errore
web-error-not-found = Questa pagina non esiste, oppure lei non è autorizzato a visualizzarla.
web-error-csrf = Questo modulo è scaduto o non proviene da questo sito. Torni indietro, ricarichi la pagina e riprovi.
web-error-home = Vai alla pagina iniziale
