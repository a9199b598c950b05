### Nederlandse teksten van gebruikersaccounts (definitions/core/workflows/user_account.yaml):
### registratie, inloggen, blokkering en resets (R-LOGIN, R-ROLES).
### De rollen zelf (role-*) staan in core.ftl.

## Workflow: gebruikersaccount (R-LOGIN)

wf-user_account = Gebruikersaccount

user_account-party-authority = Autoriteit van de gebruiker
user_account-party-validating_coordinator = Validerende coördinator

user_account-state-registered = Geregistreerd, wacht op eerste keer inloggen
user_account-state-active = Actief
user_account-state-blocked = Geblokkeerd
user_account-state-removed = Verwijderd

user_account-action-register = Een gebruiker registreren
user_account-action-first_login = Eerste keer inloggen
user_account-action-login_succeeded = Inloggen
user_account-action-login_failed = Onjuist wachtwoord of onjuiste beveiligingscode
user_account-action-reset = Een nieuw tijdelijk wachtwoord verstrekken
user_account-action-reset_only_lda = Een nieuw tijdelijk wachtwoord verstrekken (enige lokale gegevensbeheerder)
user_account-action-change_roles = Rollen wijzigen
user_account-action-change_user_id = Gebruikers-ID wijzigen
user_account-action-update_contact = Contactgegevens bijwerken
user_account-action-remove = De gebruiker verwijderen

user_account-field-user_id = Gebruikers-ID
user_account-field-name = Naam
user_account-field-email = Persoonlijk e-mailadres
user_account-field-phone = Telefoon
user_account-field-language = Voorkeurswerktaal
user_account-field-roles = Rollen
user_account-field-failures = Onjuiste invoer sinds de laatste keer inloggen
user_account-field-registered_at = Geregistreerd op
user_account-field-temporary_password_sent_at = Tijdelijk wachtwoord verzonden op
user_account-field-password_changed_at = Wachtwoord gekozen op
user_account-field-last_login_at = Laatst ingelogd op
user_account-field-blocked_at = Geblokkeerd op

user_account-input-temporary_password = Tijdelijk wachtwoord

## Weigeringen

user_account-guard-register = De gebruiker kan niet worden geregistreerd: het gebruikers-ID is mogelijk al in gebruik (gebruikers-ID's zijn uniek, ongeacht hoofdletters of kleine letters), het e-mailadres is mogelijk onjuist opgemaakt, de taal moet een van de 24 officiële talen zijn en de gebruiker moet ten minste één rol hebben.
user_account-guard-user_id_taken = Dit gebruikers-ID is al in gebruik (gebruikers-ID's zijn uniek, ongeacht hoofdletters of kleine letters). Kies een ander gebruikers-ID.
user_account-guard-reset_only_lda = Alleen de gegevensbeheerder van de validerende coördinator kan dit doen, en alleen voor de enige lokale gegevensbeheerder van de autoriteit; deze autoriteit heeft nog een andere actieve lokale gegevensbeheerder, die het nieuwe tijdelijke wachtwoord kan verstrekken.
user_account-guard-change_roles = Een gebruiker moet ten minste één rol hebben en de autoriteit moet ten minste één actieve lokale gegevensbeheerder behouden.
user_account-guard-remove = De autoriteit moet ten minste één actieve lokale gegevensbeheerder behouden.
user_account-guard-update_contact = Het e-mailadres is onjuist opgemaakt, of de taal is niet een van de 24 officiële talen.

## E-mails (nooit met het gebruikers-ID: dat wordt via een ander kanaal meegedeeld)

user_account-email-temporary-password =
    Geachte { $name },

    Uw tijdelijke wachtwoord voor het Informatiesysteem interne markt (IMI) is: { $temporary_password }

    Uw gebruikers-ID staat niet in deze e-mail: de persoon die u heeft geregistreerd, deelt het u mee. Voer bij de volgende keer inloggen het gebruikers-ID en dit tijdelijke wachtwoord in en kies daarna uw eigen wachtwoord (ten minste 8 tekens, met kleine letters, hoofdletters en een cijfer) en een nieuwe beveiligingscode van 12 tekens (dezelfde regels). Bij beide wordt onderscheid gemaakt tussen hoofdletters en kleine letters.
    .subject = Uw tijdelijke IMI-wachtwoord

user_account-email-blocked =
    Geachte { $name },

    Uw IMI-account is geblokkeerd na vijf keer onjuiste invoer van het wachtwoord of de beveiligingscode. Vraag de lokale gegevensbeheerder van uw autoriteit om een nieuw tijdelijk wachtwoord (als u de enige lokale gegevensbeheerder van uw autoriteit bent, vraag het dan aan uw validerende coördinator).
    .subject = Uw IMI-account is geblokkeerd

user_account-input-authority = Autoriteit van de gebruiker
