# The web application: my authority (profile, area settings, users).

web-nav-admin = Mon autorité
web-admin-title = Mon autorité
web-admin-profile = Profil
web-admin-profile-hint = données générales, coordonnées et compétences, telles que les autres autorités les voient
web-admin-areas = Domaines législatifs et leurs paramètres
web-admin-settings-change = Voir et modifier les paramètres
web-admin-settings-see = Voir les paramètres
web-admin-no-areas = Votre autorité n'a encore accès à aucun domaine législatif.
web-admin-users = Utilisateurs de mon autorité
web-admin-name = Nom
web-admin-roles = Rôles
web-admin-register = Enregistrer un utilisateur
web-admin-roles-hint = Rôles : un par ligne ou séparés par des virgules, p. ex. request_handler, ou request_handler@professional-qualifications pour un seul domaine.
web-admin-register-submit = Enregistrer
web-admin-registered = L'utilisateur est enregistré avec l'identifiant d'utilisateur { $user_id }. Communiquez-le vous-même à l'utilisateur : il n'est jamais envoyé par courrier électronique. Le mot de passe temporaire est envoyé à l'adresse électronique de l'utilisateur.
