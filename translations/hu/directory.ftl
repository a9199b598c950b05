# Hatóságok és koordinátorok: profilok, átvételek, hatóságok közötti kapcsolatok,
# megkeresési koordinátorok; az e-mailek lábléce.

authority-field-economic_activities = Gazdasági tevékenységek
authority-field-policy_areas = Szakpolitikai területek
authority-field-coordinator = IMI-koordinátor
authority-field-coordinated_areas = Koordinált jogterületek
authority-field-region = Régió
authority-input-user_id = Az első felhasználó felhasználói azonosítója
authority-input-temporary_password = Az első felhasználó ideiglenes jelszava
authority-input-validating_coordinator = Jóváhagyó koordinátor
authority-action-imported = Átvétel a korábbi rendszerből
authority-action-update_competences = Hatáskörök módosítása
authority-action-designate_coordinator = Kijelölés IMI-koordinátorként
authority-guard-imported = A hatóság már ismert, általános e-mail-címe érvénytelen, vagy a koordinátor típusa nem nimic, dimic vagy sdimic.
authority-guard-designate_coordinator = A koordinátor típusa csak nimic, dimic vagy sdimic lehet.

area_access-field-professions = Szakmák
area_access-input-authority = Hatóság
area_access-action-imported = Átvétel a korábbi rendszerből

user_account-action-first_user = Az első felhasználó regisztrálása
user_account-action-imported = Átvétel a korábbi rendszerből

wf-authority_link = Hatóságok közötti kapcsolat
authority_link-party-authority = Hatóság
authority_link-party-linked = Kapcsolt hatóság
authority_link-field-linked_at = Összekapcsolás dátuma
authority_link-state-linked = Összekapcsolva
authority_link-state-unlinked = Kapcsolat megszüntetve
authority_link-action-link = Hatóság hozzákapcsolása
authority_link-action-unlink = A kapcsolat megszüntetése
authority_link-input-linked = Hozzákapcsolandó hatóság
authority_link-guard-link = Csak a saját országa egy másik aktív hatóságát kapcsolhatja hozzá, és csak egyszer.

wf-request_coordination = Megkeresési koordinátor
request_coordination-party-authority = Koordinált hatóság
request_coordination-party-coordinator = Megkeresési koordinátor
request_coordination-field-area = Jogterület
request_coordination-field-linked_at = Összekapcsolás dátuma
request_coordination-state-linked = Összekapcsolva
request_coordination-state-unlinked = Leválasztva
request_coordination-action-at_access = A hozzáférési koordinátor hozzákapcsolása
request_coordination-action-link = Megkeresési koordinátor hozzákapcsolása
request_coordination-action-unlink = A megkeresési koordinátor leválasztása
request_coordination-input-coordinator = Koordinátor
request_coordination-guard-link = A koordinátornak az Ön országának aktív IMI-koordinátorának kell lennie, amely ehhez a jogterülethez még nincs hozzákapcsolva, és az Ön hatóságának hozzáféréssel kell rendelkeznie a jogterülethez.
request_coordination-guard-unlink = Hatóságának minden jogterületen meg kell tartania legalább egy megkeresési koordinátort.
request_coordination-email-linked =
    A(z) { $authority } hatóság az Ön hatóságát kapcsolta hozzá megkeresési koordinátoraként a következő jogterülethez: { $area }.
    .subject = Új koordinált hatóság

mail-footer = Ezt az e-mailt a Belső Piaci Információs Rendszer (IMI) automatikusan küldte. Kérjük, ne válaszoljon rá.

keywords-countries = Országok
keywords-levels = Szintek
keywords-languages = Nyelvek
