# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Informatiesysteem interne markt
web-skip-to-content = Naar de inhoud
web-nav-label = Hoofdmenu
web-nav-tasks = Mijn taken
web-nav-search = Een autoriteit zoeken
web-logout = Uitloggen
web-language = Taal
web-language-apply = Wijzigen
web-yes = Ja
web-no = Nee

web-login-title = Inloggen
web-login-user-id = Gebruikers-ID
web-login-password = Wachtwoord
web-login-next = Doorgaan
web-login-submit = Inloggen
web-login-wrong = Het gebruikers-ID, het wachtwoord of de tekens van de beveiligingscode zijn onjuist.
web-login-blocked = Uw account is geblokkeerd na vijf keer onjuiste invoer. Uw lokale gegevensbeheerder kan een nieuw tijdelijk wachtwoord verstrekken.
web-login-too-many = Te veel inlogpogingen vanaf dit adres. Wacht een minuut en probeer het opnieuw.
web-login-expired = Deze inlogstap is verlopen. Begin opnieuw.
web-code-title = Beveiligingscode
web-code-intro = Voer de tekens van uw beveiligingscode in die op de gevraagde posities staan.
web-code-character = Teken { $position } van uw beveiligingscode
web-first-title = Kies uw wachtwoord en beveiligingscode
web-first-intro = U logt voor het eerst in (of uw wachtwoord is opnieuw ingesteld): kies een wachtwoord en een beveiligingscode van 12 tekens. Bij elke keer inloggen wordt u om drie tekens van deze code gevraagd.
web-first-password = Nieuw wachtwoord
web-first-password-again = Nieuw wachtwoord herhalen
web-first-security-code = Beveiligingscode (12 tekens)
web-first-security-code-hint = Letters en cijfers; houd de code geheim, net als het wachtwoord.
web-first-mismatch = De twee wachtwoorden zijn niet gelijk.

web-tasks-title = Mijn taken
web-tasks-count =
    { $count ->
        [one] Er wacht één taak op u
       *[other] Er wachten { $count } taken op u
    }
web-tasks-none = Er wacht op dit moment niets op u.
web-tasks-what = Verzoek
web-tasks-state = Status
web-tasks-due = Termijn
web-tasks-overdue = termijn overschreden

web-search-title = Een autoriteit zoeken
web-search-query = Wat doet de autoriteit? (in een willekeurige taal)
web-search-country = Land
web-search-country-hint = Code van twee letters, bv. PT
web-search-area = Wetgevingsgebied
web-search-level = Niveau
web-search-any = Alle
web-search-submit = Zoeken
web-search-found =
    { $count ->
        [0] Geen autoriteit gevonden
        [one] Eén autoriteit gevonden
       *[other] { $count } autoriteiten gevonden
    }

web-authority-title = Autoriteit

web-request-title = Verzoek
web-request-parties = Partijen en gegevens
web-request-actions = Wat u kunt doen
web-request-timeline = Tijdlijn
web-timeline-system = IMI (automatisch)
web-machine-translation = Machinevertaling (brontaal: { $language })
web-untranslated = Geschreven in { $language }; er is geen machinevertaling beschikbaar
web-personal-data = Persoonsgegevens: alleen zichtbaar voor de partijen bij de uitwisseling
web-personal-data-mark = persoonsgegevens

web-error-title = Er is iets misgegaan
web-error-not-found = Deze pagina bestaat niet, of u hebt geen toegang tot deze pagina.
web-error-csrf = Dit formulier is verlopen of is niet afkomstig van deze website. Ga terug, laad de pagina opnieuw en probeer het nogmaals.
web-error-home = Naar de startpagina
