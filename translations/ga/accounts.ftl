### Téacsanna Gaeilge na gcuntas úsáideora (definitions/core/workflows/user_account.yaml):
### clárú, logáil isteach, blocáil agus athshocruithe (R-LOGIN, R-ROLES).
### Tá na róil féin (role-*) in core.ftl.

## Sreabhadh oibre: cuntas úsáideora (R-LOGIN)

wf-user_account = Cuntas úsáideora

user_account-party-authority = Údarás an úsáideora
user_account-party-validating_coordinator = Comhordaitheoir bailíochtaithe

user_account-state-registered = Cláraithe, ag feitheamh ar an gcéad logáil isteach
user_account-state-active = Gníomhach
user_account-state-blocked = Blocáilte
user_account-state-removed = Bainte

user_account-action-register = Cláraigh úsáideoir
user_account-action-first_login = An chéad logáil isteach
user_account-action-login_succeeded = Logáil isteach
user_account-action-login_failed = Pasfhocal nó cód slándála mícheart
user_account-action-reset = Eisigh pasfhocal sealadach nua
user_account-action-reset_only_lda = Eisigh pasfhocal sealadach nua (an t-aon riarthóir sonraí áitiúil)
user_account-action-change_roles = Athraigh na róil
user_account-action-change_user_id = Athraigh an t-aitheantas úsáideora
user_account-action-update_contact = Nuashonraigh na sonraí teagmhála
user_account-action-remove = Bain an t-úsáideoir

user_account-field-user_id = Aitheantas úsáideora
user_account-field-name = Ainm
user_account-field-email = Ríomhphost aonair
user_account-field-phone = Teileafón
user_account-field-language = Teanga oibre is fearr leis an úsáideoir
user_account-field-roles = Róil
user_account-field-failures = Iontrálacha míchearta ón logáil isteach dheireanach
user_account-field-registered_at = Cláraithe ar
user_account-field-temporary_password_sent_at = Pasfhocal sealadach seolta ar
user_account-field-password_changed_at = Pasfhocal roghnaithe ar
user_account-field-last_login_at = Logáil isteach dheireanach
user_account-field-blocked_at = Blocáilte ar

user_account-input-temporary_password = Pasfhocal sealadach

## Diúltuithe

user_account-guard-register = Ní féidir an t-úsáideoir a chlárú: d'fhéadfadh sé go bhfuil an t-aitheantas úsáideora tógtha cheana (tá aitheantais úsáideora uathúil, beag beann ar chás na litreacha), d'fhéadfadh sé go bhfuil an seoladh ríomhphoist míchumtha, ní mór don teanga a bheith ar cheann de na 24 theanga oifigiúla, agus ní mór ról amháin ar a laghad a bheith ag an úsáideoir.
user_account-guard-user_id_taken = Tá an t-aitheantas úsáideora seo tógtha cheana (tá aitheantais úsáideora uathúil, beag beann ar chás na litreacha). Roghnaigh ceann eile.
user_account-guard-reset_only_lda = Ní féidir ach le riarthóir sonraí an chomhordaitheora bailíochtaithe é seo a dhéanamh, agus sin amháin don aon riarthóir sonraí áitiúil atá ag an údarás; tá riarthóir sonraí áitiúil gníomhach eile ag an údarás seo, agus is féidir leis sin an pasfhocal sealadach nua a eisiúint.
user_account-guard-change_roles = Ní mór ról amháin ar a laghad a bheith ag úsáideoir, agus ní mór don údarás riarthóir sonraí áitiúil gníomhach amháin ar a laghad a choinneáil.
user_account-guard-remove = Ní mór don údarás riarthóir sonraí áitiúil gníomhach amháin ar a laghad a choinneáil.
user_account-guard-update_contact = Tá an seoladh ríomhphoist míchumtha, nó ní ceann de na 24 theanga oifigiúla í an teanga.

## Ríomhphoist (riamh leis an aitheantas úsáideora: cuirtear in iúl é ar bhealach eile)

user_account-email-temporary-password =
    A { $name }, a chara,

    is é seo do phasfhocal sealadach do Chóras Faisnéise an Mhargaidh Inmheánaigh (IMI): { $temporary_password }

    Níl d'aitheantas úsáideora sa ríomhphost seo: tabharfaidh an duine a chláraigh thú duit é. An chéad uair eile a logálfaidh tú isteach, cuir isteach an t-aitheantas úsáideora agus an pasfhocal sealadach seo, ansin roghnaigh do phasfhocal féin (8 gcarachtar ar a laghad, le litreacha beaga, ceannlitreacha agus digit) agus cód slándála nua 12 charachtar (na rialacha céanna). Tá an dá cheann cásíogair.
    .subject = Do phasfhocal sealadach IMI

user_account-email-blocked =
    A { $name }, a chara,

    blocáladh do chuntas IMI tar éis cúig iontráil mhíchearta den phasfhocal nó den chód slándála. Iarr pasfhocal sealadach nua ar riarthóir sonraí áitiúil d'údaráis (más tusa an t-aon riarthóir sonraí áitiúil atá aige, iarr ar do chomhordaitheoir bailíochtaithe é).
    .subject = Tá do chuntas IMI blocáilte

user_account-input-authority = Údarás an úsáideora
