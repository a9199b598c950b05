# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Sistema ta' Informazzjoni tas-Suq Intern
web-skip-to-content = Aqbeż għall-kontenut
web-nav-label = Menu ewlieni
web-nav-tasks = Il-kompiti tiegħi
web-nav-search = Fittex awtorità
web-logout = Oħroġ mis-sistema
web-language = Lingwa
web-language-apply = Biddel
web-yes = Iva
web-no = Le

web-login-title = Idħol fis-sistema
web-login-user-id = ID tal-utent
web-login-password = Password
web-login-next = Kompli
web-login-submit = Idħol
web-login-wrong = L-ID tal-utent, il-password jew il-karattri tal-kodiċi tas-sigurtà huma żbaljati.
web-login-blocked = Il-kont tiegħek ġie mblukkat wara ħames daħliet żbaljati. L-amministratur lokali tad-data tal-awtorità tiegħek jista' joħroġlok password temporanja ġdida.
web-login-too-many = Saru wisq tentattivi ta' dħul minn dan l-indirizz. Stenna minuta u erġa' pprova.
web-login-expired = Dan il-pass tad-dħul skada. Erġa' ibda mill-ġdid.
web-code-title = Kodiċi tas-sigurtà
web-code-intro = Daħħal il-karattri tal-kodiċi tas-sigurtà tiegħek fil-pożizzjonijiet mitluba.
web-code-character = Karattru nru { $position } tal-kodiċi tas-sigurtà tiegħek
web-first-title = Agħżel il-password u l-kodiċi tas-sigurtà tiegħek
web-first-intro = Dan huwa l-ewwel dħul tiegħek fis-sistema (jew il-password tiegħek ġiet issettjata mill-ġdid): agħżel password u kodiċi tas-sigurtà ta' 12-il karattru. F'kull dħul se jintalbu minnek tlieta mill-karattri tiegħu.
web-first-password = Password ġdida
web-first-password-again = Erġa' daħħal il-password il-ġdida
web-first-security-code = Kodiċi tas-sigurtà (12-il karattru)
web-first-security-code-hint = Ittri u ċifri; żommu sigriet, bħall-password.
web-first-mismatch = Iż-żewġ passwords mhumiex l-istess.

web-tasks-title = Il-kompiti tiegħi
web-tasks-count =
    { $count ->
        [one] Għandek kompitu wieħed pendenti
        [two] Għandek żewġ kompiti pendenti
        [few] Għandek { $count } kompiti pendenti
        [many] Għandek { $count } kompitu pendenti
       *[other] Għandek { $count } kompitu pendenti
    }
web-tasks-none = Bħalissa m'għandek l-ebda kompitu pendenti.
web-tasks-what = Talba
web-tasks-state = Status
web-tasks-due = Skadenza
web-tasks-overdue = skadenza maqbuża

web-search-title = Fittex awtorità
web-search-query = X'tagħmel l-awtorità? (bi kwalunkwe lingwa)
web-search-country = Pajjiż
web-search-country-hint = Kodiċi b'żewġ ittri, eż. PT
web-search-area = Qasam leġiżlattiv
web-search-level = Livell
web-search-any = Kwalunkwe
web-search-submit = Fittex
web-search-found =
    { $count ->
        [0] Ma nstabet l-ebda awtorità
        [one] Instabet awtorità waħda
        [two] Instabu żewġ awtoritajiet
        [few] Instabu { $count } awtoritajiet
        [many] Instabu { $count } awtorità
       *[other] Instabu { $count } awtorità
    }

web-authority-title = Awtorità

web-request-title = Talba
web-request-parties = Partijiet u dettalji
web-request-actions = X'tista' tagħmel
web-request-timeline = Kronoloġija
web-timeline-system = IMI (awtomatiku)
web-machine-translation = Traduzzjoni awtomatika (lingwa oriġinali: { $language })
web-untranslated = Lingwa oriġinali: { $language }; l-ebda traduzzjoni awtomatika ma hija disponibbli
web-personal-data = Data personali: murija biss lill-partijiet tal-iskambju
web-personal-data-mark = data personali

web-error-title = Inqalgħet problema
web-error-not-found = Din il-paġna ma teżistix, jew m'intix awtorizzat taraha.
web-error-csrf = Din il-formola skadiet jew ma ġietx minn dan is-sit. Mur lura, erġa' tella' l-paġna u erġa' pprova.
web-error-home = Mur il-paġna ewlenija
