# Autorități și coordonatori: profiluri, importuri, asocieri între autorități,
# coordonatori de cereri; subsolul mesajelor de e-mail.

authority-field-economic_activities = Activități economice
authority-field-policy_areas = Domenii de politică
authority-field-coordinator = Coordonator IMI
authority-field-coordinated_areas = Domenii legislative coordonate
authority-field-region = Regiune
authority-input-user_id = ID-ul de utilizator al primului utilizator
authority-input-temporary_password = Parola temporară a primului utilizator
authority-input-validating_coordinator = Coordonator de validare
authority-action-imported = Preluați din sistemul anterior
authority-action-update_competences = Modificați competențele
authority-action-designate_coordinator = Desemnați drept coordonator IMI
authority-guard-imported = Autoritatea este deja cunoscută, adresa sa de e-mail generală nu este validă sau tipul de coordonator nu este nimic, dimic sau sdimic.
authority-guard-designate_coordinator = Tipul de coordonator trebuie să fie nimic, dimic sau sdimic.

area_access-field-professions = Profesii
area_access-input-authority = Autoritate
area_access-action-imported = Preluați din sistemul anterior

user_account-action-first_user = Înregistrați primul utilizator
user_account-action-imported = Preluați din sistemul anterior

wf-authority_link = Asociere între autorități
authority_link-party-authority = Autoritate
authority_link-party-linked = Autoritate asociată
authority_link-field-linked_at = Data asocierii
authority_link-state-linked = Asociată
authority_link-state-unlinked = Asociere eliminată
authority_link-action-link = Asociați o autoritate
authority_link-action-unlink = Eliminați asocierea
authority_link-input-linked = Autoritatea care urmează să fie asociată
authority_link-guard-link = Puteți asocia doar o altă autoritate activă din propria dumneavoastră țară și doar o singură dată.

wf-request_coordination = Coordonator de cereri
request_coordination-party-authority = Autoritate coordonată
request_coordination-party-coordinator = Coordonator de cereri
request_coordination-field-area = Domeniu legislativ
request_coordination-field-linked_at = Data asocierii
request_coordination-state-linked = Asociat
request_coordination-state-unlinked = Disociat
request_coordination-action-at_access = Asociați coordonatorul pentru accesul la legislație
request_coordination-action-link = Asociați un coordonator de cereri
request_coordination-action-unlink = Disociați coordonatorul de cereri
request_coordination-input-coordinator = Coordonator
request_coordination-guard-link = Coordonatorul trebuie să fie un coordonator IMI activ din țara dumneavoastră, neasociat încă pentru acest domeniu, iar autoritatea dumneavoastră trebuie să aibă acces la domeniu.
request_coordination-guard-unlink = Autoritatea dumneavoastră trebuie să păstreze cel puțin un coordonator de cereri în fiecare domeniu legislativ.
request_coordination-email-linked =
    Autoritatea { $authority } a asociat autoritatea dumneavoastră drept coordonator de cereri al acesteia pentru domeniul legislativ { $area }.
    .subject = Autoritate coordonată nouă

mail-footer = Acest e-mail a fost trimis automat de Sistemul de informare al pieței interne (IMI). Vă rugăm să nu răspundeți la acest mesaj.

keywords-countries = Țări
keywords-levels = Niveluri
keywords-languages = Limbi
