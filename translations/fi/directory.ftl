# Viranomaiset ja koordinaattorit: profiilit, tuonnit, viranomaisten väliset yhteydet,
# pyyntökoordinaattorit; sähköpostien alatunniste.

authority-field-economic_activities = Toimialat
authority-field-policy_areas = Politiikanalat
authority-field-coordinator = IMI-koordinaattori
authority-field-coordinated_areas = Koordinoidut lainsäädäntöalat
authority-field-region = Alue
authority-input-user_id = Ensimmäisen käyttäjän käyttäjätunnus
authority-input-temporary_password = Ensimmäisen käyttäjän väliaikainen salasana
authority-input-validating_coordinator = Vahvistava koordinaattori
authority-action-imported = Siirrä aiemmasta järjestelmästä
authority-action-update_competences = Muuta toimivaltuuksia
authority-action-designate_coordinator = Nimeä IMI-koordinaattoriksi
authority-guard-imported = Viranomainen on jo tiedossa, sen yleinen sähköpostiosoite ei ole kelvollinen tai koordinaattorin tyyppi ei ole nimic, dimic tai sdimic.
authority-guard-designate_coordinator = Koordinaattorin tyypin on oltava nimic, dimic tai sdimic.

area_access-field-professions = Ammatit
area_access-input-authority = Viranomainen
area_access-action-imported = Siirrä aiemmasta järjestelmästä

user_account-action-first_user = Rekisteröi ensimmäinen käyttäjä
user_account-action-imported = Siirrä aiemmasta järjestelmästä

wf-authority_link = Viranomaisten välinen yhteys
authority_link-party-authority = Viranomainen
authority_link-party-linked = Yhdistetty viranomainen
authority_link-field-linked_at = Yhdistetty
authority_link-state-linked = Yhdistetty
authority_link-state-unlinked = Yhteys poistettu
authority_link-action-link = Yhdistä viranomainen
authority_link-action-unlink = Poista yhteys
authority_link-input-linked = Yhdistettävä viranomainen
authority_link-guard-link = Voit yhdistää vain toisen oman maasi aktiivisen viranomaisen ja vain kerran.

wf-request_coordination = Pyyntökoordinaattori
request_coordination-party-authority = Koordinoitava viranomainen
request_coordination-party-coordinator = Pyyntökoordinaattori
request_coordination-field-area = Lainsäädäntöala
request_coordination-field-linked_at = Yhdistetty
request_coordination-state-linked = Yhdistetty
request_coordination-state-unlinked = Yhteys purettu
request_coordination-action-at_access = Yhdistä käyttöoikeuskoordinaattori
request_coordination-action-link = Yhdistä pyyntökoordinaattori
request_coordination-action-unlink = Pura yhteys pyyntökoordinaattoriin
request_coordination-input-coordinator = Koordinaattori
request_coordination-guard-link = Koordinaattorin on oltava maasi aktiivinen IMI-koordinaattori, jota ei ole vielä yhdistetty tähän alaan, ja viranomaisellasi on oltava käyttöoikeus alaan.
request_coordination-guard-unlink = Viranomaisellasi on oltava vähintään yksi pyyntökoordinaattori kullakin lainsäädäntöalalla.
request_coordination-email-linked =
    Viranomainen { $authority } on yhdistänyt viranomaisenne pyyntökoordinaattorikseen lainsäädäntöalalla { $area }.
    .subject = Uusi koordinoitava viranomainen

mail-footer = Tämä sähköpostiviesti on lähetetty automaattisesti sisämarkkinoiden tietojenvaihtojärjestelmästä (IMI). Älä vastaa tähän viestiin.

keywords-countries = Maat
keywords-levels = Tasot
keywords-languages = Kielet
