### Hrvatski tekstovi korisničkih računa (definitions/core/workflows/user_account.yaml):
### registracija, prijava, blokiranje i ponovno postavljanje (R-LOGIN, R-ROLES).
### Same uloge (role-*) nalaze se u core.ftl.

## Tijek rada: korisnički račun (R-LOGIN)

wf-user_account = Korisnički račun

user_account-party-authority = Tijelo korisnika
user_account-party-validating_coordinator = Koordinator za potvrđivanje

user_account-state-registered = Registriran, čeka prvu prijavu
user_account-state-active = Aktivan
user_account-state-blocked = Blokiran
user_account-state-removed = Uklonjen

user_account-action-register = Registriraj korisnika
user_account-action-first_login = Prva prijava
user_account-action-login_succeeded = Prijava
user_account-action-login_failed = Pogrešna lozinka ili sigurnosni kod
user_account-action-reset = Izdaj novu privremenu lozinku
user_account-action-reset_only_lda = Izdaj novu privremenu lozinku (jedini lokalni administrator podataka)
user_account-action-change_roles = Promijeni uloge
user_account-action-change_user_id = Promijeni korisničko ime
user_account-action-update_contact = Ažuriraj podatke za kontakt
user_account-action-remove = Ukloni korisnika

user_account-field-user_id = Korisničko ime
user_account-field-name = Ime
user_account-field-email = Osobna adresa e-pošte
user_account-field-phone = Telefon
user_account-field-language = Željeni radni jezik
user_account-field-roles = Uloge
user_account-field-failures = Pogrešni unosi od posljednje prijave
user_account-field-registered_at = Datum registracije
user_account-field-temporary_password_sent_at = Datum slanja privremene lozinke
user_account-field-password_changed_at = Datum odabira lozinke
user_account-field-last_login_at = Posljednja prijava
user_account-field-blocked_at = Datum blokiranja

user_account-input-temporary_password = Privremena lozinka

## Odbijanja

user_account-guard-register = Korisnika nije moguće registrirati: korisničko ime možda je već zauzeto (korisnička imena jedinstvena su bez obzira na velika i mala slova), adresa e-pošte možda nije ispravno oblikovana, jezik mora biti jedan od 24 službena jezika, a korisnik mora imati barem jednu ulogu.
user_account-guard-user_id_taken = To je korisničko ime već zauzeto (korisnička imena jedinstvena su bez obzira na velika i mala slova). Odaberite drugo.
user_account-guard-reset_only_lda = To može učiniti samo administrator podataka koordinatora za potvrđivanje i to samo za jedinog lokalnog administratora podataka tijela; ovo tijelo ima još jednog aktivnog lokalnog administratora podataka koji može izdati novu privremenu lozinku.
user_account-guard-change_roles = Korisnik mora imati barem jednu ulogu, a tijelo mora zadržati barem jednog aktivnog lokalnog administratora podataka.
user_account-guard-remove = Tijelo mora zadržati barem jednog aktivnog lokalnog administratora podataka.
user_account-guard-update_contact = Adresa e-pošte nije ispravno oblikovana ili jezik nije jedan od 24 službena jezika.

## Poruke e-pošte (nikada s korisničkim imenom: ono se priopćuje drugim putem)

user_account-email-temporary-password =
    Poštovani { $name },

    Vaša privremena lozinka za Informacijski sustav unutarnjeg tržišta (IMI) glasi: { $temporary_password }

    Vaše korisničko ime nije navedeno u ovoj poruci e-pošte: priopćit će Vam ga osoba koja Vas je registrirala. Pri sljedećoj prijavi unesite korisničko ime i ovu privremenu lozinku, a zatim odaberite vlastitu lozinku (najmanje 8 znakova, s malim slovima, velikim slovima i znamenkom) i novi sigurnosni kod od 12 znakova (ista pravila). U oba se razlikuju velika i mala slova.
    .subject = Vaša privremena lozinka za IMI

user_account-email-blocked =
    Poštovani { $name },

    Vaš korisnički račun u IMI-ju blokiran je nakon pet pogrešnih unosa lozinke ili sigurnosnog koda. Zatražite novu privremenu lozinku od lokalnog administratora podataka svojeg tijela (ako ste Vi jedini lokalni administrator podataka tog tijela, obratite se svojem koordinatoru za potvrđivanje).
    .subject = Vaš korisnički račun u IMI-ju je blokiran

user_account-input-authority = Tijelo korisnika
