# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Udržujte obecné údaje aktuální: neoficiální název, popis, jazyky, kontakty a e-mail
checklist-competences = Popište působnost: hospodářské činnosti a oblasti politiky
checklist-area_keywords = Vyberte klíčová slova pro každou legislativní oblast
checklist-linked_authorities = Propojte související orgány ve vaší zemi
checklist-request_coordinators = Propojte koordinátory žádostí
checklist-departments = Rozhodněte, která oddělení budou používat IMI
checklist-substitute_users = Rozhodněte, kolik dalších uživatelů potřebujete (alespoň jednoho zástupce)
checklist-allocation = Rozhodněte, zda se příchozí žádosti přidělují zpracovatelům žádostí
checklist-roles = Přidělte každému uživateli roli
checklist-register_users = Zaregistrujte uživatele
checklist-tell_user_ids = Sdělte uživatelům jejich uživatelská jména
checklist-users_logged_in = Zajistěte, aby se uživatelé přihlásili
checklist-data_administrator = Koordinátoři: rozhodněte, kdo bude správcem údajů
checklist-referral_participation = Koordinátoři: rozhodněte, zda se budete účastnit postoupení
checklist-approval = Koordinátoři: rozhodněte, zda budete schvalovat žádosti a odpovědi orgánů, které koordinujete
