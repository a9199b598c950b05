### Téacsanna Gaeilge de phacáiste córais `core` (definitions/core):
### róil, caidrimh chomhordaitheora, agus na sreafaí oibre registration_request,
### authority agus area_access.

area-core = Córas IMI

## Róil (R-ROLES)

role-basic_user = Bunúsáideoir
role-request_handler = Láimhseálaí iarrataí
role-allocator = Leithdháileoir
role-local_data_administrator = Riarthóir sonraí áitiúil
role-data_administrator = Riarthóir sonraí
role-system_administrator = Riarthóir córais

## Caidrimh chomhordaitheora (R-ACTORS)

relation-validating = Comhordaitheoir bailíochtaithe
relation-legislation_access = Comhordaitheoir rochtana ar reachtaíocht
relation-request = Comhordaitheoir iarrataí

## Sreabhadh oibre: iarratas ar chlárú (R-REG)

wf-registration_request = Iarratas ar chlárú

registration_request-party-coordinator = Comhordaitheoir
registration_request-party-applicant = Údarás a fuair cuireadh
registration_request-party-commission = An Coimisiún Eorpach

registration_request-state-draft = Dréacht
registration_request-state-saved = Sábháilte
registration_request-state-saving_blocked = Sábháil bactha
registration_request-state-rejected = Diúltaithe
registration_request-state-sent = Seolta, ag feitheamh ar chlárú
registration_request-state-pending_validation = Clárú ag feitheamh ar bhailíochtú
registration_request-state-validated = Údarás bailíochtaithe
registration_request-state-validation_refused = Bailíochtú diúltaithe
registration_request-state-expired = Imithe in éag
registration_request-state-cancelled = Cealaithe
registration_request-state-deleted = Scriosta

registration_request-action-create = Iarratas nua ar chlárú
registration_request-action-edit = Cuir in eagar
registration_request-action-edit_sent = Cuir in eagar agus seol cuireadh nua
registration_request-action-save = Sábháil lena sheoladh
registration_request-action-stop = Stop an seoladh
registration_request-action-release = Scaoil lena sheoladh
registration_request-action-dispatch = Seol an cuireadh
registration_request-action-remind = Seol meabhrúchán
registration_request-action-expire = Cuir in éag
registration_request-action-cancel = Cealaigh
registration_request-action-discard = Scrios
registration_request-action-register = Cláraigh an t-údarás
registration_request-action-authority_validated = Údarás bailíochtaithe
registration_request-action-authority_refused = Údarás diúltaithe
registration_request-action-purge = Scrios go buan

registration_request-field-email = Ríomhphost oibre an údaráis
registration_request-field-name = Ainm (do do liosta féin amháin)
registration_request-field-areas = Réimsí reachtaíochta
registration_request-field-note = Nóta cumhdaigh
registration_request-field-country = Tír
registration_request-field-rejection_reason = Cúis an diúltaithe
registration_request-field-saved_at = Sábháilte ar
registration_request-field-dispatch_at = Le seoladh ar
registration_request-field-sent_at = Seolta ar
registration_request-field-token = Comhartha clárúcháin
registration_request-field-token_expires_at = Comhartha bailí go dtí
registration_request-field-registered_at = Cláraithe ar
registration_request-field-authority_name = Údarás cláraithe
registration_request-field-delete_at = Le scriosadh ar
registration_request-field-coordinator_name = Comhordaitheoir (mar a thaispeántar sa chuireadh)
registration_request-field-coordinator_email = Ríomhphost an chomhordaitheora (mar a thaispeántar sa chuireadh)

registration_request-input-summary_kept = Phriontáil mé an achoimre nó shábháil mé í mar dhoiciméad
registration_request-input-official_name = Ainm oifigiúil
registration_request-input-national_languages = Teangacha náisiúnta
registration_request-input-informal_name = Ainm neamhfhoirmiúil
registration_request-input-description = Cur síos gearr ar na freagrachtaí
registration_request-input-languages = Teangacha eile a thuigtear
registration_request-input-level = Leibhéal (áitiúil, réigiúnach, náisiúnta)
registration_request-input-address = Seoladh poist
registration_request-input-phone = Teileafón
registration_request-input-website = Suíomh gréasáin
registration_request-input-first_user_name = Ainm an chéad úsáideora
registration_request-input-first_user_email = Ríomhphost an chéad úsáideora
registration_request-input-first_user_language = Teanga oibre is fearr leis an gcéad úsáideoir

registration_request-rejection-malformed_email = Níl an seoladh ríomhphoist bailí.
registration_request-rejection-email_in_use = Tá an seoladh ríomhphoist in úsáid cheana ag údarás nó ag iarratas eile ar chlárú.

registration_request-guard-save = Roghnaigh réimse reachtaíochta amháin ar a laghad.
registration_request-guard-edit_sent = Níl an seoladh ríomhphoist bailí, nó tá sé in úsáid cheana ag údarás nó ag iarratas eile ar chlárú.
registration_request-guard-register = Theip ar an seiceáil slándála: tá an comhartha mícheart nó imithe in éag, níor coinníodh an achoimre, ní hionann an tír agus an tír sa chuireadh, nó tá an seoladh ríomhphoist neamhbhailí nó in úsáid cheana ag údarás.

registration_request-email-invitation =
    Tugann { $coordinator_name } ({ $coordinator_email }) cuireadh do d'údarás clárú i gCóras Faisnéise an Mhargaidh Inmheánaigh (IMI).

    { $note }

    Chun clárú, oscail { $link } agus cuir isteach do chomhartha clárúcháin: { $token }
    Tá an comhartha bailí go dtí { $expires_on }.
    .subject = Cuireadh chun clárú in IMI

registration_request-email-reminder =
    Rachaidh an cuireadh chun clárú in IMI a fuair tú ó { $coordinator_name } ({ $coordinator_email }) in éag ar { $expires_on }.
    Chun clárú, oscail { $link }.
    .subject = Meabhrúchán: rachaidh do chuireadh chun clárú in IMI in éag go luath

registration_request-email-token_void =
    Athraíodh an cuireadh chun clárú in IMI a sheol { $coordinator_name } ({ $coordinator_email }) chugat. Níl an nasc ná an comhartha a fuair tú bailí a thuilleadh. Seolfar cuireadh nua chugat ina mbeidh comhartha nua.
    .subject = Níl do nasc clárúcháin IMI bailí a thuilleadh

registration_request-email-registered =
    Chláraigh an t-údarás { $official_name } in IMI trí d'iarratas ar chlárú { $name } ({ $email }). Tá a chlárú ag feitheamh ar do bhailíochtú.
    .subject = Tá clárú ag feitheamh ar do bhailíochtú

registration_request-email-confirmation =
    Go raibh maith agat as { $official_name } ({ $informal_name }, { $country }) a chlárú in IMI.
    An chéad úsáideoir: { $first_user_name }.
    Déanfaidh do chomhordaitheoir, { $coordinator_name }, an clárú a bhailíochtú anois; ina dhiaidh sin gheobhaidh tú treoracha logála isteach.
    .subject = Do chlárú in IMI

## Sreabhadh oibre: údarás (R-CA-LIFE, R-PROFILE)

wf-authority = Údarás

authority-party-own = Údarás
authority-party-validating_coordinator = Comhordaitheoir bailíochtaithe
authority-party-commission = An Coimisiún Eorpach

authority-state-pending_validation = Clárú ag feitheamh ar bhailíochtú
authority-state-refused = Clárú diúltaithe
authority-state-active = Gníomhach
authority-state-deletion_in_progress = Scriosadh ar siúl
authority-state-inactive = Neamhghníomhach
authority-state-deleted = Scriosta

authority-action-register_directly = Cláraigh údarás
authority-action-self_registration = Féinchlárú
authority-action-validate = Bailíochtaigh
authority-action-refuse = Diúltaigh don chlárú
authority-action-update_profile = Nuashonraigh sonraí an údaráis
authority-action-change_official_name = Athraigh an t-ainm oifigiúil
authority-action-translations_done = Aistriúcháin déanta
authority-action-start_deletion = Cuir tús leis an scriosadh
authority-action-deactivate = Cuir ar neamhghníomhach
authority-action-purge = Scrios go buan

authority-field-official_name = Ainm oifigiúil
authority-field-country = Tír
authority-field-level = Leibhéal (áitiúil, réigiúnach, náisiúnta)
authority-field-national_languages = Teangacha náisiúnta
authority-field-informal_name = Ainm neamhfhoirmiúil
authority-field-description = Cur síos gearr ar na freagrachtaí
authority-field-languages = Teangacha eile a thuigtear
authority-field-address = Seoladh poist
authority-field-phone = Teileafón
authority-field-website = Suíomh gréasáin
authority-field-email = Ríomhphost ginearálta
authority-field-new_translation_needed = Aistriúchán nua ag teastáil
authority-field-first_user_name = Ainm an chéad úsáideora
authority-field-first_user_email = Ríomhphost an chéad úsáideora
authority-field-first_user_language = Teanga oibre is fearr leis an gcéad úsáideoir
authority-field-areas = Réimsí reachtaíochta
authority-field-validated_at = Bailíochtaithe ar
authority-field-refused_at = Diúltaithe ar
authority-field-refusal_reason = Cúis an diúltaithe
authority-field-deletion_started_at = Scriosadh tosaithe ar
authority-field-inactive_since = Neamhghníomhach ó
authority-field-delete_at = Le scriosadh ar

authority-input-authority_id = Aitheantas údaráis atá ann cheana (imirce amháin)
authority-input-reason = Cúis

authority-guard-register_directly = Ní mór don údarás a bheith ó do thír féin agus seoladh ríomhphoist ginearálta bailí a bheith aige nach n-úsáideann aon údarás eile.
authority-guard-email = Níl an seoladh ríomhphoist ginearálta bailí, nó tá sé in úsáid cheana ag údarás eile.
authority-guard-translations_done = Níor iarradh aon aistriúchán nua.

authority-email-login_instructions =
    Tá clárú { $official_name } in IMI críochnaithe.
    Gheobhaidh { $first_user_name } pasfhocal sealadach i ríomhphost ar leith; is é do chomhordaitheoir a thugann an t-aitheantas úsáideora, agus ní thugtar riamh trí ríomhphost é. Ag an gcéad logáil isteach, roghnaigh pasfhocal agus cód slándála 12 charachtar.
    .subject = Tá d'údarás cláraithe in IMI: treoracha logála isteach

authority-email-refused =
    Diúltaíodh do chlárú { $official_name } in IMI. { $reason }
    Is féidir le do chomhordaitheoir é a bhailíochtú fós laistigh de shé mhí; ina dhiaidh sin scriosfar é.
    .subject = Diúltaíodh do do chlárú in IMI

authority-email-deletion_started =
    Cuireadh tús le scriosadh { $official_name } ó IMI. Is féidir leat na malartuithe atá ar siúl agat a chríochnú, ach ní féidir leat iarrataí nua a sheoladh ná a fháil a thuilleadh.
    .subject = Cuireadh tús le scriosadh d'údaráis in IMI

authority-email-deactivated =
    Tá { $official_name } neamhghníomhach in IMI anois. Is féidir le húsáideoirí logáil isteach agus faisnéis a léamh fós, ach ní féidir aon rud nua a sheoladh ná a fháil. Scriosfar an t-údarás go buan ar { $delete_on }.
    .subject = Tá d'údarás neamhghníomhach in IMI

## Sreabhadh oibre: rochtain ar réimse reachtaíochta (R-ACCESS)

wf-area_access = Rochtain ar réimse reachtaíochta

area_access-party-authority = Údarás
area_access-party-access_coordinator = Comhordaitheoir rochtana ar reachtaíocht

area_access-state-requested = Iarrtha
area_access-state-granted = Deonaithe
area_access-state-suspended = Curtha ar fionraí
area_access-state-removed = Bainte
area_access-state-reactivation_requested = Athghníomhachtú iarrtha
area_access-state-removed_reactivation_requested = Athghníomhachtú iarrtha (bainte)
area_access-state-refused = Diúltaithe

area_access-action-request = Iarr rochtain ar réimse reachtaíochta
area_access-action-at_registration = Rochtain leis an gclárú
area_access-action-edit_keywords = Cuir socruithe an réimse in eagar
area_access-action-coordinator_edit_keywords = Cuir socruithe réimse an údaráis iarrthaigh in eagar
area_access-action-grant = Deonaigh rochtain
area_access-action-refuse = Diúltaigh rochtain
area_access-action-suspend = Cuir an rochtain ar fionraí
area_access-action-reinstate = Cuir deireadh leis an bhfionraí
area_access-action-remove = Bain an rochtain
area_access-action-request_reactivation = Iarr athghníomhachtú
area_access-action-approve_reactivation = Athghníomhachtaigh
area_access-action-refuse_reactivation = Diúltaigh don athghníomhachtú

area_access-field-area = Réimse reachtaíochta
area_access-field-area_workflow = Sreabhadh oibre
area_access-field-keywords = Eochairfhocail
area_access-field-note = Nóta
area_access-field-reason = Cúis
area_access-field-requested_at = Iarrtha ar
area_access-field-granted_at = Deonaithe ar
area_access-field-suspended_at = Curtha ar fionraí ar
area_access-field-removed_at = Bainte ar
area_access-field-reactivation_requested_at = Athghníomhachtú iarrtha ar

area_access-input-coordinator = Comhordaitheoir ar iarradh rochtain air

area_access-guard-request = Tá rochtain ar an réimse seo ag d'údarás cheana nó tá sí iarrtha aige, níl sé gníomhach, nó roghnaigh sé é féin mar chomhordaitheoir.
area_access-guard-authority_not_active = Níl an t-údarás gníomhach: ní féidir rochtain nua a dheonú.

area_access-email-requested =
    Tá an t-údarás { $authority } ag iarraidh rochtana ar an réimse reachtaíochta { $area }.
    .subject = Iarratas ar rochtain ar réimse reachtaíochta

area_access-email-granted =
    Tá rochtain ag d'údarás anois ar an réimse reachtaíochta { $area }.
    .subject = Rochtain ar réimse reachtaíochta deonaithe

area_access-email-refused =
    Diúltaíodh do d'iarratas ar rochtain ar an réimse reachtaíochta { $area }. { $reason }
    .subject = Rochtain ar réimse reachtaíochta diúltaithe

area_access-email-suspended =
    Cuireadh do rochtain ar an réimse reachtaíochta { $area } ar fionraí: is féidir leat iarrataí oscailte a chríochnú, ach ní féidir leat aon rud nua a thosú.
    .subject = Rochtain ar réimse reachtaíochta curtha ar fionraí

area_access-email-removed =
    Baineadh do rochtain ar an réimse reachtaíochta { $area }.
    .subject = Rochtain ar réimse reachtaíochta bainte

area_access-email-reactivation_requested =
    Tá an t-údarás { $authority } ag iarraidh go n-athghníomhachtófaí a rochtain ar an réimse reachtaíochta { $area }.
    .subject = Iarratas ar rochtain ar réimse reachtaíochta a athghníomhachtú

area_access-email-reactivated =
    Glacadh le d'iarratas ar do rochtain ar an réimse reachtaíochta { $area } a athghníomhachtú.
    .subject = Rochtain ar réimse reachtaíochta athghníomhachtaithe

area_access-email-reactivation_refused =
    Diúltaíodh do d'iarratas ar do rochtain ar an réimse reachtaíochta { $area } a athghníomhachtú. { $reason }
    .subject = Diúltaíodh d'athghníomhachtú na rochtana ar réimse reachtaíochta

area_access-field-allocation = Iarrataí isteach a leithdháileadh
area_access-field-referral_participation = Páirt a ghlacadh i dtarchuir
area_access-field-coordinator_sees_details = Feiceann comhordaitheoirí iarrataí sonraí na n-iarrataí
area_access-field-approve_requests = Ní mór don chomhordaitheoir na hiarrataí a fhaomhadh
area_access-field-approve_replies = Ní mór don chomhordaitheoir na freagraí a fhaomhadh
area_access-action-change_settings = Athraigh na socruithe
area_access-action-change_approval = Athraigh na socruithe faofa
