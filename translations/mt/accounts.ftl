### Testi bil-Malti tal-kontijiet tal-utenti (definitions/core/workflows/user_account.yaml):
### reġistrazzjoni, idħul fis-sistema, imblukkar u reset (R-LOGIN, R-ROLES).
### Ir-rwoli nfushom (role-*) jinsabu f'core.ftl.

## Fluss tax-xogħol: kont tal-utent (R-LOGIN)

wf-user_account = Kont tal-utent

user_account-party-authority = L-awtorità tal-utent
user_account-party-validating_coordinator = Koordinatur tal-validazzjoni

user_account-state-registered = Irreġistrat, qed jistenna l-ewwel idħul fis-sistema
user_account-state-active = Attiv
user_account-state-blocked = Imblukkat
user_account-state-removed = Imneħħi

user_account-action-register = Irreġistra utent
user_account-action-first_login = L-ewwel idħul fis-sistema
user_account-action-login_succeeded = Idħul fis-sistema
user_account-action-login_failed = Password jew kodiċi tas-sigurtà żbaljat
user_account-action-reset = Oħroġ password temporanja ġdida
user_account-action-reset_only_lda = Oħroġ password temporanja ġdida (l-uniku amministratur lokali tad-data)
user_account-action-change_roles = Ibdel ir-rwoli
user_account-action-change_user_id = Ibdel l-ID tal-utent
user_account-action-update_contact = Aġġorna d-dettalji ta' kuntatt
user_account-action-remove = Neħħi l-utent

user_account-field-user_id = ID tal-utent
user_account-field-name = Isem
user_account-field-email = Indirizz elettroniku individwali
user_account-field-phone = Telefon
user_account-field-language = Lingwa tax-xogħol preferuta
user_account-field-roles = Rwoli
user_account-field-failures = Daħliet żbaljati mill-aħħar idħul fis-sistema
user_account-field-registered_at = Data tar-reġistrazzjoni
user_account-field-temporary_password_sent_at = Data tal-bgħit tal-password temporanja
user_account-field-password_changed_at = Data tal-għażla tal-password
user_account-field-last_login_at = L-aħħar idħul fis-sistema
user_account-field-blocked_at = Data tal-imblukkar

user_account-input-temporary_password = Password temporanja

## Rifjuti

user_account-guard-register = L-utent ma jistax jiġi rreġistrat: l-ID tal-utent jista' jkun diġà meħud (l-IDs tal-utenti huma uniċi, irrispettivament mill-ittri kbar u żgħar), l-indirizz elettroniku jista' jkun ifformat ħażin, il-lingwa trid tkun waħda mill-24 lingwa uffiċjali, u l-utent irid ikollu mill-inqas rwol wieħed.
user_account-guard-user_id_taken = Dan l-ID tal-utent diġà meħud (l-IDs tal-utenti huma uniċi, irrispettivament mill-ittri kbar u żgħar). Agħżel ieħor.
user_account-guard-reset_only_lda = Dan jista' jagħmlu biss l-amministratur tad-data tal-koordinatur tal-validazzjoni, u biss għall-uniku amministratur lokali tad-data tal-awtorità; din l-awtorità għandha amministratur lokali tad-data attiv ieħor, li jista' joħroġ il-password temporanja l-ġdida.
user_account-guard-change_roles = Utent irid ikollu mill-inqas rwol wieħed, u l-awtorità trid iżżomm mill-inqas amministratur lokali tad-data attiv wieħed.
user_account-guard-remove = L-awtorità trid iżżomm mill-inqas amministratur lokali tad-data attiv wieħed.
user_account-guard-update_contact = L-indirizz elettroniku huwa ifformat ħażin, jew il-lingwa mhijiex waħda mill-24 lingwa uffiċjali.

## Messaġġi elettroniċi (qatt bl-ID tal-utent: dan jingħata b'mezz ieħor)

user_account-email-temporary-password =
    Għażiż/a { $name },

    il-password temporanja tiegħek għas-Sistema ta' Informazzjoni tas-Suq Intern (IMI) hija: { $temporary_password }

    L-ID tal-utent tiegħek mhuwiex f'dan il-messaġġ elettroniku: jingħatalek mill-persuna li rreġistratek. Fl-idħul li jmiss fis-sistema, daħħal l-ID tal-utent u din il-password temporanja, imbagħad agħżel il-password tiegħek (mill-inqas 8 karattri, b'ittri żgħar, ittri kbar u ċifra) u kodiċi tas-sigurtà ġdid ta' 12-il karattru (l-istess regoli). It-tnejn jagħmlu distinzjoni bejn l-ittri kbar u ż-żgħar.
    .subject = Il-password temporanja tiegħek tal-IMI

user_account-email-blocked =
    Għażiż/a { $name },

    il-kont tiegħek tal-IMI ġie mblukkat wara ħames daħliet żbaljati tal-password jew tal-kodiċi tas-sigurtà. Itlob password temporanja ġdida lill-amministratur lokali tad-data tal-awtorità tiegħek (jekk inti l-uniku amministratur lokali tad-data tagħha, itlob lill-koordinatur tal-validazzjoni tiegħek).
    .subject = Il-kont tiegħek tal-IMI huwa mblukkat

user_account-input-authority = L-awtorità tal-utent
