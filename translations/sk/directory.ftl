# Orgány a koordinátori: profily, importy, prepojenia medzi orgánmi,
# koordinátori žiadostí; päta e-mailov.

authority-field-economic_activities = Hospodárske činnosti
authority-field-policy_areas = Oblasti politiky
authority-field-coordinator = Koordinátor IMI
authority-field-coordinated_areas = Koordinované legislatívne oblasti
authority-field-region = Región
authority-input-user_id = Identifikátor prvého používateľa
authority-input-temporary_password = Dočasné heslo prvého používateľa
authority-input-validating_coordinator = Overujúci koordinátor
authority-action-imported = Prevziať z predchádzajúceho systému
authority-action-update_competences = Zmeniť právomoci
authority-action-designate_coordinator = Určiť za koordinátora IMI
authority-guard-imported = Orgán je už známy, jeho všeobecná e-mailová adresa nie je platná alebo druh koordinátora nie je nimic, dimic ani sdimic.
authority-guard-designate_coordinator = Druh koordinátora musí byť nimic, dimic alebo sdimic.

area_access-field-professions = Povolania
area_access-input-authority = Orgán
area_access-action-imported = Prevziať z predchádzajúceho systému

user_account-action-first_user = Zaregistrovať prvého používateľa
user_account-action-imported = Prevziať z predchádzajúceho systému

wf-authority_link = Prepojenie medzi orgánmi
authority_link-party-authority = Orgán
authority_link-party-linked = Prepojený orgán
authority_link-field-linked_at = Dátum prepojenia
authority_link-state-linked = Prepojené
authority_link-state-unlinked = Prepojenie zrušené
authority_link-action-link = Prepojiť orgán
authority_link-action-unlink = Zrušiť prepojenie
authority_link-input-linked = Orgán, ktorý sa má prepojiť
authority_link-guard-link = Prepojiť môžete len iný aktívny orgán z vlastnej krajiny, a to len raz.

wf-request_coordination = Koordinátor žiadostí
request_coordination-party-authority = Koordinovaný orgán
request_coordination-party-coordinator = Koordinátor žiadostí
request_coordination-field-area = Legislatívna oblasť
request_coordination-field-linked_at = Dátum prepojenia
request_coordination-state-linked = Prepojený
request_coordination-state-unlinked = Odpojený
request_coordination-action-at_access = Prepojiť koordinátora prístupu k legislatíve
request_coordination-action-link = Prepojiť koordinátora žiadostí
request_coordination-action-unlink = Odpojiť koordinátora žiadostí
request_coordination-input-coordinator = Koordinátor
request_coordination-guard-link = Koordinátor musí byť aktívny koordinátor IMI z vašej krajiny, ktorý ešte nie je prepojený pre túto oblasť, a váš orgán musí mať prístup k tejto oblasti.
request_coordination-guard-unlink = Váš orgán si musí v každej legislatívnej oblasti ponechať aspoň jedného koordinátora žiadostí.
request_coordination-email-linked =
    Orgán { $authority } prepojil váš orgán ako svojho koordinátora žiadostí pre legislatívnu oblasť { $area }.
    .subject = Nový koordinovaný orgán

mail-footer = Tento e-mail bol odoslaný automaticky informačným systémom o vnútornom trhu (IMI). Prosím, neodpovedajte naň.

keywords-countries = Krajiny
keywords-levels = Úrovne
keywords-languages = Jazyky
