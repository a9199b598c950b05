### Slovenska besedila uporabniških računov (definitions/core/workflows/user_account.yaml):
### registracija, prijava, blokada in ponastavitve (R-LOGIN, R-ROLES).
### Same vloge (role-*) so v core.ftl.

## Potek dela: uporabniški račun (R-LOGIN)

wf-user_account = Uporabniški račun

user_account-party-authority = Organ uporabnika
user_account-party-validating_coordinator = Koordinator za potrjevanje

user_account-state-registered = Registriran, čaka na prvo prijavo
user_account-state-active = Aktiven
user_account-state-blocked = Blokiran
user_account-state-removed = Odstranjen

user_account-action-register = Registriraj uporabnika
user_account-action-first_login = Prva prijava
user_account-action-login_succeeded = Prijava
user_account-action-login_failed = Napačno geslo ali varnostna koda
user_account-action-reset = Izdaj novo začasno geslo
user_account-action-reset_only_lda = Izdaj novo začasno geslo (edini lokalni skrbnik podatkov)
user_account-action-change_roles = Spremeni vloge
user_account-action-change_user_id = Spremeni uporabniški ID
user_account-action-update_contact = Posodobi kontaktne podatke
user_account-action-remove = Odstrani uporabnika

user_account-field-user_id = Uporabniški ID
user_account-field-name = Ime
user_account-field-email = Osebni e-naslov
user_account-field-phone = Telefon
user_account-field-language = Želeni delovni jezik
user_account-field-roles = Vloge
user_account-field-failures = Napačni vnosi od zadnje prijave
user_account-field-registered_at = Datum registracije
user_account-field-temporary_password_sent_at = Datum pošiljanja začasnega gesla
user_account-field-password_changed_at = Datum izbire gesla
user_account-field-last_login_at = Zadnja prijava
user_account-field-blocked_at = Datum blokade

user_account-input-temporary_password = Začasno geslo

## Zavrnitve

user_account-guard-register = Uporabnika ni mogoče registrirati: uporabniški ID je morda že zaseden (uporabniški ID-ji so edinstveni ne glede na velike in male črke), e-naslov je morda napačno oblikovan, jezik mora biti eden od 24 uradnih jezikov, uporabnik pa mora imeti vsaj eno vlogo.
user_account-guard-user_id_taken = Ta uporabniški ID je že zaseden (uporabniški ID-ji so edinstveni ne glede na velike in male črke). Izberite drugega.
user_account-guard-reset_only_lda = To lahko stori samo skrbnik podatkov koordinatorja za potrjevanje, in sicer samo za edinega lokalnega skrbnika podatkov organa; ta organ ima še enega aktivnega lokalnega skrbnika podatkov, ki lahko izda novo začasno geslo.
user_account-guard-change_roles = Uporabnik mora imeti vsaj eno vlogo, organ pa mora obdržati vsaj enega aktivnega lokalnega skrbnika podatkov.
user_account-guard-remove = Organ mora obdržati vsaj enega aktivnega lokalnega skrbnika podatkov.
user_account-guard-update_contact = E-naslov je napačno oblikovan ali pa jezik ni eden od 24 uradnih jezikov.

## E-poštna sporočila (nikoli z uporabniškim ID-jem: ta se sporoči po drugi poti)

user_account-email-temporary-password =
    Spoštovani { $name },

    vaše začasno geslo za informacijski sistem za notranji trg (IMI) je: { $temporary_password }

    Vašega uporabniškega ID-ja ni v tem e-poštnem sporočilu: sporoči vam ga oseba, ki vas je registrirala. Pri naslednji prijavi vnesite uporabniški ID in to začasno geslo, nato pa izberite svoje geslo (vsaj 8 znakov, z malimi in velikimi črkami ter števko) in novo 12-mestno varnostno kodo (po enakih pravilih). Pri obeh se razlikujejo velike in male črke.
    .subject = Vaše začasno geslo za IMI

user_account-email-blocked =
    Spoštovani { $name },

    vaš račun IMI je bil blokiran po petih napačnih vnosih gesla ali varnostne kode. Za novo začasno geslo prosite lokalnega skrbnika podatkov svojega organa (če ste edini lokalni skrbnik podatkov organa, prosite koordinatorja za potrjevanje).
    .subject = Vaš račun IMI je blokiran

user_account-input-authority = Organ uporabnika
