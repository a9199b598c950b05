# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Nuolat atnaujinkite bendruosius duomenis: neoficialų pavadinimą, aprašymą, kalbas, kontaktus ir e. pašto adresą
checklist-competences = Aprašykite kompetencijas: ekonominę veiklą ir politikos sritis
checklist-area_keywords = Pasirinkite kiekvienos teisės aktų srities reikšminius žodžius
checklist-linked_authorities = Susiekite susijusias savo šalies institucijas
checklist-request_coordinators = Susiekite prašymų koordinatorius
checklist-departments = Nuspręskite, kurie padaliniai naudosis IMI
checklist-substitute_users = Nuspręskite, kiek dar naudotojų jums reikia (bent vieno pavaduojančio naudotojo)
checklist-allocation = Nuspręskite, ar gaunami prašymai paskiriami prašymų tvarkytojams
checklist-roles = Kiekvienam naudotojui suteikite vaidmenį
checklist-register_users = Užregistruokite naudotojus
checklist-tell_user_ids = Praneškite naudotojams jų naudotojo ID
checklist-users_logged_in = Pasirūpinkite, kad naudotojai prisijungtų
checklist-data_administrator = Koordinatoriai: nuspręskite, kas bus duomenų administratorius
checklist-referral_participation = Koordinatoriai: nuspręskite, ar dalyvausite perdavimo koordinatoriams procedūrose
checklist-approval = Koordinatoriai: nuspręskite, ar tvirtinsite jūsų koordinuojamų institucijų prašymus ir atsakymus
