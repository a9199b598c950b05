### Testi bil-Malti tal-pakkett tas-sistema `core` (definitions/core):
### rwoli, relazzjonijiet tal-koordinaturi, u l-flussi tax-xogħol registration_request,
### authority u area_access.

area-core = Sistema IMI

## Rwoli (R-ROLES)

role-basic_user = Utent bażiku
role-request_handler = Ġestur tat-talbiet
role-allocator = Allokatur
role-local_data_administrator = Amministratur lokali tad-data
role-data_administrator = Amministratur tad-data
role-system_administrator = Amministratur tas-sistema

## Relazzjonijiet tal-koordinaturi (R-ACTORS)

relation-validating = Koordinatur tal-validazzjoni
relation-legislation_access = Koordinatur tal-aċċess għall-oqsma leġiżlattivi
relation-request = Koordinatur tat-talbiet

## Fluss tax-xogħol: talba għar-reġistrazzjoni (R-REG)

wf-registration_request = Talba għar-reġistrazzjoni

registration_request-party-coordinator = Koordinatur
registration_request-party-applicant = Awtorità mistiedna
registration_request-party-commission = Il-Kummissjoni Ewropea

registration_request-state-draft = Abbozz
registration_request-state-saved = Salvata
registration_request-state-saving_blocked = Salvataġġ imblukkat
registration_request-state-rejected = Miċħuda
registration_request-state-sent = Mibgħuta, qed tistenna r-reġistrazzjoni
registration_request-state-pending_validation = Reġistrazzjoni pendenti għall-validazzjoni
registration_request-state-validated = Awtorità vvalidata
registration_request-state-validation_refused = Validazzjoni miċħuda
registration_request-state-expired = Skaduta
registration_request-state-cancelled = Ikkanċellata
registration_request-state-deleted = Imħassra

registration_request-action-create = Talba ġdida għar-reġistrazzjoni
registration_request-action-edit = Editja
registration_request-action-edit_sent = Editja u ibgħat stedina ġdida
registration_request-action-save = Salva biex tintbagħat
registration_request-action-stop = Waqqaf il-bgħit
registration_request-action-release = Awtorizza l-bgħit
registration_request-action-dispatch = Ibgħat l-istedina
registration_request-action-remind = Ibgħat tfakkira
registration_request-action-expire = Immarka bħala skaduta
registration_request-action-cancel = Ikkanċella
registration_request-action-discard = Ħassar
registration_request-action-register = Irreġistra l-awtorità
registration_request-action-authority_validated = Awtorità vvalidata
registration_request-action-authority_refused = Awtorità miċħuda
registration_request-action-purge = Ħassar b'mod permanenti

registration_request-field-email = L-indirizz elettroniku tax-xogħol tal-awtorità
registration_request-field-name = Isem (għal-lista tiegħek biss)
registration_request-field-areas = Oqsma leġiżlattivi
registration_request-field-note = Nota ta' akkumpanjament
registration_request-field-country = Pajjiż
registration_request-field-rejection_reason = Raġuni għaċ-ċaħda
registration_request-field-saved_at = Data tas-salvataġġ
registration_request-field-dispatch_at = Data ppjanata tal-bgħit
registration_request-field-sent_at = Data tal-bgħit
registration_request-field-token = Token tar-reġistrazzjoni
registration_request-field-token_expires_at = Token validu sa
registration_request-field-registered_at = Data tar-reġistrazzjoni
registration_request-field-authority_name = Awtorità rreġistrata
registration_request-field-delete_at = Data ppjanata tat-tħassir
registration_request-field-coordinator_name = Koordinatur (kif jidher fl-istedina)
registration_request-field-coordinator_email = L-indirizz elettroniku tal-koordinatur (kif jidher fl-istedina)

registration_request-input-summary_kept = Stampajt is-sommarju jew salvajtu bħala dokument
registration_request-input-official_name = Isem uffiċjali
registration_request-input-national_languages = Lingwi nazzjonali
registration_request-input-informal_name = Isem informali
registration_request-input-description = Deskrizzjoni qasira tar-responsabbiltajiet
registration_request-input-languages = Lingwi oħra mifhuma
registration_request-input-level = Livell (lokali, reġjonali, nazzjonali)
registration_request-input-address = Indirizz postali
registration_request-input-phone = Telefon
registration_request-input-website = Sit web
registration_request-input-first_user_name = Isem l-ewwel utent
registration_request-input-first_user_email = L-indirizz elettroniku tal-ewwel utent
registration_request-input-first_user_language = Il-lingwa tax-xogħol preferuta tal-ewwel utent

registration_request-rejection-malformed_email = L-indirizz elettroniku mhuwiex validu.
registration_request-rejection-email_in_use = L-indirizz elettroniku diġà qed jintuża minn awtorità jew minn talba oħra għar-reġistrazzjoni.

registration_request-guard-save = Agħżel mill-inqas qasam leġiżlattiv wieħed.
registration_request-guard-edit_sent = L-indirizz elettroniku mhuwiex validu, jew diġà qed jintuża minn awtorità jew minn talba oħra għar-reġistrazzjoni.
registration_request-guard-register = Il-verifika tas-sigurtà ma rnexxietx: it-token huwa żbaljat jew skada, is-sommarju ma nżammx, il-pajjiż ma jaqbilx mal-istedina, jew l-indirizz elettroniku mhuwiex validu jew diġà qed jintuża minn awtorità.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) qed jistieden lill-awtorità tiegħek tirreġistra ruħha fis-Sistema ta' Informazzjoni tas-Suq Intern (IMI).

    { $note }

    Biex tirreġistra, iftaħ { $link } u daħħal it-token tar-reġistrazzjoni tiegħek: { $token }
    It-token huwa validu sa { $expires_on }.
    .subject = Stedina biex tirreġistra fl-IMI

registration_request-email-reminder =
    L-istedina biex tirreġistra fl-IMI li bagħtlek { $coordinator_name } ({ $coordinator_email }) tiskadi fi { $expires_on }.
    Biex tirreġistra, iftaħ { $link }.
    .subject = Tfakkira: l-istedina tiegħek biex tirreġistra fl-IMI dalwaqt tiskadi

registration_request-email-token_void =
    L-istedina biex tirreġistra fl-IMI li bagħtlek { $coordinator_name } ({ $coordinator_email }) ġiet mibdula. Il-link u t-token li rċevejt m'għadhomx validi. Ser tirċievi stedina ġdida b'token ġdid.
    .subject = Il-link tiegħek għar-reġistrazzjoni fl-IMI m'għadux validu

registration_request-email-registered =
    L-awtorità { $official_name } irreġistrat ruħha fl-IMI permezz tat-talba tiegħek għar-reġistrazzjoni { $name } ({ $email }). Ir-reġistrazzjoni tagħha qed tistenna l-validazzjoni tiegħek.
    .subject = Reġistrazzjoni qed tistenna l-validazzjoni tiegħek

registration_request-email-confirmation =
    Grazzi talli rreġistrajt lil { $official_name } ({ $informal_name }, { $country }) fl-IMI.
    L-ewwel utent: { $first_user_name }.
    Il-koordinatur tiegħek, { $coordinator_name }, issa ser jivvalida r-reġistrazzjoni; imbagħad ser tirċievi l-istruzzjonijiet għall-idħul fis-sistema.
    .subject = Ir-reġistrazzjoni tiegħek fl-IMI

## Fluss tax-xogħol: awtorità (R-CA-LIFE, R-PROFILE)

wf-authority = Awtorità

authority-party-own = Awtorità
authority-party-validating_coordinator = Koordinatur tal-validazzjoni
authority-party-commission = Il-Kummissjoni Ewropea

authority-state-pending_validation = Reġistrazzjoni pendenti għall-validazzjoni
authority-state-refused = Reġistrazzjoni miċħuda
authority-state-active = Attiva
authority-state-deletion_in_progress = Tħassir għaddej
authority-state-inactive = Inattiva
authority-state-deleted = Imħassra

authority-action-register_directly = Irreġistra awtorità
authority-action-self_registration = Awtoreġistrazzjoni
authority-action-validate = Ivvalida
authority-action-refuse = Iċħad ir-reġistrazzjoni
authority-action-update_profile = Aġġorna d-data tal-awtorità
authority-action-change_official_name = Ibdel l-isem uffiċjali
authority-action-translations_done = Traduzzjonijiet lesti
authority-action-start_deletion = Ibda t-tħassir
authority-action-deactivate = Agħmel inattiva
authority-action-purge = Ħassar b'mod permanenti

authority-field-official_name = Isem uffiċjali
authority-field-country = Pajjiż
authority-field-level = Livell (lokali, reġjonali, nazzjonali)
authority-field-national_languages = Lingwi nazzjonali
authority-field-informal_name = Isem informali
authority-field-description = Deskrizzjoni qasira tar-responsabbiltajiet
authority-field-languages = Lingwi oħra mifhuma
authority-field-address = Indirizz postali
authority-field-phone = Telefon
authority-field-website = Sit web
authority-field-email = Indirizz elettroniku ġenerali
authority-field-new_translation_needed = Meħtieġa traduzzjoni ġdida
authority-field-first_user_name = Isem l-ewwel utent
authority-field-first_user_email = L-indirizz elettroniku tal-ewwel utent
authority-field-first_user_language = Il-lingwa tax-xogħol preferuta tal-ewwel utent
authority-field-areas = Oqsma leġiżlattivi
authority-field-validated_at = Data tal-validazzjoni
authority-field-refused_at = Data taċ-ċaħda
authority-field-refusal_reason = Raġuni għaċ-ċaħda
authority-field-deletion_started_at = Data tal-bidu tat-tħassir
authority-field-inactive_since = Inattiva minn
authority-field-delete_at = Data ppjanata tat-tħassir

authority-input-authority_id = ID ta' awtorità eżistenti (għall-migrazzjoni biss)
authority-input-reason = Raġuni

authority-guard-register_directly = L-awtorità trid tkun minn pajjiżek, b'indirizz elettroniku ġenerali validu li ma jintużax minn ebda awtorità oħra.
authority-guard-email = L-indirizz elettroniku ġenerali mhuwiex validu, jew diġà qed jintuża minn awtorità oħra.
authority-guard-translations_done = Ma ntalbet ebda traduzzjoni ġdida.

authority-email-login_instructions =
    Ir-reġistrazzjoni ta' { $official_name } fl-IMI tlestiet.
    { $first_user_name } jirċievi password temporanja f'messaġġ elettroniku separat; l-ID tal-utent jingħata mill-koordinatur tiegħek, qatt b'messaġġ elettroniku. Fl-ewwel idħul fis-sistema, agħżel password u kodiċi tas-sigurtà ta' 12-il karattru.
    .subject = L-awtorità tiegħek hija rreġistrata fl-IMI: struzzjonijiet għall-idħul fis-sistema

authority-email-refused =
    Ir-reġistrazzjoni ta' { $official_name } fl-IMI ġiet miċħuda. { $reason }
    Il-koordinatur tiegħek għadu jista' jivvalidaha fi żmien sitt xhur; wara dan, tiġi mħassra.
    .subject = Ir-reġistrazzjoni tiegħek fl-IMI ġiet miċħuda

authority-email-deletion_started =
    Beda t-tħassir ta' { $official_name } mill-IMI. Tista' tlesti l-iskambji li għaddejjin, iżda ma tistax tibqa' tibgħat jew tirċievi talbiet ġodda.
    .subject = Beda t-tħassir tal-awtorità tiegħek mill-IMI

authority-email-deactivated =
    { $official_name } issa hija inattiva fl-IMI. L-utenti xorta jistgħu jidħlu fis-sistema u jaqraw, iżda ma jista' jintbagħat jew jiġi riċevut xejn ġdid. L-awtorità ser titħassar b'mod permanenti fi { $delete_on }.
    .subject = L-awtorità tiegħek hija inattiva fl-IMI

## Fluss tax-xogħol: aċċess għal qasam leġiżlattiv (R-ACCESS)

wf-area_access = Aċċess għal qasam leġiżlattiv

area_access-party-authority = Awtorità
area_access-party-access_coordinator = Koordinatur tal-aċċess għall-oqsma leġiżlattivi

area_access-state-requested = Mitlub
area_access-state-granted = Mogħti
area_access-state-suspended = Sospiż
area_access-state-removed = Imneħħi
area_access-state-reactivation_requested = Riattivazzjoni mitluba
area_access-state-removed_reactivation_requested = Riattivazzjoni mitluba (imneħħi)
area_access-state-refused = Miċħud

area_access-action-request = Itlob aċċess għal qasam leġiżlattiv
area_access-action-at_registration = Aċċess mar-reġistrazzjoni
area_access-action-edit_keywords = Editja l-issettjar tal-qasam
area_access-action-coordinator_edit_keywords = Editja l-issettjar tal-qasam tal-awtorità applikanti
area_access-action-grant = Agħti aċċess
area_access-action-refuse = Iċħad l-aċċess
area_access-action-suspend = Issospendi l-aċċess
area_access-action-reinstate = Neħħi s-sospensjoni
area_access-action-remove = Neħħi l-aċċess
area_access-action-request_reactivation = Itlob riattivazzjoni
area_access-action-approve_reactivation = Erġa' attiva
area_access-action-refuse_reactivation = Iċħad ir-riattivazzjoni

area_access-field-area = Qasam leġiżlattiv
area_access-field-area_workflow = Fluss tax-xogħol
area_access-field-keywords = Kliem ewlieni
area_access-field-note = Nota
area_access-field-reason = Raġuni
area_access-field-requested_at = Data tat-talba
area_access-field-granted_at = Data tal-għoti
area_access-field-suspended_at = Data tas-sospensjoni
area_access-field-removed_at = Data tat-tneħħija
area_access-field-reactivation_requested_at = Data tat-talba għar-riattivazzjoni

area_access-input-coordinator = Koordinatur li lilu ntalab l-aċċess

area_access-guard-request = L-awtorità tiegħek diġà għandha aċċess għal dan il-qasam jew diġà talbitu, mhijiex attiva, jew għażlet lilha nfisha bħala koordinatur.
area_access-guard-authority_not_active = L-awtorità mhijiex attiva: ma jista' jingħata ebda aċċess ġdid.

area_access-email-requested =
    L-awtorità { $authority } qed titlob aċċess għall-qasam leġiżlattiv { $area }.
    .subject = Talba għal aċċess għal qasam leġiżlattiv

area_access-email-granted =
    L-awtorità tiegħek issa għandha aċċess għall-qasam leġiżlattiv { $area }.
    .subject = Ingħata aċċess għal qasam leġiżlattiv

area_access-email-refused =
    It-talba tiegħek għal aċċess għall-qasam leġiżlattiv { $area } ġiet miċħuda. { $reason }
    .subject = Ġie miċħud aċċess għal qasam leġiżlattiv

area_access-email-suspended =
    L-aċċess tiegħek għall-qasam leġiżlattiv { $area } ġie sospiż: tista' tlesti t-talbiet miftuħa, iżda ma tistax tibda xejn ġdid.
    .subject = Ġie sospiż aċċess għal qasam leġiżlattiv

area_access-email-removed =
    L-aċċess tiegħek għall-qasam leġiżlattiv { $area } tneħħa.
    .subject = Tneħħa aċċess għal qasam leġiżlattiv

area_access-email-reactivation_requested =
    L-awtorità { $authority } qed titlob ir-riattivazzjoni tal-aċċess tagħha għall-qasam leġiżlattiv { $area }.
    .subject = Talba għar-riattivazzjoni tal-aċċess għal qasam leġiżlattiv

area_access-email-reactivated =
    It-talba tiegħek għar-riattivazzjoni tal-aċċess tiegħek għall-qasam leġiżlattiv { $area } ġiet aċċettata.
    .subject = Ġie riattivat aċċess għal qasam leġiżlattiv

area_access-email-reactivation_refused =
    It-talba tiegħek għar-riattivazzjoni tal-aċċess tiegħek għall-qasam leġiżlattiv { $area } ġiet miċħuda. { $reason }
    .subject = Ġiet miċħuda r-riattivazzjoni tal-aċċess għal qasam leġiżlattiv

area_access-field-allocation = Allokazzjoni tat-talbiet li jaslu
area_access-field-referral_participation = Jieħu sehem fir-riferimenti
area_access-field-coordinator_sees_details = Il-koordinaturi tat-talbiet jaraw id-dettalji tat-talbiet
area_access-field-approve_requests = It-talbiet jeħtieġu l-approvazzjoni tal-koordinatur
area_access-field-approve_replies = It-tweġibiet jeħtieġu l-approvazzjoni tal-koordinatur
area_access-action-change_settings = Ibdel l-issettjar
area_access-action-change_approval = Ibdel l-issettjar tal-approvazzjoni
