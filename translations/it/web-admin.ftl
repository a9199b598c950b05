# The web application: my authority (profile, area settings, users).

web-nav-admin = La mia autorità
web-admin-title = La mia autorità
web-admin-profile = Profilo
web-admin-profile-hint = dati generali, contatti e competenze, così come li vedono le altre autorità
web-admin-areas = Settori legislativi e relative impostazioni
web-admin-settings-change = Visualizza e modifica le impostazioni
web-admin-settings-see = Visualizza le impostazioni
web-admin-no-areas = La sua autorità non ha ancora accesso ad alcun settore legislativo.
web-admin-users = Utenti della mia autorità
web-admin-name = Nome
web-admin-roles = Ruoli
web-admin-register = Registra un utente
web-admin-roles-hint = Ruoli: uno per riga o separati da virgole, ad es. request_handler, oppure request_handler@professional-qualifications per un solo settore.
web-admin-register-submit = Registra
web-admin-registered = L'utente è registrato con l'ID utente { $user_id }. Lo comunichi personalmente all'utente: non viene mai inviato per e-mail. La password temporanea viene inviata all'indirizzo e-mail dell'utente.
