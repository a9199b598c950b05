### Slovenské texty používateľských kont (definitions/core/workflows/user_account.yaml):
### registrácia, prihlásenie, blokovanie a obnovenie (R-LOGIN, R-ROLES).
### Samotné roly (role-*) sú v core.ftl.

## Pracovný postup: používateľské konto (R-LOGIN)

wf-user_account = Používateľské konto

user_account-party-authority = Orgán používateľa
user_account-party-validating_coordinator = Overujúci koordinátor

user_account-state-registered = Zaregistrované, čaká na prvé prihlásenie
user_account-state-active = Aktívne
user_account-state-blocked = Zablokované
user_account-state-removed = Odstránené

user_account-action-register = Zaregistrovať používateľa
user_account-action-first_login = Prvé prihlásenie
user_account-action-login_succeeded = Prihlásenie
user_account-action-login_failed = Nesprávne heslo alebo bezpečnostný kód
user_account-action-reset = Vydať nové dočasné heslo
user_account-action-reset_only_lda = Vydať nové dočasné heslo (jediný miestny správca údajov)
user_account-action-change_roles = Zmeniť roly
user_account-action-change_user_id = Zmeniť identifikátor používateľa
user_account-action-update_contact = Aktualizovať kontaktné údaje
user_account-action-remove = Odstrániť používateľa

user_account-field-user_id = Identifikátor používateľa
user_account-field-name = Meno
user_account-field-email = Individuálny e-mail
user_account-field-phone = Telefón
user_account-field-language = Preferovaný pracovný jazyk
user_account-field-roles = Roly
user_account-field-failures = Nesprávne zadania od posledného prihlásenia
user_account-field-registered_at = Dátum registrácie
user_account-field-temporary_password_sent_at = Dátum odoslania dočasného hesla
user_account-field-password_changed_at = Dátum zvolenia hesla
user_account-field-last_login_at = Posledné prihlásenie
user_account-field-blocked_at = Dátum zablokovania

user_account-input-temporary_password = Dočasné heslo

## Zamietnutia

user_account-guard-register = Používateľa nemožno zaregistrovať: identifikátor používateľa už môže byť obsadený (identifikátory používateľov sú jedinečné bez ohľadu na veľkosť písmen), e-mailová adresa môže mať nesprávny formát, jazyk musí byť jedným z 24 úradných jazykov a používateľ musí mať aspoň jednu rolu.
user_account-guard-user_id_taken = Tento identifikátor používateľa je už obsadený (identifikátory používateľov sú jedinečné bez ohľadu na veľkosť písmen). Zvoľte iný.
user_account-guard-reset_only_lda = Môže to urobiť len správca údajov overujúceho koordinátora, a to len pre jediného miestneho správcu údajov orgánu; tento orgán má ďalšieho aktívneho miestneho správcu údajov, ktorý môže vydať nové dočasné heslo.
user_account-guard-change_roles = Používateľ musí mať aspoň jednu rolu a orgán si musí ponechať aspoň jedného aktívneho miestneho správcu údajov.
user_account-guard-remove = Orgán si musí ponechať aspoň jedného aktívneho miestneho správcu údajov.
user_account-guard-update_contact = E-mailová adresa má nesprávny formát alebo jazyk nie je jedným z 24 úradných jazykov.

## E-maily (nikdy s identifikátorom používateľa: ten sa oznamuje inou cestou)

user_account-email-temporary-password =
    Dobrý deň, { $name },

    vaše dočasné heslo do informačného systému o vnútornom trhu (IMI) je: { $temporary_password }

    Váš identifikátor používateľa nie je uvedený v tomto e-maile: oznámi vám ho osoba, ktorá vás zaregistrovala. Pri ďalšom prihlásení zadajte identifikátor používateľa a toto dočasné heslo, potom si zvoľte vlastné heslo (aspoň 8 znakov, s malými písmenami, veľkými písmenami a číslicou) a nový 12-miestny bezpečnostný kód (podľa rovnakých pravidiel). V oboch sa rozlišujú veľké a malé písmená.
    .subject = Vaše dočasné heslo do systému IMI

user_account-email-blocked =
    Dobrý deň, { $name },

    vaše konto v systéme IMI bolo zablokované po piatich nesprávnych zadaniach hesla alebo bezpečnostného kódu. O nové dočasné heslo požiadajte miestneho správcu údajov vášho orgánu (ak ste jeho jediným miestnym správcom údajov, požiadajte overujúceho koordinátora).
    .subject = Vaše konto v systéme IMI je zablokované

user_account-input-authority = Orgán používateľa
