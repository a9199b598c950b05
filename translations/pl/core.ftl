### Polskie teksty pakietu systemowego `core` (definitions/core):
### role, relacje koordynatorów oraz przepływy pracy registration_request,
### authority i area_access.

area-core = System IMI

## Role (R-ROLES)

role-basic_user = Użytkownik podstawowy
role-request_handler = Osoba rozpatrująca wnioski
role-allocator = Osoba przydzielająca wnioski
role-local_data_administrator = Lokalny administrator danych
role-data_administrator = Administrator danych
role-system_administrator = Administrator systemu

## Relacje koordynatorów (R-ACTORS)

relation-validating = Koordynator zatwierdzający
relation-legislation_access = Koordynator dostępu do obszarów legislacyjnych
relation-request = Koordynator wniosków

## Przepływ pracy: wniosek o rejestrację (R-REG)

wf-registration_request = Wniosek o rejestrację

registration_request-party-coordinator = Koordynator
registration_request-party-applicant = Zaproszony organ
registration_request-party-commission = Komisja Europejska

registration_request-state-draft = Wersja robocza
registration_request-state-saved = Zapisany
registration_request-state-saving_blocked = Zapisywanie zablokowane
registration_request-state-rejected = Odrzucony
registration_request-state-sent = Wysłany, oczekuje na rejestrację
registration_request-state-pending_validation = Rejestracja oczekuje na zatwierdzenie
registration_request-state-validated = Organ zatwierdzony
registration_request-state-validation_refused = Odmowa zatwierdzenia
registration_request-state-expired = Wygasł
registration_request-state-cancelled = Anulowany
registration_request-state-deleted = Usunięty

registration_request-action-create = Nowy wniosek o rejestrację
registration_request-action-edit = Edytuj
registration_request-action-edit_sent = Edytuj i wyślij nowe zaproszenie
registration_request-action-save = Zapisz do wysłania
registration_request-action-stop = Wstrzymaj wysyłanie
registration_request-action-release = Zwolnij do wysłania
registration_request-action-dispatch = Wyślij zaproszenie
registration_request-action-remind = Wyślij przypomnienie
registration_request-action-expire = Oznacz jako wygasły
registration_request-action-cancel = Anuluj
registration_request-action-discard = Usuń
registration_request-action-register = Zarejestruj organ
registration_request-action-authority_validated = Organ zatwierdzony
registration_request-action-authority_refused = Odmowa zatwierdzenia organu
registration_request-action-purge = Usuń trwale

registration_request-field-email = Służbowy adres e-mail organu
registration_request-field-name = Nazwa (wyłącznie na potrzeby własnej listy)
registration_request-field-areas = Obszary legislacyjne
registration_request-field-note = Pismo przewodnie
registration_request-field-country = Państwo
registration_request-field-rejection_reason = Powód odrzucenia
registration_request-field-saved_at = Data zapisania
registration_request-field-dispatch_at = Planowana data wysłania
registration_request-field-sent_at = Data wysłania
registration_request-field-token = Token rejestracyjny
registration_request-field-token_expires_at = Token ważny do
registration_request-field-registered_at = Data rejestracji
registration_request-field-authority_name = Zarejestrowany organ
registration_request-field-delete_at = Planowana data usunięcia
registration_request-field-coordinator_name = Koordynator (zgodnie z zaproszeniem)
registration_request-field-coordinator_email = Adres e-mail koordynatora (zgodnie z zaproszeniem)

registration_request-input-summary_kept = Podsumowanie zostało wydrukowane lub zapisane jako dokument
registration_request-input-official_name = Nazwa oficjalna
registration_request-input-national_languages = Języki krajowe
registration_request-input-informal_name = Nazwa nieoficjalna
registration_request-input-description = Krótki opis zakresu kompetencji
registration_request-input-languages = Inne znane języki
registration_request-input-level = Szczebel (lokalny, regionalny, krajowy)
registration_request-input-address = Adres pocztowy
registration_request-input-phone = Telefon
registration_request-input-website = Strona internetowa
registration_request-input-first_user_name = Imię i nazwisko pierwszego użytkownika
registration_request-input-first_user_email = Adres e-mail pierwszego użytkownika
registration_request-input-first_user_language = Preferowany język roboczy pierwszego użytkownika

registration_request-rejection-malformed_email = Adres e-mail jest nieprawidłowy.
registration_request-rejection-email_in_use = Adres e-mail jest już używany przez organ lub w innym wniosku o rejestrację.

registration_request-guard-save = Należy wybrać co najmniej jeden obszar legislacyjny.
registration_request-guard-edit_sent = Adres e-mail jest nieprawidłowy lub jest już używany przez organ lub w innym wniosku o rejestrację.
registration_request-guard-register = Kontrola bezpieczeństwa zakończyła się niepowodzeniem: token jest nieprawidłowy lub wygasł, podsumowanie nie zostało zachowane, państwo nie zgadza się z zaproszeniem albo adres e-mail jest nieprawidłowy lub jest już używany przez organ.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) zaprasza Państwa organ do rejestracji w Systemie Wymiany Informacji na Rynku Wewnętrznym (IMI).

    { $note }

    Aby się zarejestrować, należy otworzyć stronę { $link } i wprowadzić token rejestracyjny: { $token }
    Token jest ważny do { $expires_on }.
    .subject = Zaproszenie do rejestracji w systemie IMI

registration_request-email-reminder =
    Zaproszenie do rejestracji w systemie IMI otrzymane od { $coordinator_name } ({ $coordinator_email }) wygasa w dniu { $expires_on }.
    Aby się zarejestrować, należy otworzyć stronę { $link }.
    .subject = Przypomnienie: zaproszenie do rejestracji w systemie IMI wkrótce wygaśnie

registration_request-email-token_void =
    Zaproszenie do rejestracji w systemie IMI otrzymane od { $coordinator_name } ({ $coordinator_email }) zostało zmienione. Otrzymany link i token straciły ważność. Wkrótce zostanie wysłane nowe zaproszenie z nowym tokenem.
    .subject = Link do rejestracji w systemie IMI stracił ważność

registration_request-email-registered =
    Organ { $official_name } zarejestrował się w systemie IMI za pośrednictwem Państwa wniosku o rejestrację { $name } ({ $email }). Jego rejestracja oczekuje na Państwa zatwierdzenie.
    .subject = Rejestracja oczekuje na Państwa zatwierdzenie

registration_request-email-confirmation =
    Dziękujemy za zarejestrowanie organu { $official_name } ({ $informal_name }, { $country }) w systemie IMI.
    Pierwszy użytkownik: { $first_user_name }.
    Państwa koordynator { $coordinator_name } zatwierdzi teraz rejestrację; następnie otrzymają Państwo instrukcje logowania.
    .subject = Rejestracja w systemie IMI

## Przepływ pracy: organ (R-CA-LIFE, R-PROFILE)

wf-authority = Organ

authority-party-own = Organ
authority-party-validating_coordinator = Koordynator zatwierdzający
authority-party-commission = Komisja Europejska

authority-state-pending_validation = Rejestracja oczekuje na zatwierdzenie
authority-state-refused = Odmowa rejestracji
authority-state-active = Aktywny
authority-state-deletion_in_progress = Trwa usuwanie
authority-state-inactive = Nieaktywny
authority-state-deleted = Usunięty

authority-action-register_directly = Zarejestruj organ
authority-action-self_registration = Samodzielna rejestracja
authority-action-validate = Zatwierdź
authority-action-refuse = Odmów rejestracji
authority-action-update_profile = Zaktualizuj dane organu
authority-action-change_official_name = Zmień nazwę oficjalną
authority-action-translations_done = Tłumaczenia wykonane
authority-action-start_deletion = Rozpocznij usuwanie
authority-action-deactivate = Ustaw jako nieaktywny
authority-action-purge = Usuń trwale

authority-field-official_name = Nazwa oficjalna
authority-field-country = Państwo
authority-field-level = Szczebel (lokalny, regionalny, krajowy)
authority-field-national_languages = Języki krajowe
authority-field-informal_name = Nazwa nieoficjalna
authority-field-description = Krótki opis zakresu kompetencji
authority-field-languages = Inne znane języki
authority-field-address = Adres pocztowy
authority-field-phone = Telefon
authority-field-website = Strona internetowa
authority-field-email = Ogólny adres e-mail
authority-field-new_translation_needed = Wymagane nowe tłumaczenie
authority-field-first_user_name = Imię i nazwisko pierwszego użytkownika
authority-field-first_user_email = Adres e-mail pierwszego użytkownika
authority-field-first_user_language = Preferowany język roboczy pierwszego użytkownika
authority-field-areas = Obszary legislacyjne
authority-field-validated_at = Data zatwierdzenia
authority-field-refused_at = Data odmowy
authority-field-refusal_reason = Powód odmowy
authority-field-deletion_started_at = Data rozpoczęcia usuwania
authority-field-inactive_since = Nieaktywny od
authority-field-delete_at = Planowana data usunięcia

authority-input-authority_id = Identyfikator istniejącego organu (wyłącznie do migracji)
authority-input-reason = Powód

authority-guard-register_directly = Organ musi pochodzić z Państwa kraju i mieć prawidłowy ogólny adres e-mail, którego nie używa żaden inny organ.
authority-guard-email = Ogólny adres e-mail jest nieprawidłowy lub jest już używany przez inny organ.
authority-guard-translations_done = Nie zwrócono się o żadne nowe tłumaczenie.

authority-email-login_instructions =
    Rejestracja organu { $official_name } w systemie IMI została zakończona.
    { $first_user_name } otrzyma hasło tymczasowe w odrębnej wiadomości e-mail; identyfikator użytkownika przekazuje koordynator, nigdy pocztą elektroniczną. Przy pierwszym logowaniu należy wybrać hasło i 12-znakowy kod bezpieczeństwa.
    .subject = Państwa organ został zarejestrowany w systemie IMI: instrukcje logowania

authority-email-refused =
    Odmówiono rejestracji organu { $official_name } w systemie IMI. { $reason }
    Państwa koordynator może jeszcze zatwierdzić rejestrację w ciągu sześciu miesięcy; po upływie tego terminu zostanie ona usunięta.
    .subject = Odmowa rejestracji w systemie IMI

authority-email-deletion_started =
    Rozpoczęto usuwanie organu { $official_name } z systemu IMI. Można zakończyć trwające wymiany informacji, ale nie można już wysyłać ani otrzymywać nowych wniosków.
    .subject = Rozpoczęto usuwanie Państwa organu z systemu IMI

authority-email-deactivated =
    Organ { $official_name } jest teraz nieaktywny w systemie IMI. Użytkownicy mogą nadal logować się i przeglądać dane, ale nie można wysyłać ani otrzymywać niczego nowego. Organ zostanie trwale usunięty w dniu { $delete_on }.
    .subject = Państwa organ jest nieaktywny w systemie IMI

## Przepływ pracy: dostęp do obszaru legislacyjnego (R-ACCESS)

wf-area_access = Dostęp do obszaru legislacyjnego

area_access-party-authority = Organ
area_access-party-access_coordinator = Koordynator dostępu do obszarów legislacyjnych

area_access-state-requested = Złożono wniosek
area_access-state-granted = Przyznany
area_access-state-suspended = Zawieszony
area_access-state-removed = Cofnięty
area_access-state-reactivation_requested = Złożono wniosek o reaktywację
area_access-state-removed_reactivation_requested = Złożono wniosek o reaktywację (cofnięty)
area_access-state-refused = Odmowa

area_access-action-request = Wystąp o dostęp do obszaru legislacyjnego
area_access-action-at_registration = Dostęp w ramach rejestracji
area_access-action-edit_keywords = Edytuj ustawienia obszaru
area_access-action-coordinator_edit_keywords = Edytuj ustawienia obszaru organu składającego wniosek
area_access-action-grant = Przyznaj dostęp
area_access-action-refuse = Odmów dostępu
area_access-action-suspend = Zawieś dostęp
area_access-action-reinstate = Uchyl zawieszenie
area_access-action-remove = Cofnij dostęp
area_access-action-request_reactivation = Wystąp o reaktywację
area_access-action-approve_reactivation = Reaktywuj
area_access-action-refuse_reactivation = Odmów reaktywacji

area_access-field-area = Obszar legislacyjny
area_access-field-area_workflow = Przepływ pracy
area_access-field-keywords = Słowa kluczowe
area_access-field-note = Uwaga
area_access-field-reason = Powód
area_access-field-requested_at = Data złożenia wniosku
area_access-field-granted_at = Data przyznania
area_access-field-suspended_at = Data zawieszenia
area_access-field-removed_at = Data cofnięcia
area_access-field-reactivation_requested_at = Data złożenia wniosku o reaktywację

area_access-input-coordinator = Koordynator, do którego skierowano wniosek o dostęp

area_access-guard-request = Państwa organ ma już dostęp do tego obszaru lub już o niego wystąpił, nie jest aktywny albo wskazał samego siebie jako koordynatora.
area_access-guard-authority_not_active = Organ nie jest aktywny: nie można przyznać nowego dostępu.

area_access-email-requested =
    Organ { $authority } występuje o dostęp do obszaru legislacyjnego { $area }.
    .subject = Wniosek o dostęp do obszaru legislacyjnego

area_access-email-granted =
    Państwa organ ma teraz dostęp do obszaru legislacyjnego { $area }.
    .subject = Przyznano dostęp do obszaru legislacyjnego

area_access-email-refused =
    Państwa wniosek o dostęp do obszaru legislacyjnego { $area } został odrzucony. { $reason }
    .subject = Odmowa dostępu do obszaru legislacyjnego

area_access-email-suspended =
    Państwa dostęp do obszaru legislacyjnego { $area } został zawieszony: można zakończyć otwarte wnioski, ale nie można rozpoczynać nowych.
    .subject = Zawieszono dostęp do obszaru legislacyjnego

area_access-email-removed =
    Państwa dostęp do obszaru legislacyjnego { $area } został cofnięty.
    .subject = Cofnięto dostęp do obszaru legislacyjnego

area_access-email-reactivation_requested =
    Organ { $authority } występuje o reaktywację swojego dostępu do obszaru legislacyjnego { $area }.
    .subject = Wniosek o reaktywację dostępu do obszaru legislacyjnego

area_access-email-reactivated =
    Państwa wniosek o reaktywację dostępu do obszaru legislacyjnego { $area } został przyjęty.
    .subject = Reaktywowano dostęp do obszaru legislacyjnego

area_access-email-reactivation_refused =
    Państwa wniosek o reaktywację dostępu do obszaru legislacyjnego { $area } został odrzucony. { $reason }
    .subject = Odmowa reaktywacji dostępu do obszaru legislacyjnego

area_access-field-allocation = Przydzielanie wniosków przychodzących
area_access-field-referral_participation = Uczestniczy w sprawach przekazanych koordynatorom
area_access-field-coordinator_sees_details = Koordynatorzy wniosków widzą szczegóły wniosków
area_access-field-approve_requests = Wnioski wymagają zatwierdzenia przez koordynatora
area_access-field-approve_replies = Odpowiedzi wymagają zatwierdzenia przez koordynatora
area_access-action-change_settings = Zmień ustawienia
area_access-action-change_approval = Zmień ustawienia zatwierdzania
