### České texty uživatelských účtů (definitions/core/workflows/user_account.yaml):
### registrace, přihlášení, zablokování a obnovení (R-LOGIN, R-ROLES).
### Samotné role (role-*) jsou v core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Uživatelský účet

user_account-party-authority = Orgán uživatele
user_account-party-validating_coordinator = Ověřující koordinátor

user_account-state-registered = Zaregistrován, čeká na první přihlášení
user_account-state-active = Aktivní
user_account-state-blocked = Zablokován
user_account-state-removed = Odstraněn

user_account-action-register = Zaregistrovat uživatele
user_account-action-first_login = První přihlášení
user_account-action-login_succeeded = Přihlášení
user_account-action-login_failed = Chybné heslo nebo bezpečnostní kód
user_account-action-reset = Vydat nové dočasné heslo
user_account-action-reset_only_lda = Vydat nové dočasné heslo (jediný místní správce údajů)
user_account-action-change_roles = Změnit role
user_account-action-change_user_id = Změnit uživatelské jméno
user_account-action-update_contact = Aktualizovat kontaktní údaje
user_account-action-remove = Odstranit uživatele

user_account-field-user_id = Uživatelské jméno
user_account-field-name = Jméno
user_account-field-email = Individuální e-mail
user_account-field-phone = Telefon
user_account-field-language = Preferovaný pracovní jazyk
user_account-field-roles = Role
user_account-field-failures = Chybná zadání od posledního přihlášení
user_account-field-registered_at = Registrováno dne
user_account-field-temporary_password_sent_at = Dočasné heslo odesláno dne
user_account-field-password_changed_at = Heslo zvoleno dne
user_account-field-last_login_at = Poslední přihlášení
user_account-field-blocked_at = Zablokováno dne

user_account-input-temporary_password = Dočasné heslo

## Refusals

user_account-guard-register = Uživatele nelze zaregistrovat: uživatelské jméno již může být obsazeno (uživatelská jména jsou jedinečná bez ohledu na velikost písmen), e-mailová adresa může mít chybný formát, jazyk musí být jedním z 24 úředních jazyků a uživatel musí mít alespoň jednu roli.
user_account-guard-user_id_taken = Toto uživatelské jméno je již obsazeno (uživatelská jména jsou jedinečná bez ohledu na velikost písmen). Zvolte jiné.
user_account-guard-reset_only_lda = Tuto akci může provést pouze správce údajů ověřujícího koordinátora, a to pouze pro jediného místního správce údajů orgánu; tento orgán má dalšího aktivního místního správce údajů, který může nové dočasné heslo vydat.
user_account-guard-change_roles = Uživatel musí mít alespoň jednu roli a orgán si musí ponechat alespoň jednoho aktivního místního správce údajů.
user_account-guard-remove = Orgán si musí ponechat alespoň jednoho aktivního místního správce údajů.
user_account-guard-update_contact = E-mailová adresa má chybný formát nebo jazyk není jedním z 24 úředních jazyků.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Dobrý den, { $name },

    Vaše dočasné heslo do systému pro výměnu informací o vnitřním trhu (IMI) je: { $temporary_password }

    Vaše uživatelské jméno v tomto e-mailu není: sdělí vám ho osoba, která vás zaregistrovala. Při příštím přihlášení zadejte uživatelské jméno a toto dočasné heslo a poté si zvolte vlastní heslo (alespoň 8 znaků, s malými písmeny, velkými písmeny a číslicí) a nový dvanáctimístný bezpečnostní kód (podle stejných pravidel). U obou se rozlišují velká a malá písmena.
    .subject = Vaše dočasné heslo do systému IMI

user_account-email-blocked =
    Dobrý den, { $name },

    Váš účet v systému IMI byl zablokován po pěti chybných zadáních hesla nebo bezpečnostního kódu. Požádejte místního správce údajů svého orgánu o nové dočasné heslo (pokud jste jediným místním správcem údajů orgánu, obraťte se na svého ověřujícího koordinátora).
    .subject = Váš účet v systému IMI je zablokován

user_account-input-authority = Orgán uživatele
