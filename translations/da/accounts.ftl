### Danske tekster til brugerkonti (definitions/core/workflows/user_account.yaml):
### registrering, login, spærring og nulstilling (R-LOGIN, R-ROLES).
### Selve rollerne (role-*) findes i core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Brugerkonto

user_account-party-authority = Brugerens myndighed
user_account-party-validating_coordinator = Validerende koordinator

user_account-state-registered = Registreret, afventer første login
user_account-state-active = Aktiv
user_account-state-blocked = Spærret
user_account-state-removed = Fjernet

user_account-action-register = Registrér en bruger
user_account-action-first_login = Første login
user_account-action-login_succeeded = Login
user_account-action-login_failed = Forkert adgangskode eller sikkerhedskode
user_account-action-reset = Udsted en ny midlertidig adgangskode
user_account-action-reset_only_lda = Udsted en ny midlertidig adgangskode (eneste lokale dataadministrator)
user_account-action-change_roles = Ændr roller
user_account-action-change_user_id = Ændr bruger-id
user_account-action-update_contact = Opdatér kontaktoplysninger
user_account-action-remove = Fjern brugeren

user_account-field-user_id = Bruger-id
user_account-field-name = Navn
user_account-field-email = Personlig e-mail
user_account-field-phone = Telefon
user_account-field-language = Foretrukket arbejdssprog
user_account-field-roles = Roller
user_account-field-failures = Forkerte indtastninger siden sidste login
user_account-field-registered_at = Registreret den
user_account-field-temporary_password_sent_at = Midlertidig adgangskode sendt den
user_account-field-password_changed_at = Adgangskode valgt den
user_account-field-last_login_at = Sidste login
user_account-field-blocked_at = Spærret den

user_account-input-temporary_password = Midlertidig adgangskode

## Refusals

user_account-guard-register = Brugeren kan ikke registreres: bruger-id'et er muligvis allerede optaget (bruger-id'er er entydige, uanset store og små bogstaver), e-mailadressen kan være forkert formateret, sproget skal være et af de 24 officielle sprog, og brugeren skal have mindst én rolle.
user_account-guard-user_id_taken = Dette bruger-id er allerede optaget (bruger-id'er er entydige, uanset store og små bogstaver). Vælg et andet.
user_account-guard-reset_only_lda = Kun den validerende koordinators dataadministrator kan gøre dette, og kun for myndighedens eneste lokale dataadministrator; denne myndighed har en anden aktiv lokal dataadministrator, som kan udstede den nye midlertidige adgangskode.
user_account-guard-change_roles = En bruger skal have mindst én rolle, og myndigheden skal beholde mindst én aktiv lokal dataadministrator.
user_account-guard-remove = Myndigheden skal beholde mindst én aktiv lokal dataadministrator.
user_account-guard-update_contact = E-mailadressen er forkert formateret, eller sproget er ikke et af de 24 officielle sprog.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Kære { $name },

    Din midlertidige adgangskode til informationssystemet for det indre marked (IMI) er: { $temporary_password }

    Dit bruger-id står ikke i denne e-mail: den person, der registrerede dig, oplyser dig om det. Indtast ved dit næste login bruger-id'et og denne midlertidige adgangskode, og vælg derefter din egen adgangskode (mindst 8 tegn med små bogstaver, store bogstaver og et ciffer) og en ny sikkerhedskode på 12 tegn (samme regler). Der skelnes mellem store og små bogstaver i begge.
    .subject = Din midlertidige adgangskode til IMI

user_account-email-blocked =
    Kære { $name },

    Din IMI-konto er blevet spærret efter fem forkerte indtastninger af adgangskoden eller sikkerhedskoden. Bed din myndigheds lokale dataadministrator om en ny midlertidig adgangskode (hvis du er myndighedens eneste lokale dataadministrator, skal du spørge din validerende koordinator).
    .subject = Din IMI-konto er spærret

user_account-input-authority = Brugerens myndighed
