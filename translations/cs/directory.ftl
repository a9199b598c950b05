# Orgány a koordinátoři: profily, importy, propojení mezi orgány,
# koordinátoři žádostí; zápatí e-mailů.

authority-field-economic_activities = Hospodářské činnosti
authority-field-policy_areas = Oblasti politiky
authority-field-coordinator = Koordinátor IMI
authority-field-coordinated_areas = Koordinované legislativní oblasti
authority-field-region = Region
authority-input-user_id = Uživatelské jméno prvního uživatele
authority-input-temporary_password = Dočasné heslo prvního uživatele
authority-input-validating_coordinator = Ověřující koordinátor
authority-action-imported = Převzít z předchozího systému
authority-action-update_competences = Změnit působnost
authority-action-designate_coordinator = Určit jako koordinátora IMI
authority-guard-imported = Orgán je již znám, jeho obecná e-mailová adresa není platná nebo druh koordinátora není nimic, dimic ani sdimic.
authority-guard-designate_coordinator = Druh koordinátora musí být nimic, dimic nebo sdimic.

area_access-field-professions = Povolání
area_access-input-authority = Orgán
area_access-action-imported = Převzít z předchozího systému

user_account-action-first_user = Zaregistrovat prvního uživatele
user_account-action-imported = Převzít z předchozího systému

wf-authority_link = Propojení mezi orgány
authority_link-party-authority = Orgán
authority_link-party-linked = Propojený orgán
authority_link-field-linked_at = Propojeno dne
authority_link-state-linked = Propojeno
authority_link-state-unlinked = Propojení odebráno
authority_link-action-link = Propojit orgán
authority_link-action-unlink = Odebrat propojení
authority_link-input-linked = Orgán k propojení
authority_link-guard-link = Propojit lze pouze jiný aktivní orgán z vaší země, a to pouze jednou.

wf-request_coordination = Koordinátor žádostí
request_coordination-party-authority = Koordinovaný orgán
request_coordination-party-coordinator = Koordinátor žádostí
request_coordination-field-area = Legislativní oblast
request_coordination-field-linked_at = Propojeno dne
request_coordination-state-linked = Propojeno
request_coordination-state-unlinked = Propojení zrušeno
request_coordination-action-at_access = Propojit koordinátora přístupu
request_coordination-action-link = Propojit koordinátora žádostí
request_coordination-action-unlink = Zrušit propojení s koordinátorem žádostí
request_coordination-input-coordinator = Koordinátor
request_coordination-guard-link = Koordinátor musí být aktivním koordinátorem IMI z vaší země, který pro tuto oblast dosud není propojen, a váš orgán musí mít k této oblasti přístup.
request_coordination-guard-unlink = Váš orgán si musí v každé legislativní oblasti ponechat alespoň jednoho koordinátora žádostí.
request_coordination-email-linked =
    Orgán { $authority } propojil váš orgán jako svého koordinátora žádostí pro legislativní oblast { $area }.
    .subject = Nový koordinovaný orgán

mail-footer = Tento e-mail byl automaticky odeslán systémem pro výměnu informací o vnitřním trhu (IMI). Neodpovídejte na něj prosím.

keywords-countries = Země
keywords-levels = Úrovně
keywords-languages = Jazyky
