# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Dbać o aktualność danych ogólnych: nazwa nieoficjalna, opis, języki, dane kontaktowe i adres e-mail
checklist-competences = Opisać kompetencje: rodzaje działalności gospodarczej i obszary polityki
checklist-area_keywords = Wybrać słowa kluczowe dla każdego obszaru legislacyjnego
checklist-linked_authorities = Powiązać pokrewne organy z tego samego państwa
checklist-request_coordinators = Powiązać koordynatorów wniosków
checklist-departments = Zdecydować, które wydziały korzystają z IMI
checklist-substitute_users = Zdecydować, ilu jeszcze użytkowników jest potrzebnych (co najmniej jeden zastępca)
checklist-allocation = Zdecydować, czy wnioski przychodzące są przydzielane osobom rozpatrującym wnioski
checklist-roles = Nadać każdemu użytkownikowi rolę
checklist-register_users = Zarejestrować użytkowników
checklist-tell_user_ids = Przekazać użytkownikom ich identyfikatory użytkownika
checklist-users_logged_in = Dopilnować, aby użytkownicy się zalogowali
checklist-data_administrator = Koordynatorzy: zdecydować, kto jest administratorem danych
checklist-referral_participation = Koordynatorzy: zdecydować, czy uczestniczyć w sprawach przekazanych koordynatorom
checklist-approval = Koordynatorzy: zdecydować, czy zatwierdzać wnioski i odpowiedzi koordynowanych organów
