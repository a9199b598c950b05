# Awtoritajiet u koordinaturi: profili, trasferimenti, rabtiet bejn awtoritajiet,
# koordinaturi tat-talbiet; il-footer tal-messaġġi elettroniċi.

authority-field-economic_activities = Attivitajiet ekonomiċi
authority-field-policy_areas = Oqsma ta' politika
authority-field-coordinator = Koordinatur tal-IMI
authority-field-coordinated_areas = Oqsma leġiżlattivi kkoordinati
authority-field-region = Reġjun
authority-input-user_id = L-ID tal-utent tal-ewwel utent
authority-input-temporary_password = Il-password temporanja tal-ewwel utent
authority-input-validating_coordinator = Koordinatur tal-validazzjoni
authority-action-imported = Ittrasferixxi mis-sistema preċedenti
authority-action-update_competences = Ibdel il-kompetenzi
authority-action-designate_coordinator = Aħtar bħala koordinatur tal-IMI
authority-guard-imported = L-awtorità diġà magħrufa, l-indirizz elettroniku ġenerali tagħha mhuwiex validu, jew it-tip ta' koordinatur mhuwiex nimic, dimic jew sdimic.
authority-guard-designate_coordinator = It-tip ta' koordinatur irid ikun nimic, dimic jew sdimic.

area_access-field-professions = Professjonijiet
area_access-input-authority = Awtorità
area_access-action-imported = Ittrasferixxi mis-sistema preċedenti

user_account-action-first_user = Irreġistra l-ewwel utent
user_account-action-imported = Ittrasferixxi mis-sistema preċedenti

wf-authority_link = Rabta bejn awtoritajiet
authority_link-party-authority = Awtorità
authority_link-party-linked = Awtorità marbuta
authority_link-field-linked_at = Data tar-rabta
authority_link-state-linked = Marbuta
authority_link-state-unlinked = Rabta mneħħija
authority_link-action-link = Orbot awtorità
authority_link-action-unlink = Neħħi r-rabta
authority_link-input-linked = Awtorità li trid tintrabat
authority_link-guard-link = Tista' torbot biss awtorità attiva oħra ta' pajjiżek, u darba biss.

wf-request_coordination = Koordinatur tat-talbiet
request_coordination-party-authority = Awtorità kkoordinata
request_coordination-party-coordinator = Koordinatur tat-talbiet
request_coordination-field-area = Qasam leġiżlattiv
request_coordination-field-linked_at = Data tar-rabta
request_coordination-state-linked = Marbut
request_coordination-state-unlinked = Mhux marbut aktar
request_coordination-action-at_access = Orbot il-koordinatur tal-aċċess
request_coordination-action-link = Orbot koordinatur tat-talbiet
request_coordination-action-unlink = Aqta' r-rabta mal-koordinatur tat-talbiet
request_coordination-input-coordinator = Koordinatur
request_coordination-guard-link = Il-koordinatur irid ikun koordinatur tal-IMI attiv ta' pajjiżek, li għadu mhux marbut għal dan il-qasam, u l-awtorità tiegħek trid ikollha aċċess għall-qasam.
request_coordination-guard-unlink = L-awtorità tiegħek iżżomm mill-inqas koordinatur tat-talbiet wieħed f'kull qasam leġiżlattiv.
request_coordination-email-linked =
    L-awtorità { $authority } rabtet lill-awtorità tiegħek bħala l-koordinatur tat-talbiet tagħha għall-qasam leġiżlattiv { $area }.
    .subject = Awtorità kkoordinata ġdida

mail-footer = Dan il-messaġġ elettroniku ntbagħat awtomatikament mis-Sistema ta' Informazzjoni tas-Suq Intern (IMI). Jekk jogħġbok, tweġibx għalih.

keywords-countries = Pajjiżi
keywords-levels = Livelli
keywords-languages = Lingwi
