### Svenska texter för användarkonton (definitions/core/workflows/user_account.yaml):
### registrering, inloggning, spärrning och återställningar (R-LOGIN, R-ROLES).
### Själva rollerna (role-*) finns i core.ftl.

## Arbetsflöde: användarkonto (R-LOGIN)

wf-user_account = Användarkonto

user_account-party-authority = Användarens myndighet
user_account-party-validating_coordinator = Validerande samordnare

user_account-state-registered = Registrerat, väntar på första inloggning
user_account-state-active = Aktivt
user_account-state-blocked = Spärrat
user_account-state-removed = Borttaget

user_account-action-register = Registrera en användare
user_account-action-first_login = Första inloggning
user_account-action-login_succeeded = Inloggning
user_account-action-login_failed = Fel lösenord eller säkerhetskod
user_account-action-reset = Utfärda ett nytt tillfälligt lösenord
user_account-action-reset_only_lda = Utfärda ett nytt tillfälligt lösenord (enda lokala dataadministratören)
user_account-action-change_roles = Ändra roller
user_account-action-change_user_id = Ändra användar-id
user_account-action-update_contact = Uppdatera kontaktuppgifter
user_account-action-remove = Ta bort användaren

user_account-field-user_id = Användar-id
user_account-field-name = Namn
user_account-field-email = Personlig e-postadress
user_account-field-phone = Telefon
user_account-field-language = Föredraget arbetsspråk
user_account-field-roles = Roller
user_account-field-failures = Felaktiga inmatningar sedan senaste inloggningen
user_account-field-registered_at = Registrerad den
user_account-field-temporary_password_sent_at = Tillfälligt lösenord skickat den
user_account-field-password_changed_at = Lösenord valt den
user_account-field-last_login_at = Senaste inloggning
user_account-field-blocked_at = Spärrad den

user_account-input-temporary_password = Tillfälligt lösenord

## Avslag

user_account-guard-register = Användaren kan inte registreras: användar-id:t kan redan vara upptaget (användar-id:n är unika oavsett versaler och gemener), e-postadressen kan vara felaktigt formaterad, språket måste vara ett av de 24 officiella språken och användaren måste ha minst en roll.
user_account-guard-user_id_taken = Detta användar-id är redan upptaget (användar-id:n är unika oavsett versaler och gemener). Välj ett annat.
user_account-guard-reset_only_lda = Endast den validerande samordnarens dataadministratör kan göra detta, och endast för myndighetens enda lokala dataadministratör; denna myndighet har en annan aktiv lokal dataadministratör, som kan utfärda det nya tillfälliga lösenordet.
user_account-guard-change_roles = En användare måste ha minst en roll, och myndigheten måste behålla minst en aktiv lokal dataadministratör.
user_account-guard-remove = Myndigheten måste behålla minst en aktiv lokal dataadministratör.
user_account-guard-update_contact = E-postadressen är felaktigt formaterad eller så är språket inte ett av de 24 officiella språken.

## E-postmeddelanden (aldrig med användar-id:t: det lämnas via en annan kanal)

user_account-email-temporary-password =
    Hej { $name },

    Ditt tillfälliga lösenord för informationssystemet för den inre marknaden (IMI) är: { $temporary_password }

    Ditt användar-id finns inte i detta e-postmeddelande: det lämnas till dig av den person som registrerade dig. Ange användar-id:t och detta tillfälliga lösenord vid nästa inloggning och välj sedan ett eget lösenord (minst 8 tecken, med gemener, versaler och en siffra) och en ny säkerhetskod på 12 tecken (samma regler). Båda är skiftlägeskänsliga.
    .subject = Ditt tillfälliga lösenord för IMI

user_account-email-blocked =
    Hej { $name },

    Ditt IMI-konto har spärrats efter fem felaktiga inmatningar av lösenordet eller säkerhetskoden. Be din myndighets lokala dataadministratör om ett nytt tillfälligt lösenord (om du är myndighetens enda lokala dataadministratör ska du i stället vända dig till din validerande samordnare).
    .subject = Ditt IMI-konto är spärrat

user_account-input-authority = Användarens myndighet
