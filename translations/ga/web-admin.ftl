# The web application: my authority (profile, area settings, users).

web-nav-admin = M'údarás
web-admin-title = M'údarás
web-admin-profile = Próifíl
web-admin-profile-hint = sonraí ginearálta, sonraí teagmhála agus inniúlachtaí, mar a fheiceann údaráis eile iad
web-admin-areas = Réimsí reachtaíochta agus a socruithe
web-admin-settings-change = Féach ar na socruithe agus athraigh iad
web-admin-settings-see = Féach ar na socruithe
web-admin-no-areas = Níl rochtain ag d'údarás ar aon réimse reachtaíochta fós.
web-admin-users = Úsáideoirí m'údaráis
web-admin-name = Ainm
web-admin-roles = Róil
web-admin-register = Cláraigh úsáideoir
web-admin-roles-hint = Róil: ceann amháin in aghaidh an líne nó scartha le camóga, m.sh. request_handler, nó request_handler@professional-qualifications do réimse amháin.
web-admin-register-submit = Cláraigh
web-admin-registered = Tá an t-úsáideoir cláraithe leis an aitheantas úsáideora { $user_id }. Ní mór duit féin é a chur in iúl don úsáideoir: ní sheoltar riamh trí ríomhphost é. Seoltar an pasfhocal sealadach chuig seoladh ríomhphoist an úsáideora.
