# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Tartsa naprakészen az általános adatokat: nem hivatalos név, leírás, nyelvek, elérhetőségek és e-mail-cím
checklist-competences = Írja le a hatásköröket: gazdasági tevékenységek és szakpolitikai területek
checklist-area_keywords = Válassza ki az egyes jogterületek kulcsszavait
checklist-linked_authorities = Kapcsolja hozzá országa kapcsolódó hatóságait
checklist-request_coordinators = Kapcsolja hozzá a megkeresési koordinátorokat
checklist-departments = Döntse el, mely osztályok használják az IMI-t
checklist-substitute_users = Döntse el, hány további felhasználóra van szüksége (legalább egy helyettesre)
checklist-allocation = Döntse el, hogy a beérkező megkereséseket kiosztják-e a megkereséskezelőknek
checklist-roles = Adjon minden felhasználónak szerepkört
checklist-register_users = Regisztrálja a felhasználókat
checklist-tell_user_ids = Közölje a felhasználókkal a felhasználói azonosítójukat
checklist-users_logged_in = Gondoskodjon arról, hogy a felhasználók bejelentkezzenek
checklist-data_administrator = Koordinátorok: döntse el, ki legyen az adatadminisztrátor
checklist-referral_participation = Koordinátorok: döntse el, részt vesz-e a koordinátorokhoz utalt ügyekben
checklist-approval = Koordinátorok: döntse el, engedélyezi-e az Ön által koordinált hatóságok megkereséseit és válaszait
