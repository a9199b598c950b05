# Organy i koordynatorzy: profile, import, powiązania między organami,
# koordynatorzy wniosków; stopka wiadomości e-mail.

authority-field-economic_activities = Rodzaje działalności gospodarczej
authority-field-policy_areas = Obszary polityki
authority-field-coordinator = Koordynator IMI
authority-field-coordinated_areas = Koordynowane obszary legislacyjne
authority-field-region = Region
authority-input-user_id = Identyfikator pierwszego użytkownika
authority-input-temporary_password = Hasło tymczasowe pierwszego użytkownika
authority-input-validating_coordinator = Koordynator zatwierdzający
authority-action-imported = Przejmij z poprzedniego systemu
authority-action-update_competences = Zmień kompetencje
authority-action-designate_coordinator = Wyznacz jako koordynatora IMI
authority-guard-imported = Organ jest już znany, jego ogólny adres e-mail jest nieprawidłowy lub rodzaj koordynatora jest inny niż nimic, dimic lub sdimic.
authority-guard-designate_coordinator = Rodzaj koordynatora musi mieć wartość nimic, dimic lub sdimic.

area_access-field-professions = Zawody
area_access-input-authority = Organ
area_access-action-imported = Przejmij z poprzedniego systemu

user_account-action-first_user = Zarejestruj pierwszego użytkownika
user_account-action-imported = Przejmij z poprzedniego systemu

wf-authority_link = Powiązanie między organami
authority_link-party-authority = Organ
authority_link-party-linked = Powiązany organ
authority_link-field-linked_at = Data powiązania
authority_link-state-linked = Powiązane
authority_link-state-unlinked = Powiązanie usunięte
authority_link-action-link = Powiąż organ
authority_link-action-unlink = Usuń powiązanie
authority_link-input-linked = Organ do powiązania
authority_link-guard-link = Mogą Państwo powiązać wyłącznie inny aktywny organ z własnego kraju i tylko jeden raz.

wf-request_coordination = Koordynator wniosków
request_coordination-party-authority = Koordynowany organ
request_coordination-party-coordinator = Koordynator wniosków
request_coordination-field-area = Obszar legislacyjny
request_coordination-field-linked_at = Data powiązania
request_coordination-state-linked = Powiązany
request_coordination-state-unlinked = Odłączony
request_coordination-action-at_access = Powiąż koordynatora dostępu do obszarów legislacyjnych
request_coordination-action-link = Powiąż koordynatora wniosków
request_coordination-action-unlink = Odłącz koordynatora wniosków
request_coordination-input-coordinator = Koordynator
request_coordination-guard-link = Koordynator musi być aktywnym koordynatorem IMI z Państwa kraju, jeszcze niepowiązanym dla tego obszaru, a Państwa organ musi mieć dostęp do tego obszaru.
request_coordination-guard-unlink = Państwa organ musi zachować co najmniej jednego koordynatora wniosków w każdym obszarze legislacyjnym.
request_coordination-email-linked =
    Organ { $authority } powiązał Państwa organ jako swojego koordynatora wniosków dla obszaru legislacyjnego { $area }.
    .subject = Nowy koordynowany organ

mail-footer = Ta wiadomość e-mail została wysłana automatycznie przez System Wymiany Informacji na Rynku Wewnętrznym (IMI). Prosimy na nią nie odpowiadać.

keywords-countries = Kraje
keywords-levels = Poziomy
keywords-languages = Języki
