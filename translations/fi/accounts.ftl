### Käyttäjätilien suomenkieliset tekstit (definitions/core/workflows/user_account.yaml):
### rekisteröinti, kirjautuminen, lukitseminen ja nollaus (R-LOGIN, R-ROLES).
### Itse roolit (role-*) ovat tiedostossa core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Käyttäjätili

user_account-party-authority = Käyttäjän viranomainen
user_account-party-validating_coordinator = Vahvistava koordinaattori

user_account-state-registered = Rekisteröity, odottaa ensimmäistä kirjautumista
user_account-state-active = Aktiivinen
user_account-state-blocked = Lukittu
user_account-state-removed = Poistettu

user_account-action-register = Rekisteröi käyttäjä
user_account-action-first_login = Ensimmäinen kirjautuminen
user_account-action-login_succeeded = Kirjautuminen
user_account-action-login_failed = Väärä salasana tai turvakoodi
user_account-action-reset = Anna uusi väliaikainen salasana
user_account-action-reset_only_lda = Anna uusi väliaikainen salasana (ainoa paikallinen tietojen ylläpitäjä)
user_account-action-change_roles = Muuta rooleja
user_account-action-change_user_id = Muuta käyttäjätunnusta
user_account-action-update_contact = Päivitä yhteystiedot
user_account-action-remove = Poista käyttäjä

user_account-field-user_id = Käyttäjätunnus
user_account-field-name = Nimi
user_account-field-email = Henkilökohtainen sähköpostiosoite
user_account-field-phone = Puhelin
user_account-field-language = Ensisijainen työkieli
user_account-field-roles = Roolit
user_account-field-failures = Virheelliset syötöt edellisen kirjautumisen jälkeen
user_account-field-registered_at = Rekisteröity
user_account-field-temporary_password_sent_at = Väliaikainen salasana lähetetty
user_account-field-password_changed_at = Salasana valittu
user_account-field-last_login_at = Viimeisin kirjautuminen
user_account-field-blocked_at = Lukittu

user_account-input-temporary_password = Väliaikainen salasana

## Refusals

user_account-guard-register = Käyttäjää ei voi rekisteröidä: käyttäjätunnus voi olla jo varattu (käyttäjätunnukset ovat yksilöllisiä kirjainkoosta riippumatta), sähköpostiosoite voi olla virheellinen, kielen on oltava jokin 24 virallisesta kielestä ja käyttäjällä on oltava vähintään yksi rooli.
user_account-guard-user_id_taken = Tämä käyttäjätunnus on jo varattu (käyttäjätunnukset ovat yksilöllisiä kirjainkoosta riippumatta). Valitkaa toinen.
user_account-guard-reset_only_lda = Vain vahvistavan koordinaattorin tietojen ylläpitäjä voi tehdä tämän, ja vain viranomaisen ainoalle paikalliselle tietojen ylläpitäjälle; tällä viranomaisella on toinen aktiivinen paikallinen tietojen ylläpitäjä, joka voi antaa uuden väliaikaisen salasanan.
user_account-guard-change_roles = Käyttäjällä on oltava vähintään yksi rooli, ja viranomaisella on oltava edelleen vähintään yksi aktiivinen paikallinen tietojen ylläpitäjä.
user_account-guard-remove = Viranomaisella on oltava edelleen vähintään yksi aktiivinen paikallinen tietojen ylläpitäjä.
user_account-guard-update_contact = Sähköpostiosoite on virheellinen tai kieli ei ole mikään 24 virallisesta kielestä.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Hyvä { $name },

    Väliaikainen salasananne sisämarkkinoiden tietojenvaihtojärjestelmään (IMI) on: { $temporary_password }

    Käyttäjätunnuksenne ei ole tässä sähköpostiviestissä: sen kertoo teille henkilö, joka rekisteröi teidät. Syöttäkää seuraavalla kirjautumiskerralla käyttäjätunnus ja tämä väliaikainen salasana ja valitkaa sitten oma salasana (vähintään 8 merkkiä, joissa on pieniä ja isoja kirjaimia sekä numero) ja uusi 12-merkkinen turvakoodi (samat säännöt). Kummassakin isot ja pienet kirjaimet erotetaan toisistaan.
    .subject = Väliaikainen IMI-salasananne

user_account-email-blocked =
    Hyvä { $name },

    IMI-tilinne on lukittu viiden virheellisen salasanan tai turvakoodin syötön jälkeen. Pyytäkää uutta väliaikaista salasanaa viranomaisenne paikalliselta tietojen ylläpitäjältä (jos olette viranomaisen ainoa paikallinen tietojen ylläpitäjä, kääntykää vahvistavan koordinaattorinne puoleen).
    .subject = IMI-tilinne on lukittu

user_account-input-authority = Käyttäjän viranomainen
