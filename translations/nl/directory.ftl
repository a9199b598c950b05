# Autoriteiten en coördinatoren: profielen, importen, koppelingen tussen autoriteiten,
# verzoekcoördinatoren; de voettekst van e-mails.

authority-field-economic_activities = Economische activiteiten
authority-field-policy_areas = Beleidsterreinen
authority-field-coordinator = IMI-coördinator
authority-field-coordinated_areas = Gecoördineerde wetgevingsgebieden
authority-field-region = Regio
authority-input-user_id = Gebruikers-ID van de eerste gebruiker
authority-input-temporary_password = Tijdelijk wachtwoord van de eerste gebruiker
authority-input-validating_coordinator = Validerende coördinator
authority-action-imported = Overnemen uit het vorige systeem
authority-action-update_competences = Bevoegdheden wijzigen
authority-action-designate_coordinator = Aanwijzen als IMI-coördinator
authority-guard-imported = De autoriteit is al bekend, haar algemene e-mailadres is niet geldig, of het soort coördinator is niet nimic, dimic of sdimic.
authority-guard-designate_coordinator = Het soort coördinator moet nimic, dimic of sdimic zijn.

area_access-field-professions = Beroepen
area_access-input-authority = Autoriteit
area_access-action-imported = Overnemen uit het vorige systeem

user_account-action-first_user = De eerste gebruiker registreren
user_account-action-imported = Overnemen uit het vorige systeem

wf-authority_link = Koppeling tussen autoriteiten
authority_link-party-authority = Autoriteit
authority_link-party-linked = Gekoppelde autoriteit
authority_link-field-linked_at = Gekoppeld op
authority_link-state-linked = Gekoppeld
authority_link-state-unlinked = Koppeling verwijderd
authority_link-action-link = Een autoriteit koppelen
authority_link-action-unlink = De koppeling verwijderen
authority_link-input-linked = Te koppelen autoriteit
authority_link-guard-link = U kunt alleen een andere actieve autoriteit uit uw eigen land koppelen, en slechts één keer.

wf-request_coordination = Verzoekcoördinator
request_coordination-party-authority = Gecoördineerde autoriteit
request_coordination-party-coordinator = Verzoekcoördinator
request_coordination-field-area = Wetgevingsgebied
request_coordination-field-linked_at = Gekoppeld op
request_coordination-state-linked = Gekoppeld
request_coordination-state-unlinked = Ontkoppeld
request_coordination-action-at_access = De coördinator voor toegang tot wetgeving koppelen
request_coordination-action-link = Een verzoekcoördinator koppelen
request_coordination-action-unlink = De verzoekcoördinator ontkoppelen
request_coordination-input-coordinator = Coördinator
request_coordination-guard-link = De coördinator moet een actieve IMI-coördinator van uw land zijn die nog niet voor dit gebied is gekoppeld, en uw autoriteit moet toegang tot het gebied hebben.
request_coordination-guard-unlink = Uw autoriteit moet in elk wetgevingsgebied ten minste één verzoekcoördinator behouden.
request_coordination-email-linked =
    De autoriteit { $authority } heeft uw autoriteit gekoppeld als haar verzoekcoördinator voor het wetgevingsgebied { $area }.
    .subject = Nieuwe gecoördineerde autoriteit

mail-footer = Deze e-mail is automatisch verzonden door het Informatiesysteem interne markt (IMI). Gelieve niet op deze e-mail te antwoorden.

keywords-countries = Landen
keywords-levels = Niveaus
keywords-languages = Talen
