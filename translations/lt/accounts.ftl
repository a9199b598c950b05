### Naudotojų paskyrų tekstai lietuvių kalba (definitions/core/workflows/user_account.yaml):
### registracija, prisijungimas, blokavimas ir atkūrimas (R-LOGIN, R-ROLES).
### Patys vaidmenys (role-*) pateikti core.ftl.

## Darbo eiga: naudotojo paskyra (R-LOGIN)

wf-user_account = Naudotojo paskyra

user_account-party-authority = Naudotojo institucija
user_account-party-validating_coordinator = Tvirtinantysis koordinatorius

user_account-state-registered = Įregistruota, laukiama pirmojo prisijungimo
user_account-state-active = Aktyvi
user_account-state-blocked = Užblokuota
user_account-state-removed = Pašalinta

user_account-action-register = Registruoti naudotoją
user_account-action-first_login = Pirmasis prisijungimas
user_account-action-login_succeeded = Prisijungimas
user_account-action-login_failed = Neteisingas slaptažodis arba saugos kodas
user_account-action-reset = Suteikti naują laikinąjį slaptažodį
user_account-action-reset_only_lda = Suteikti naują laikinąjį slaptažodį (tik vieninteliam vietos duomenų administratoriui)
user_account-action-change_roles = Keisti vaidmenis
user_account-action-change_user_id = Keisti naudotojo ID
user_account-action-update_contact = Atnaujinti kontaktinius duomenis
user_account-action-remove = Pašalinti naudotoją

user_account-field-user_id = Naudotojo ID
user_account-field-name = Vardas ir pavardė
user_account-field-email = Asmeninis e. pašto adresas
user_account-field-phone = Telefonas
user_account-field-language = Pageidaujama darbo kalba
user_account-field-roles = Vaidmenys
user_account-field-failures = Neteisingi įvedimai nuo paskutinio prisijungimo
user_account-field-registered_at = Registracijos data
user_account-field-temporary_password_sent_at = Laikinojo slaptažodžio išsiuntimo data
user_account-field-password_changed_at = Slaptažodžio pasirinkimo data
user_account-field-last_login_at = Paskutinis prisijungimas
user_account-field-blocked_at = Užblokavimo data

user_account-input-temporary_password = Laikinasis slaptažodis

## Atsisakymai

user_account-guard-register = Naudotojo užregistruoti negalima: naudotojo ID gali būti jau užimtas (naudotojų ID yra unikalūs, neatsižvelgiant į didžiąsias ir mažąsias raides), e. pašto adresas gali būti netinkamo formato, kalba turi būti viena iš 24 oficialiųjų kalbų, o naudotojui turi būti priskirtas bent vienas vaidmuo.
user_account-guard-user_id_taken = Šis naudotojo ID jau užimtas (naudotojų ID yra unikalūs, neatsižvelgiant į didžiąsias ir mažąsias raides). Pasirinkite kitą.
user_account-guard-reset_only_lda = Tai gali padaryti tik tvirtinančiojo koordinatoriaus duomenų administratorius ir tik vieninteliam institucijos vietos duomenų administratoriui; ši institucija turi kitą aktyvų vietos duomenų administratorių, kuris gali suteikti naują laikinąjį slaptažodį.
user_account-guard-change_roles = Naudotojui turi būti priskirtas bent vienas vaidmuo, o institucija turi išlaikyti bent vieną aktyvų vietos duomenų administratorių.
user_account-guard-remove = Institucija turi išlaikyti bent vieną aktyvų vietos duomenų administratorių.
user_account-guard-update_contact = E. pašto adresas netinkamo formato arba kalba nėra viena iš 24 oficialiųjų kalbų.

## E. laiškai (niekada su naudotojo ID: jis pranešamas kitu kanalu)

user_account-email-temporary-password =
    Gerb. { $name },

    jūsų laikinasis Vidaus rinkos informacinės sistemos (IMI) slaptažodis: { $temporary_password }

    Jūsų naudotojo ID šiame e. laiške nenurodytas: jį jums praneš jus užregistravęs asmuo. Kitą kartą prisijungdami įveskite naudotojo ID ir šį laikinąjį slaptažodį, tada pasirinkite savo slaptažodį (bent 8 ženklai, su mažosiomis ir didžiosiomis raidėmis bei skaitmeniu) ir naują 12 ženklų saugos kodą (taikomos tos pačios taisyklės). Abiejuose skiriamos didžiosios ir mažosios raidės.
    .subject = Jūsų laikinasis IMI slaptažodis

user_account-email-blocked =
    Gerb. { $name },

    jūsų IMI paskyra užblokuota po penkių neteisingų slaptažodžio arba saugos kodo įvedimų. Naujo laikinojo slaptažodžio paprašykite savo institucijos vietos duomenų administratoriaus (jei esate vienintelis jos vietos duomenų administratorius, kreipkitės į savo tvirtinantįjį koordinatorių).
    .subject = Jūsų IMI paskyra užblokuota

user_account-input-authority = Naudotojo institucija
