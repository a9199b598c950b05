### Järjestelmäpaketin `core` suomenkieliset tekstit (definitions/core):
### roolit, koordinaattorisuhteet sekä työnkulut registration_request,
### authority ja area_access.

area-core = IMI-järjestelmä

## Roles (R-ROLES)

role-basic_user = Peruskäyttäjä
role-request_handler = Pyyntöjen käsittelijä
role-allocator = Pyyntöjen jakaja
role-local_data_administrator = Paikallinen tietojen ylläpitäjä
role-data_administrator = Tietojen ylläpitäjä
role-system_administrator = Järjestelmän ylläpitäjä

## Coordinator relations (R-ACTORS)

relation-validating = Vahvistava koordinaattori
relation-legislation_access = Lainsäädäntöalojen käyttöoikeuskoordinaattori
relation-request = Pyyntökoordinaattori

## Workflow: registration request (R-REG)

wf-registration_request = Rekisteröintipyyntö

registration_request-party-coordinator = Koordinaattori
registration_request-party-applicant = Kutsuttu viranomainen
registration_request-party-commission = Euroopan komissio

registration_request-state-draft = Luonnos
registration_request-state-saved = Tallennettu
registration_request-state-saving_blocked = Tallennus estetty
registration_request-state-rejected = Hylätty
registration_request-state-sent = Lähetetty, odottaa rekisteröintiä
registration_request-state-pending_validation = Rekisteröinti odottaa vahvistusta
registration_request-state-validated = Viranomainen vahvistettu
registration_request-state-validation_refused = Vahvistus evätty
registration_request-state-expired = Vanhentunut
registration_request-state-cancelled = Peruutettu
registration_request-state-deleted = Poistettu

registration_request-action-create = Uusi rekisteröintipyyntö
registration_request-action-edit = Muokkaa
registration_request-action-edit_sent = Muokkaa ja lähetä uusi kutsu
registration_request-action-save = Tallenna lähetettäväksi
registration_request-action-stop = Keskeytä lähetys
registration_request-action-release = Vapauta lähetettäväksi
registration_request-action-dispatch = Lähetä kutsu
registration_request-action-remind = Lähetä muistutus
registration_request-action-expire = Merkitse vanhentuneeksi
registration_request-action-cancel = Peruuta
registration_request-action-discard = Poista
registration_request-action-register = Rekisteröi viranomainen
registration_request-action-authority_validated = Viranomainen vahvistettu
registration_request-action-authority_refused = Viranomainen hylätty
registration_request-action-purge = Poista pysyvästi

registration_request-field-email = Viranomaisen työsähköpostiosoite
registration_request-field-name = Nimi (vain omaa luetteloasi varten)
registration_request-field-areas = Lainsäädäntöalat
registration_request-field-note = Saate
registration_request-field-country = Maa
registration_request-field-rejection_reason = Hylkäämisen syy
registration_request-field-saved_at = Tallennettu
registration_request-field-dispatch_at = Lähetetään
registration_request-field-sent_at = Lähetetty
registration_request-field-token = Rekisteröintitunnus
registration_request-field-token_expires_at = Tunnuksen voimassaolo päättyy
registration_request-field-registered_at = Rekisteröity
registration_request-field-authority_name = Rekisteröity viranomainen
registration_request-field-delete_at = Poistetaan
registration_request-field-coordinator_name = Koordinaattori (kutsussa näkyvä)
registration_request-field-coordinator_email = Koordinaattorin sähköpostiosoite (kutsussa näkyvä)

registration_request-input-summary_kept = Olen tulostanut yhteenvedon tai tallentanut sen asiakirjana
registration_request-input-official_name = Virallinen nimi
registration_request-input-national_languages = Kansalliset kielet
registration_request-input-informal_name = Epävirallinen nimi
registration_request-input-description = Lyhyt kuvaus vastuualueista
registration_request-input-languages = Muut ymmärrettävät kielet
registration_request-input-level = Taso (paikallinen, alueellinen, kansallinen)
registration_request-input-address = Postiosoite
registration_request-input-phone = Puhelin
registration_request-input-website = Verkkosivusto
registration_request-input-first_user_name = Ensimmäisen käyttäjän nimi
registration_request-input-first_user_email = Ensimmäisen käyttäjän sähköpostiosoite
registration_request-input-first_user_language = Ensimmäisen käyttäjän ensisijainen työkieli

registration_request-rejection-malformed_email = Sähköpostiosoite ei ole kelvollinen.
registration_request-rejection-email_in_use = Sähköpostiosoite on jo jonkin viranomaisen tai toisen rekisteröintipyynnön käytössä.

registration_request-guard-save = Valitse vähintään yksi lainsäädäntöala.
registration_request-guard-edit_sent = Sähköpostiosoite ei ole kelvollinen tai se on jo jonkin viranomaisen tai toisen rekisteröintipyynnön käytössä.
registration_request-guard-register = Turvatarkastus epäonnistui: tunnus on virheellinen tai vanhentunut, yhteenvetoa ei ole säilytetty, maa ei vastaa kutsua tai sähköpostiosoite on virheellinen tai jo jonkin viranomaisen käytössä.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) kutsuu viranomaisenne rekisteröitymään sisämarkkinoiden tietojenvaihtojärjestelmään (IMI).

    { $note }

    Rekisteröityäksenne avatkaa { $link } ja syöttäkää rekisteröintitunnuksenne: { $token }
    Tunnus on voimassa { $expires_on } asti.
    .subject = Kutsu rekisteröityä IMI-järjestelmään

registration_request-email-reminder =
    Kutsunne rekisteröityä IMI-järjestelmään (lähettäjä { $coordinator_name }, { $coordinator_email }) vanhenee { $expires_on }.
    Rekisteröityäksenne avatkaa { $link }.
    .subject = Muistutus: kutsunne rekisteröityä IMI-järjestelmään vanhenee pian

registration_request-email-token_void =
    Kutsua rekisteröityä IMI-järjestelmään, jonka { $coordinator_name } ({ $coordinator_email }) lähetti teille, on muutettu. Saamanne linkki ja tunnus eivät ole enää voimassa. Saatte uuden kutsun ja uuden tunnuksen erikseen.
    .subject = IMI-rekisteröintilinkkinne ei ole enää voimassa

registration_request-email-registered =
    Viranomainen { $official_name } on rekisteröitynyt IMI-järjestelmään rekisteröintipyyntönne { $name } ({ $email }) kautta. Rekisteröinti odottaa vahvistustanne.
    .subject = Rekisteröinti odottaa vahvistustanne

registration_request-email-confirmation =
    Kiitos, että rekisteröitte viranomaisen { $official_name } ({ $informal_name }, { $country }) IMI-järjestelmään.
    Ensimmäinen käyttäjä: { $first_user_name }.
    Koordinaattorinne { $coordinator_name } vahvistaa nyt rekisteröinnin, minkä jälkeen saatte kirjautumisohjeet.
    .subject = Rekisteröintinne IMI-järjestelmään

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Viranomainen

authority-party-own = Viranomainen
authority-party-validating_coordinator = Vahvistava koordinaattori
authority-party-commission = Euroopan komissio

authority-state-pending_validation = Rekisteröinti odottaa vahvistusta
authority-state-refused = Rekisteröinti evätty
authority-state-active = Aktiivinen
authority-state-deletion_in_progress = Poisto käynnissä
authority-state-inactive = Passiivinen
authority-state-deleted = Poistettu

authority-action-register_directly = Rekisteröi viranomainen
authority-action-self_registration = Omatoiminen rekisteröityminen
authority-action-validate = Vahvista
authority-action-refuse = Epää rekisteröinti
authority-action-update_profile = Päivitä viranomaisen tiedot
authority-action-change_official_name = Muuta virallista nimeä
authority-action-translations_done = Käännökset tehty
authority-action-start_deletion = Aloita poisto
authority-action-deactivate = Aseta passiiviseksi
authority-action-purge = Poista pysyvästi

authority-field-official_name = Virallinen nimi
authority-field-country = Maa
authority-field-level = Taso (paikallinen, alueellinen, kansallinen)
authority-field-national_languages = Kansalliset kielet
authority-field-informal_name = Epävirallinen nimi
authority-field-description = Lyhyt kuvaus vastuualueista
authority-field-languages = Muut ymmärrettävät kielet
authority-field-address = Postiosoite
authority-field-phone = Puhelin
authority-field-website = Verkkosivusto
authority-field-email = Yleinen sähköpostiosoite
authority-field-new_translation_needed = Uusi käännös tarpeen
authority-field-first_user_name = Ensimmäisen käyttäjän nimi
authority-field-first_user_email = Ensimmäisen käyttäjän sähköpostiosoite
authority-field-first_user_language = Ensimmäisen käyttäjän ensisijainen työkieli
authority-field-areas = Lainsäädäntöalat
authority-field-validated_at = Vahvistettu
authority-field-refused_at = Evätty
authority-field-refusal_reason = Epäämisen syy
authority-field-deletion_started_at = Poisto aloitettu
authority-field-inactive_since = Passiivinen alkaen
authority-field-delete_at = Poistetaan

authority-input-authority_id = Olemassa oleva viranomaistunnus (vain siirto)
authority-input-reason = Syy

authority-guard-register_directly = Viranomaisen on oltava omasta maastasi, ja sillä on oltava kelvollinen yleinen sähköpostiosoite, joka ei ole minkään muun viranomaisen käytössä.
authority-guard-email = Yleinen sähköpostiosoite ei ole kelvollinen tai se on jo toisen viranomaisen käytössä.
authority-guard-translations_done = Uutta käännöstä ei ole pyydetty.

authority-email-login_instructions =
    Viranomaisen { $official_name } rekisteröinti IMI-järjestelmään on valmis.
    { $first_user_name } saa väliaikaisen salasanan erillisessä sähköpostiviestissä; käyttäjätunnuksen antaa koordinaattorinne, ei koskaan sähköpostitse. Valitkaa ensimmäisellä kirjautumiskerralla salasana ja 12-merkkinen turvakoodi.
    .subject = Viranomaisenne on rekisteröity IMI-järjestelmään: kirjautumisohjeet

authority-email-refused =
    Viranomaisen { $official_name } rekisteröinti IMI-järjestelmään evättiin. { $reason }
    Koordinaattorinne voi vielä vahvistaa sen kuuden kuukauden kuluessa; sen jälkeen se poistetaan.
    .subject = Rekisteröintinne IMI-järjestelmään evättiin

authority-email-deletion_started =
    Viranomaisen { $official_name } poistaminen IMI-järjestelmästä on aloitettu. Voitte saattaa käynnissä olevat tietojenvaihdot loppuun, mutta ette voi enää lähettää tai vastaanottaa uusia pyyntöjä.
    .subject = Viranomaisenne poistaminen IMI-järjestelmästä on aloitettu

authority-email-deactivated =
    { $official_name } on nyt passiivinen IMI-järjestelmässä. Käyttäjät voivat edelleen kirjautua ja lukea tietoja, mutta mitään uutta ei voi lähettää eikä vastaanottaa. Viranomainen poistetaan pysyvästi { $delete_on }.
    .subject = Viranomaisenne on passiivinen IMI-järjestelmässä

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Lainsäädäntöalan käyttöoikeus

area_access-party-authority = Viranomainen
area_access-party-access_coordinator = Lainsäädäntöalojen käyttöoikeuskoordinaattori

area_access-state-requested = Pyydetty
area_access-state-granted = Myönnetty
area_access-state-suspended = Keskeytetty
area_access-state-removed = Poistettu
area_access-state-reactivation_requested = Uudelleenaktivointia pyydetty
area_access-state-removed_reactivation_requested = Uudelleenaktivointia pyydetty (poistettu)
area_access-state-refused = Evätty

area_access-action-request = Pyydä lainsäädäntöalan käyttöoikeutta
area_access-action-at_registration = Käyttöoikeus rekisteröinnin yhteydessä
area_access-action-edit_keywords = Muokkaa alan asetuksia
area_access-action-coordinator_edit_keywords = Muokkaa pyytävän viranomaisen alan asetuksia
area_access-action-grant = Myönnä käyttöoikeus
area_access-action-refuse = Epää käyttöoikeus
area_access-action-suspend = Keskeytä käyttöoikeus
area_access-action-reinstate = Kumoa keskeytys
area_access-action-remove = Poista käyttöoikeus
area_access-action-request_reactivation = Pyydä uudelleenaktivointia
area_access-action-approve_reactivation = Aktivoi uudelleen
area_access-action-refuse_reactivation = Epää uudelleenaktivointi

area_access-field-area = Lainsäädäntöala
area_access-field-area_workflow = Työnkulku
area_access-field-keywords = Hakusanat
area_access-field-note = Huomautus
area_access-field-reason = Syy
area_access-field-requested_at = Pyydetty
area_access-field-granted_at = Myönnetty
area_access-field-suspended_at = Keskeytetty
area_access-field-removed_at = Poistettu
area_access-field-reactivation_requested_at = Uudelleenaktivointia pyydetty

area_access-input-coordinator = Koordinaattori, jolta käyttöoikeutta pyydetään

area_access-guard-request = Viranomaisellasi on jo käyttöoikeus tähän alaan tai se on jo pyytänyt sitä, viranomainen ei ole aktiivinen tai se on valinnut itsensä koordinaattoriksi.
area_access-guard-authority_not_active = Viranomainen ei ole aktiivinen: uutta käyttöoikeutta ei voida myöntää.

area_access-email-requested =
    Viranomainen { $authority } pyytää käyttöoikeutta lainsäädäntöalaan { $area }.
    .subject = Lainsäädäntöalan käyttöoikeutta koskeva pyyntö

area_access-email-granted =
    Viranomaisellanne on nyt käyttöoikeus lainsäädäntöalaan { $area }.
    .subject = Lainsäädäntöalan käyttöoikeus myönnetty

area_access-email-refused =
    Pyyntönne saada käyttöoikeus lainsäädäntöalaan { $area } evättiin. { $reason }
    .subject = Lainsäädäntöalan käyttöoikeus evätty

area_access-email-suspended =
    Käyttöoikeutenne lainsäädäntöalaan { $area } on keskeytetty: voitte saattaa avoimet pyynnöt loppuun, mutta ette voi aloittaa mitään uutta.
    .subject = Lainsäädäntöalan käyttöoikeus keskeytetty

area_access-email-removed =
    Käyttöoikeutenne lainsäädäntöalaan { $area } on poistettu.
    .subject = Lainsäädäntöalan käyttöoikeus poistettu

area_access-email-reactivation_requested =
    Viranomainen { $authority } pyytää käyttöoikeutensa aktivoimista uudelleen lainsäädäntöalaan { $area }.
    .subject = Pyyntö lainsäädäntöalan käyttöoikeuden aktivoimiseksi uudelleen

area_access-email-reactivated =
    Pyyntönne aktivoida uudelleen käyttöoikeutenne lainsäädäntöalaan { $area } on hyväksytty.
    .subject = Lainsäädäntöalan käyttöoikeus aktivoitu uudelleen

area_access-email-reactivation_refused =
    Pyyntönne aktivoida uudelleen käyttöoikeutenne lainsäädäntöalaan { $area } evättiin. { $reason }
    .subject = Lainsäädäntöalan käyttöoikeuden uudelleenaktivointi evätty

area_access-field-allocation = Saapuvien pyyntöjen jakaminen
area_access-field-referral_participation = Osallistuu siirtoihin
area_access-field-coordinator_sees_details = Pyyntökoordinaattorit näkevät pyyntöjen yksityiskohdat
area_access-field-approve_requests = Pyynnöt edellyttävät koordinaattorin hyväksyntää
area_access-field-approve_replies = Vastaukset edellyttävät koordinaattorin hyväksyntää
area_access-action-change_settings = Muuta asetuksia
area_access-action-change_approval = Muuta hyväksyntäasetuksia
