### Polskie teksty kont użytkowników (definitions/core/workflows/user_account.yaml):
### rejestracja, logowanie, blokowanie i resetowanie (R-LOGIN, R-ROLES).
### Same role (role-*) znajdują się w core.ftl.

## Przepływ pracy: konto użytkownika (R-LOGIN)

wf-user_account = Konto użytkownika

user_account-party-authority = Organ użytkownika
user_account-party-validating_coordinator = Koordynator zatwierdzający

user_account-state-registered = Zarejestrowane, oczekuje na pierwsze logowanie
user_account-state-active = Aktywne
user_account-state-blocked = Zablokowane
user_account-state-removed = Usunięte

user_account-action-register = Zarejestruj użytkownika
user_account-action-first_login = Pierwsze logowanie
user_account-action-login_succeeded = Logowanie
user_account-action-login_failed = Nieprawidłowe hasło lub kod bezpieczeństwa
user_account-action-reset = Wydaj nowe hasło tymczasowe
user_account-action-reset_only_lda = Wydaj nowe hasło tymczasowe (jedyny lokalny administrator danych)
user_account-action-change_roles = Zmień role
user_account-action-change_user_id = Zmień identyfikator użytkownika
user_account-action-update_contact = Zaktualizuj dane kontaktowe
user_account-action-remove = Usuń użytkownika

user_account-field-user_id = Identyfikator użytkownika
user_account-field-name = Imię i nazwisko
user_account-field-email = Indywidualny adres e-mail
user_account-field-phone = Telefon
user_account-field-language = Preferowany język roboczy
user_account-field-roles = Role
user_account-field-failures = Błędne próby od ostatniego logowania
user_account-field-registered_at = Data rejestracji
user_account-field-temporary_password_sent_at = Data wysłania hasła tymczasowego
user_account-field-password_changed_at = Data wybrania hasła
user_account-field-last_login_at = Ostatnie logowanie
user_account-field-blocked_at = Data zablokowania

user_account-input-temporary_password = Hasło tymczasowe

## Odmowy

user_account-guard-register = Nie można zarejestrować użytkownika: identyfikator użytkownika może być już zajęty (identyfikatory użytkowników są unikalne bez względu na wielkość liter), adres e-mail może mieć nieprawidłowy format, język musi być jednym z 24 języków urzędowych, a użytkownik musi mieć co najmniej jedną rolę.
user_account-guard-user_id_taken = Ten identyfikator użytkownika jest już zajęty (identyfikatory użytkowników są unikalne bez względu na wielkość liter). Należy wybrać inny.
user_account-guard-reset_only_lda = Może to zrobić wyłącznie administrator danych koordynatora zatwierdzającego i tylko w odniesieniu do jedynego lokalnego administratora danych organu; ten organ ma innego aktywnego lokalnego administratora danych, który może wydać nowe hasło tymczasowe.
user_account-guard-change_roles = Użytkownik musi mieć co najmniej jedną rolę, a organ musi zachować co najmniej jednego aktywnego lokalnego administratora danych.
user_account-guard-remove = Organ musi zachować co najmniej jednego aktywnego lokalnego administratora danych.
user_account-guard-update_contact = Adres e-mail ma nieprawidłowy format lub język nie jest jednym z 24 języków urzędowych.

## Wiadomości e-mail (nigdy z identyfikatorem użytkownika: jest on przekazywany inną drogą)

user_account-email-temporary-password =
    Dzień dobry { $name },

    hasło tymczasowe do Systemu Wymiany Informacji na Rynku Wewnętrznym (IMI) to: { $temporary_password }

    Identyfikator użytkownika nie jest podany w tej wiadomości e-mail: przekaże go osoba, która dokonała rejestracji. Przy następnym logowaniu należy wprowadzić identyfikator użytkownika i to hasło tymczasowe, a następnie wybrać własne hasło (co najmniej 8 znaków, w tym małe litery, wielkie litery i cyfra) oraz nowy 12-znakowy kod bezpieczeństwa (według tych samych zasad). W obu przypadkach rozróżniana jest wielkość liter.
    .subject = Hasło tymczasowe do systemu IMI

user_account-email-blocked =
    Dzień dobry { $name },

    konto w systemie IMI zostało zablokowane po pięciu błędnych próbach wprowadzenia hasła lub kodu bezpieczeństwa. O nowe hasło tymczasowe należy zwrócić się do lokalnego administratora danych swojego organu (jeżeli jest się jedynym lokalnym administratorem danych organu, należy zwrócić się do koordynatora zatwierdzającego).
    .subject = Konto w systemie IMI zostało zablokowane

user_account-input-authority = Organ użytkownika
