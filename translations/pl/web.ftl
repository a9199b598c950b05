# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – System Wymiany Informacji na Rynku Wewnętrznym
web-skip-to-content = Przejdź do treści
web-nav-label = Menu główne
web-nav-tasks = Moje zadania
web-nav-search = Wyszukaj organ
web-logout = Wyloguj się
web-language = Język
web-language-apply = Zmień
web-yes = Tak
web-no = Nie

web-login-title = Logowanie
web-login-user-id = Identyfikator użytkownika
web-login-password = Hasło
web-login-next = Dalej
web-login-submit = Zaloguj się
web-login-wrong = Identyfikator użytkownika, hasło lub znaki kodu bezpieczeństwa są nieprawidłowe.
web-login-blocked = Konto zostało zablokowane po pięciu błędnych próbach. Nowe hasło tymczasowe może wydać lokalny administrator danych.
web-login-too-many = Zbyt wiele prób logowania z tego adresu. Należy odczekać minutę i spróbować ponownie.
web-login-expired = Ten etap logowania wygasł. Należy zacząć od nowa.
web-code-title = Kod bezpieczeństwa
web-code-intro = Należy wpisać znaki kodu bezpieczeństwa znajdujące się na wskazanych pozycjach.
web-code-character = Znak nr { $position } kodu bezpieczeństwa
web-first-title = Wybór hasła i kodu bezpieczeństwa
web-first-intro = To pierwsze logowanie (lub hasło zostało zresetowane): należy wybrać hasło i kod bezpieczeństwa składający się z 12 znaków. Przy każdym logowaniu trzeba będzie podać trzy znaki tego kodu.
web-first-password = Nowe hasło
web-first-password-again = Powtórz nowe hasło
web-first-security-code = Kod bezpieczeństwa (12 znaków)
web-first-security-code-hint = Litery i cyfry; kod należy zachować w tajemnicy, tak jak hasło.
web-first-mismatch = Podane hasła nie są identyczne.

web-tasks-title = Moje zadania
web-tasks-count =
    { $count ->
        [one] Jedno oczekujące zadanie
        [few] { $count } oczekujące zadania
        [many] { $count } oczekujących zadań
       *[other] { $count } oczekującego zadania
    }
web-tasks-none = Obecnie nie ma żadnych oczekujących zadań.
web-tasks-what = Wniosek
web-tasks-state = Status
web-tasks-due = Termin
web-tasks-overdue = po terminie

web-search-title = Wyszukaj organ
web-search-query = Czym zajmuje się organ? (w dowolnym języku)
web-search-country = Państwo
web-search-country-hint = Kod dwuliterowy, np. PT
web-search-area = Obszar legislacyjny
web-search-level = Szczebel
web-search-any = Dowolny
web-search-submit = Szukaj
web-search-found =
    { $count ->
        [0] Nie znaleziono żadnego organu
        [one] Znaleziono jeden organ
        [few] Znaleziono { $count } organy
        [many] Znaleziono { $count } organów
       *[other] Znaleziono { $count } organu
    }

web-authority-title = Organ

web-request-title = Wniosek
web-request-parties = Strony i szczegóły
web-request-actions = Dostępne działania
web-request-timeline = Przebieg
web-timeline-system = IMI (automatycznie)
web-machine-translation = Tłumaczenie maszynowe (język oryginału: { $language })
web-untranslated = Język oryginału: { $language }; tłumaczenie maszynowe nie jest dostępne
web-personal-data = Dane osobowe: widoczne wyłącznie dla stron wymiany informacji
web-personal-data-mark = dane osobowe

web-error-title = Wystąpił błąd
web-error-not-found = Ta strona nie istnieje lub brak uprawnień do jej wyświetlenia.
web-error-csrf = Ten formularz wygasł lub nie pochodzi z tej witryny. Należy wrócić, odświeżyć stronę i spróbować ponownie.
web-error-home = Przejdź do strony startowej
