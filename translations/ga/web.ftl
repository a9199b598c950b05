# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Córas Faisnéise an Mhargaidh Inmheánaigh
web-skip-to-content = Téigh chuig an ábhar
web-nav-label = Príomhroghchlár
web-nav-tasks = Mo thascanna
web-nav-search = Aimsigh údarás
web-logout = Logáil amach
web-language = Teanga
web-language-apply = Athraigh
web-yes = Tá
web-no = Níl

web-login-title = Logáil isteach
web-login-user-id = Aitheantas úsáideora
web-login-password = Pasfhocal
web-login-next = Ar aghaidh
web-login-submit = Logáil isteach
web-login-wrong = Tá an t-aitheantas úsáideora, an pasfhocal nó carachtair an chóid slándála mícheart.
web-login-blocked = Tá do chuntas blocáilte tar éis cúig iontráil mhíchearta. Is féidir le riarthóir sonraí áitiúil d'údaráis pasfhocal sealadach nua a eisiúint duit.
web-login-too-many = An iomarca iarrachtaí logála isteach ón seoladh seo. Fan nóiméad agus bain triail eile as.
web-login-expired = Tá an chéim logála isteach seo imithe in éag. Tosaigh arís.
web-code-title = Cód slándála
web-code-intro = Clóscríobh carachtair do chóid slándála ag na háiteanna a iarrtar.
web-code-character = Carachtar { $position } de do chód slándála
web-first-title = Roghnaigh do phasfhocal agus do chód slándála
web-first-intro = Is é seo an chéad uair a logálann tú isteach (nó athshocraíodh do phasfhocal): roghnaigh pasfhocal agus cód slándála 12 charachtar. Gach uair a logálfaidh tú isteach, iarrfar trí cinn dá charachtair ort.
web-first-password = Pasfhocal nua
web-first-password-again = Pasfhocal nua arís
web-first-security-code = Cód slándála (12 charachtar)
web-first-security-code-hint = Litreacha agus digití; coinnigh faoi rún é, díreach cosúil leis an bpasfhocal.
web-first-mismatch = Níl an dá phasfhocal mar a chéile.

web-tasks-title = Mo thascanna
web-tasks-count =
    { $count ->
        [one] Tá tasc amháin ag fanacht leat
        [two] Tá dhá thasc ag fanacht leat
        [few] Tá { $count } thasc ag fanacht leat
        [many] Tá { $count } dtasc ag fanacht leat
       *[other] Tascanna ag fanacht leat: { $count }
    }
web-tasks-none = Níl aon rud ag fanacht leat faoi láthair.
web-tasks-what = Iarratas
web-tasks-state = Stádas
web-tasks-due = Spriocdháta
web-tasks-overdue = thar téarma

web-search-title = Aimsigh údarás
web-search-query = Cad a dhéanann an t-údarás? (in aon teanga)
web-search-country = Tír
web-search-country-hint = Cód dhá litir, m.sh. PT
web-search-area = Réimse reachtaíochta
web-search-level = Leibhéal
web-search-any = Aon cheann
web-search-submit = Cuardaigh
web-search-found =
    { $count ->
        [0] Níor aimsíodh aon údarás
        [one] Aimsíodh údarás amháin
        [two] Aimsíodh dhá údarás
        [few] Aimsíodh { $count } údarás
        [many] Údaráis aimsithe: { $count }
       *[other] Údaráis aimsithe: { $count }
    }

web-authority-title = Údarás

web-request-title = Iarratas
web-request-parties = Páirtithe agus sonraí
web-request-actions = Cad is féidir leat a dhéanamh
web-request-timeline = Amlíne
web-timeline-system = IMI (uathoibríoch)
web-machine-translation = Meaisínaistriúchán (bunteanga: { $language })
web-untranslated = Bunteanga: { $language }; níl aon mheaisínaistriúchán ar fáil
web-personal-data = Sonraí pearsanta: ní thaispeántar iad ach do pháirtithe an mhalartaithe
web-personal-data-mark = sonraí pearsanta

web-error-title = Tharla earráid
web-error-not-found = Níl an leathanach seo ann, nó níl cead agat é a fheiceáil.
web-error-csrf = Tá an fhoirm seo imithe in éag nó níor tháinig sí ón suíomh seo. Téigh siar, athlódáil an leathanach agus bain triail eile as.
web-error-home = Téigh chuig an leathanach tosaigh
