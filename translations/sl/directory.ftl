# Organi in koordinatorji: profili, uvozi, povezave med organi,
# koordinatorji za zahteve; noga e-poštnih sporočil.

authority-field-economic_activities = Gospodarske dejavnosti
authority-field-policy_areas = Področja politike
authority-field-coordinator = Koordinator IMI
authority-field-coordinated_areas = Koordinirana zakonodajna področja
authority-field-region = Regija
authority-input-user_id = Uporabniški ID prvega uporabnika
authority-input-temporary_password = Začasno geslo prvega uporabnika
authority-input-validating_coordinator = Koordinator za potrjevanje
authority-action-imported = Prevzemi iz prejšnjega sistema
authority-action-update_competences = Spremeni pristojnosti
authority-action-designate_coordinator = Imenuj za koordinatorja IMI
authority-guard-imported = Organ je že znan, njegov splošni e-naslov ni veljaven ali pa vrsta koordinatorja ni nimic, dimic ali sdimic.
authority-guard-designate_coordinator = Vrsta koordinatorja mora biti nimic, dimic ali sdimic.

area_access-field-professions = Poklici
area_access-input-authority = Organ
area_access-action-imported = Prevzemi iz prejšnjega sistema

user_account-action-first_user = Registriraj prvega uporabnika
user_account-action-imported = Prevzemi iz prejšnjega sistema

wf-authority_link = Povezava med organi
authority_link-party-authority = Organ
authority_link-party-linked = Povezani organ
authority_link-field-linked_at = Datum povezave
authority_link-state-linked = Povezano
authority_link-state-unlinked = Povezava odstranjena
authority_link-action-link = Poveži organ
authority_link-action-unlink = Odstrani povezavo
authority_link-input-linked = Organ za povezavo
authority_link-guard-link = Povežete lahko le drug aktiven organ iz svoje države, in to samo enkrat.

wf-request_coordination = Koordinator za zahteve
request_coordination-party-authority = Koordinirani organ
request_coordination-party-coordinator = Koordinator za zahteve
request_coordination-field-area = Zakonodajno področje
request_coordination-field-linked_at = Datum povezave
request_coordination-state-linked = Povezan
request_coordination-state-unlinked = Povezava prekinjena
request_coordination-action-at_access = Poveži koordinatorja za dostop do zakonodaje
request_coordination-action-link = Poveži koordinatorja za zahteve
request_coordination-action-unlink = Prekini povezavo s koordinatorjem za zahteve
request_coordination-input-coordinator = Koordinator
request_coordination-guard-link = Koordinator mora biti aktiven koordinator IMI iz vaše države, ki za to področje še ni povezan, vaš organ pa mora imeti dostop do tega področja.
request_coordination-guard-unlink = Vaš organ mora na vsakem zakonodajnem področju obdržati vsaj enega koordinatorja za zahteve.
request_coordination-email-linked =
    Organ { $authority } je vaš organ povezal kot svojega koordinatorja za zahteve za zakonodajno področje { $area }.
    .subject = Nov koordinirani organ

mail-footer = To e-poštno sporočilo je samodejno poslal informacijski sistem za notranji trg (IMI). Nanj ne odgovarjajte.

keywords-countries = Države
keywords-levels = Ravni
keywords-languages = Jeziki
