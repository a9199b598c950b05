# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Održavajte opće podatke ažurnima: neslužbeni naziv, opis, jezici, kontakti i e-pošta
checklist-competences = Opišite nadležnosti: gospodarske djelatnosti i područja politike
checklist-area_keywords = Odaberite ključne riječi za svako zakonodavno područje
checklist-linked_authorities = Povežite srodna tijela u svojoj zemlji
checklist-request_coordinators = Povežite koordinatore zahtjeva
checklist-departments = Odlučite koji odjeli upotrebljavaju IMI
checklist-substitute_users = Odlučite koliko Vam je još korisnika potrebno (barem jedan zamjenik)
checklist-allocation = Odlučite dodjeljuju li se dolazni zahtjevi rukovateljima zahtjevima
checklist-roles = Dodijelite svakom korisniku ulogu
checklist-register_users = Registrirajte korisnike
checklist-tell_user_ids = Priopćite korisnicima njihova korisnička imena
checklist-users_logged_in = Pobrinite se da se korisnici prijave
checklist-data_administrator = Koordinatori: odlučite tko je administrator podataka
checklist-referral_participation = Koordinatori: odlučite hoćete li sudjelovati u upućivanjima
checklist-approval = Koordinatori: odlučite hoćete li odobravati zahtjeve i odgovore tijela koja koordinirate
