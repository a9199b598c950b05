# Údaráis agus comhordaitheoirí: próifílí, iompórtálacha, naisc idir údaráis,
# comhordaitheoirí iarrataí; buntásc an ríomhphoist.

authority-field-economic_activities = Gníomhaíochtaí eacnamaíocha
authority-field-policy_areas = Réimsí beartais
authority-field-coordinator = Comhordaitheoir IMI
authority-field-coordinated_areas = Réimsí reachtaíochta comhordaithe
authority-field-region = Réigiún
authority-input-user_id = Aitheantas úsáideora an chéad úsáideora
authority-input-temporary_password = Pasfhocal sealadach an chéad úsáideora
authority-input-validating_coordinator = Comhordaitheoir bailíochtaithe
authority-action-imported = Glac ar láimh ón seanchóras
authority-action-update_competences = Athraigh na hinniúlachtaí
authority-action-designate_coordinator = Ainmnigh mar chomhordaitheoir IMI
authority-guard-imported = Tá an t-údarás ar eolas cheana, níl a sheoladh ríomhphoist ginearálta bailí, nó ní nimic, dimic ná sdimic an cineál comhordaitheora.
authority-guard-designate_coordinator = Ní mór nimic, dimic nó sdimic a bheith mar chineál an chomhordaitheora.

area_access-field-professions = Gairmeacha
area_access-input-authority = Údarás
area_access-action-imported = Glac ar láimh ón seanchóras

user_account-action-first_user = Cláraigh an chéad úsáideoir
user_account-action-imported = Glac ar láimh ón seanchóras

wf-authority_link = Nasc idir údaráis
authority_link-party-authority = Údarás
authority_link-party-linked = Údarás nasctha
authority_link-field-linked_at = Nasctha ar
authority_link-state-linked = Nasctha
authority_link-state-unlinked = Nasc bainte
authority_link-action-link = Nasc údarás
authority_link-action-unlink = Bain an nasc
authority_link-input-linked = Údarás le nascadh
authority_link-guard-link = Ní féidir leat ach údarás gníomhach eile de do thír féin a nascadh, agus sin uair amháin.

wf-request_coordination = Comhordaitheoir iarrataí
request_coordination-party-authority = Údarás comhordaithe
request_coordination-party-coordinator = Comhordaitheoir iarrataí
request_coordination-field-area = Réimse reachtaíochta
request_coordination-field-linked_at = Nasctha ar
request_coordination-state-linked = Nasctha
request_coordination-state-unlinked = Dínasctha
request_coordination-action-at_access = Nasc an comhordaitheoir rochtana
request_coordination-action-link = Nasc comhordaitheoir iarrataí
request_coordination-action-unlink = Dínasc an comhordaitheoir iarrataí
request_coordination-input-coordinator = Comhordaitheoir
request_coordination-guard-link = Ní mór gur comhordaitheoir IMI gníomhach de do thír féin é an comhordaitheoir, nach bhfuil nasctha fós don réimse seo, agus ní mór rochtain ar an réimse a bheith ag d'údarás.
request_coordination-guard-unlink = Coinníonn d'údarás comhordaitheoir iarrataí amháin ar a laghad i ngach réimse reachtaíochta.
request_coordination-email-linked =
    Nasc an t-údarás { $authority } d'údarás mar a chomhordaitheoir iarrataí don réimse reachtaíochta { $area }.
    .subject = Údarás comhordaithe nua

mail-footer = Sheol Córas Faisnéise an Mhargaidh Inmheánaigh (IMI) an ríomhphost seo go huathoibríoch. Ná freagair é, le do thoil.

keywords-countries = Tíortha
keywords-levels = Leibhéil
keywords-languages = Teangacha
