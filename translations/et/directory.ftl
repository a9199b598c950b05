# Asutused ja koordinaatorid: profiilid, importimine, asutustevahelised seosed,
# taotluste koordinaatorid; e-kirjade jalus.

authority-field-economic_activities = Majandustegevusalad
authority-field-policy_areas = Poliitikavaldkonnad
authority-field-coordinator = IMI koordinaator
authority-field-coordinated_areas = Koordineeritavad õigusvaldkonnad
authority-field-region = Piirkond
authority-input-user_id = Esimese kasutaja kasutajatunnus
authority-input-temporary_password = Esimese kasutaja ajutine salasõna
authority-input-validating_coordinator = Kinnitav koordinaator
authority-action-imported = Võta üle varasemast süsteemist
authority-action-update_competences = Muuda pädevusi
authority-action-designate_coordinator = Määra IMI koordinaatoriks
authority-guard-imported = Asutus on juba teada, selle üldine e-posti aadress ei ole kehtiv või koordinaatori liik ei ole nimic, dimic ega sdimic.
authority-guard-designate_coordinator = Koordinaatori liik peab olema nimic, dimic või sdimic.

area_access-field-professions = Kutsealad
area_access-input-authority = Asutus
area_access-action-imported = Võta üle varasemast süsteemist

user_account-action-first_user = Registreeri esimene kasutaja
user_account-action-imported = Võta üle varasemast süsteemist

wf-authority_link = Asutustevaheline seos
authority_link-party-authority = Asutus
authority_link-party-linked = Seotud asutus
authority_link-field-linked_at = Seotud
authority_link-state-linked = Seotud
authority_link-state-unlinked = Seos eemaldatud
authority_link-action-link = Seo asutus
authority_link-action-unlink = Eemalda seos
authority_link-input-linked = Seotav asutus
authority_link-guard-link = Saate siduda ainult teise oma riigi aktiivse asutuse ja ainult üks kord.

wf-request_coordination = Taotluste koordinaator
request_coordination-party-authority = Koordineeritav asutus
request_coordination-party-coordinator = Taotluste koordinaator
request_coordination-field-area = Õigusvaldkond
request_coordination-field-linked_at = Seotud
request_coordination-state-linked = Seotud
request_coordination-state-unlinked = Seos lõpetatud
request_coordination-action-at_access = Seo juurdepääsu koordinaator
request_coordination-action-link = Seo taotluste koordinaator
request_coordination-action-unlink = Lõpeta seos taotluste koordinaatoriga
request_coordination-input-coordinator = Koordinaator
request_coordination-guard-link = Koordinaator peab olema teie riigi aktiivne IMI koordinaator, kes ei ole selle valdkonna jaoks veel seotud, ja teie asutusel peab olema juurdepääs sellele valdkonnale.
request_coordination-guard-unlink = Teie asutusel peab igas õigusvaldkonnas jääma alles vähemalt üks taotluste koordinaator.
request_coordination-email-linked =
    Asutus { $authority } sidus teie asutuse oma taotluste koordinaatoriks õigusvaldkonnas { $area }.
    .subject = Uus koordineeritav asutus

mail-footer = See e-kiri saadeti automaatselt siseturu infosüsteemist (IMI). Palun ärge sellele vastake.

keywords-countries = Riigid
keywords-levels = Tasandid
keywords-languages = Keeled
