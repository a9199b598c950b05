# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Udržiavajte všeobecné údaje aktuálne: neoficiálny názov, opis, jazyky, kontakty a e-mail
checklist-competences = Opíšte právomoci: hospodárske činnosti a oblasti politiky
checklist-area_keywords = Vyberte kľúčové slová každej legislatívnej oblasti
checklist-linked_authorities = Prepojte súvisiace orgány vo vašej krajine
checklist-request_coordinators = Prepojte koordinátorov žiadostí
checklist-departments = Rozhodnite, ktoré oddelenia budú používať IMI
checklist-substitute_users = Rozhodnite, koľko ďalších používateľov potrebujete (aspoň jedného zástupcu)
checklist-allocation = Rozhodnite, či sa prijaté žiadosti prideľujú spracovateľom žiadostí
checklist-roles = Prideľte každému používateľovi rolu
checklist-register_users = Zaregistrujte používateľov
checklist-tell_user_ids = Oznámte používateľom ich identifikátory používateľa
checklist-users_logged_in = Zabezpečte, aby sa používatelia prihlásili
checklist-data_administrator = Koordinátori: rozhodnite, kto bude správcom údajov
checklist-referral_participation = Koordinátori: rozhodnite, či sa budete zúčastňovať na postúpeniach
checklist-approval = Koordinátori: rozhodnite, či budete schvaľovať žiadosti a odpovede orgánov, ktoré koordinujete
