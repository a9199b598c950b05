# The web application: my authority (profile, area settings, users).

web-nav-admin = Mój organ
web-admin-title = Mój organ
web-admin-profile = Profil
web-admin-profile-hint = dane ogólne, dane kontaktowe i kompetencje, tak jak widzą je inne organy
web-admin-areas = Obszary legislacyjne i ich ustawienia
web-admin-settings-change = Wyświetl i zmień ustawienia
web-admin-settings-see = Wyświetl ustawienia
web-admin-no-areas = Państwa organ nie ma jeszcze dostępu do żadnego obszaru legislacyjnego.
web-admin-users = Użytkownicy mojego organu
web-admin-name = Imię i nazwisko
web-admin-roles = Role
web-admin-register = Zarejestruj użytkownika
web-admin-roles-hint = Role: jedna w wierszu lub oddzielone przecinkami, np. request_handler lub request_handler@professional-qualifications dla jednego obszaru.
web-admin-register-submit = Zarejestruj
web-admin-registered = Użytkownik został zarejestrowany z identyfikatorem użytkownika { $user_id }. Identyfikator należy samodzielnie przekazać użytkownikowi: nigdy nie jest wysyłany pocztą elektroniczną. Hasło tymczasowe zostanie wysłane na adres e-mail użytkownika.
