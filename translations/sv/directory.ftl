# Myndigheter och samordnare: profiler, importer, kopplingar mellan myndigheter,
# samordnare för förfrågningar; sidfoten i e-postmeddelanden.

authority-field-economic_activities = Ekonomiska verksamheter
authority-field-policy_areas = Politikområden
authority-field-coordinator = IMI-samordnare
authority-field-coordinated_areas = Samordnade lagstiftningsområden
authority-field-region = Region
authority-input-user_id = Den första användarens användar-id
authority-input-temporary_password = Den första användarens tillfälliga lösenord
authority-input-validating_coordinator = Validerande samordnare
authority-action-imported = Överta från det tidigare systemet
authority-action-update_competences = Ändra befogenheter
authority-action-designate_coordinator = Utse till IMI-samordnare
authority-guard-imported = Myndigheten är redan känd, dess allmänna e-postadress är inte giltig eller samordnartypen är inte nimic, dimic eller sdimic.
authority-guard-designate_coordinator = Samordnartypen måste vara nimic, dimic eller sdimic.

area_access-field-professions = Yrken
area_access-input-authority = Myndighet
area_access-action-imported = Överta från det tidigare systemet

user_account-action-first_user = Registrera den första användaren
user_account-action-imported = Överta från det tidigare systemet

wf-authority_link = Koppling mellan myndigheter
authority_link-party-authority = Myndighet
authority_link-party-linked = Kopplad myndighet
authority_link-field-linked_at = Kopplad den
authority_link-state-linked = Kopplad
authority_link-state-unlinked = Koppling borttagen
authority_link-action-link = Koppla en myndighet
authority_link-action-unlink = Ta bort kopplingen
authority_link-input-linked = Myndighet att koppla
authority_link-guard-link = Ni kan bara koppla en annan aktiv myndighet i ert eget land, och bara en gång.

wf-request_coordination = Samordnare för förfrågningar
request_coordination-party-authority = Samordnad myndighet
request_coordination-party-coordinator = Samordnare för förfrågningar
request_coordination-field-area = Lagstiftningsområde
request_coordination-field-linked_at = Kopplad den
request_coordination-state-linked = Kopplad
request_coordination-state-unlinked = Frånkopplad
request_coordination-action-at_access = Koppla samordnaren för lagstiftningsåtkomst
request_coordination-action-link = Koppla en samordnare för förfrågningar
request_coordination-action-unlink = Koppla från samordnaren för förfrågningar
request_coordination-input-coordinator = Samordnare
request_coordination-guard-link = Samordnaren måste vara en aktiv IMI-samordnare i ert land som ännu inte är kopplad för detta område, och er myndighet måste ha åtkomst till området.
request_coordination-guard-unlink = Er myndighet måste behålla minst en samordnare för förfrågningar inom varje lagstiftningsområde.
request_coordination-email-linked =
    Myndigheten { $authority } har kopplat er myndighet som sin samordnare för förfrågningar inom lagstiftningsområdet { $area }.
    .subject = Ny samordnad myndighet

mail-footer = Detta e-postmeddelande har skickats automatiskt av informationssystemet för den inre marknaden (IMI). Svara inte på det.

keywords-countries = Länder
keywords-levels = Nivåer
keywords-languages = Språk
