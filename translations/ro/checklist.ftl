# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Mențineți la zi datele generale: denumirea neoficială, descrierea, limbile, datele de contact și adresa de e-mail
checklist-competences = Descrieți competențele: activitățile economice și domeniile de politică
checklist-area_keywords = Alegeți cuvintele-cheie ale fiecărui domeniu legislativ
checklist-linked_authorities = Asociați autoritățile conexe din țara dumneavoastră
checklist-request_coordinators = Asociați coordonatorii de cereri
checklist-departments = Decideți ce departamente utilizează IMI
checklist-substitute_users = Decideți de câți utilizatori suplimentari aveți nevoie (cel puțin un înlocuitor)
checklist-allocation = Decideți dacă cererile primite sunt alocate responsabililor cu gestionarea cererilor
checklist-roles = Atribuiți fiecărui utilizator un rol
checklist-register_users = Înregistrați utilizatorii
checklist-tell_user_ids = Comunicați utilizatorilor ID-urile lor de utilizator
checklist-users_logged_in = Asigurați-vă că utilizatorii se conectează
checklist-data_administrator = Coordonatori: decideți cine este administratorul de date
checklist-referral_participation = Coordonatori: decideți dacă participați la sesizări
checklist-approval = Coordonatori: decideți dacă aprobați cererile și răspunsurile autorităților pe care le coordonați
