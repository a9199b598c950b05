# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Coinnigh na sonraí ginearálta cothrom le dáta: ainm neamhfhoirmiúil, cur síos, teangacha, sonraí teagmhála agus ríomhphost
checklist-competences = Déan cur síos ar na hinniúlachtaí: gníomhaíochtaí eacnamaíocha agus réimsí beartais
checklist-area_keywords = Roghnaigh eochairfhocail gach réimse reachtaíochta
checklist-linked_authorities = Nasc na húdaráis ghaolmhara i do thír
checklist-request_coordinators = Nasc na comhordaitheoirí iarrataí
checklist-departments = Socraigh cé na ranna a úsáidfidh IMI
checklist-substitute_users = Socraigh cé mhéad úsáideoir eile atá de dhíth ort (ionadaí amháin ar a laghad)
checklist-allocation = Socraigh an ndéanfar iarrataí isteach a leithdháileadh ar láimhseálaithe iarrataí
checklist-roles = Tabhair ról do gach úsáideoir
checklist-register_users = Cláraigh na húsáideoirí
checklist-tell_user_ids = Inis do na húsáideoirí cad iad a n-aitheantais úsáideora
checklist-users_logged_in = Cinntigh go logálann na húsáideoirí isteach
checklist-data_administrator = Comhordaitheoirí: socraigh cé hé an riarthóir sonraí
checklist-referral_participation = Comhordaitheoirí: socraigh an nglacfaidh tú páirt i dtarchuir
checklist-approval = Comhordaitheoirí: socraigh an bhfaomhfaidh tú iarrataí agus freagraí na n-údarás a chomhordaíonn tú
