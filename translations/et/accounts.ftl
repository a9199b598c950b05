### Kasutajakontode eestikeelsed tekstid (definitions/core/workflows/user_account.yaml):
### registreerimine, sisselogimine, blokeerimine ja lähtestamine (R-LOGIN, R-ROLES).
### Rollid ise (role-*) on failis core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Kasutajakonto

user_account-party-authority = Kasutaja asutus
user_account-party-validating_coordinator = Kinnitav koordinaator

user_account-state-registered = Registreeritud, ootab esimest sisselogimist
user_account-state-active = Aktiivne
user_account-state-blocked = Blokeeritud
user_account-state-removed = Eemaldatud

user_account-action-register = Registreeri kasutaja
user_account-action-first_login = Esimene sisselogimine
user_account-action-login_succeeded = Sisselogimine
user_account-action-login_failed = Vale salasõna või turvakood
user_account-action-reset = Väljasta uus ajutine salasõna
user_account-action-reset_only_lda = Väljasta uus ajutine salasõna (ainus kohalik andmehaldur)
user_account-action-change_roles = Muuda rolle
user_account-action-change_user_id = Muuda kasutajatunnust
user_account-action-update_contact = Uuenda kontaktandmeid
user_account-action-remove = Eemalda kasutaja

user_account-field-user_id = Kasutajatunnus
user_account-field-name = Nimi
user_account-field-email = Isiklik e-posti aadress
user_account-field-phone = Telefon
user_account-field-language = Eelistatud töökeel
user_account-field-roles = Rollid
user_account-field-failures = Valesisestused pärast viimast sisselogimist
user_account-field-registered_at = Registreeritud
user_account-field-temporary_password_sent_at = Ajutine salasõna saadetud
user_account-field-password_changed_at = Salasõna valitud
user_account-field-last_login_at = Viimane sisselogimine
user_account-field-blocked_at = Blokeeritud

user_account-input-temporary_password = Ajutine salasõna

## Refusals

user_account-guard-register = Kasutajat ei saa registreerida: kasutajatunnus võib olla juba võetud (kasutajatunnused on kordumatud, sõltumata suur- ja väiketähtedest), e-posti aadress võib olla vigane, keel peab olema üks 24 ametlikust keelest ja kasutajal peab olema vähemalt üks roll.
user_account-guard-user_id_taken = See kasutajatunnus on juba võetud (kasutajatunnused on kordumatud, sõltumata suur- ja väiketähtedest). Valige mõni teine.
user_account-guard-reset_only_lda = Seda saab teha ainult kinnitava koordinaatori andmehaldur ja ainult asutuse ainsa kohaliku andmehalduri jaoks; sellel asutusel on teine aktiivne kohalik andmehaldur, kes saab uue ajutise salasõna väljastada.
user_account-guard-change_roles = Kasutajal peab olema vähemalt üks roll ja asutusel peab jääma vähemalt üks aktiivne kohalik andmehaldur.
user_account-guard-remove = Asutusel peab jääma vähemalt üks aktiivne kohalik andmehaldur.
user_account-guard-update_contact = E-posti aadress on vigane või keel ei ole üks 24 ametlikust keelest.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Lugupeetud { $name }

    Teie ajutine salasõna siseturu infosüsteemi (IMI) jaoks on: { $temporary_password }

    Teie kasutajatunnust selles e-kirjas ei ole: selle teatab teile isik, kes teid registreeris. Sisestage järgmisel sisselogimisel kasutajatunnus ja see ajutine salasõna ning valige seejärel oma salasõna (vähemalt 8 märki, sealhulgas väiketähed, suurtähed ja number) ja uus 12-märgiline turvakood (samade reeglite järgi). Mõlema puhul eristatakse suur- ja väiketähti.
    .subject = Teie ajutine IMI salasõna

user_account-email-blocked =
    Lugupeetud { $name }

    Teie IMI konto blokeeriti pärast viit salasõna või turvakoodi valesisestust. Küsige uut ajutist salasõna oma asutuse kohalikult andmehaldurilt (kui olete asutuse ainus kohalik andmehaldur, pöörduge oma kinnitava koordinaatori poole).
    .subject = Teie IMI konto on blokeeritud

user_account-input-authority = Kasutaja asutus
