# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Tenez à jour les données générales : nom usuel, description, langues, coordonnées et adresse électronique
checklist-competences = Décrivez les compétences : activités économiques et domaines d'action
checklist-area_keywords = Choisissez les mots-clés de chaque domaine législatif
checklist-linked_authorities = Liez les autorités associées de votre pays
checklist-request_coordinators = Liez les coordinateurs des demandes
checklist-departments = Décidez quels services utilisent IMI
checklist-substitute_users = Décidez combien d'utilisateurs supplémentaires il vous faut (au moins un suppléant)
checklist-allocation = Décidez si les demandes entrantes sont attribuées à des gestionnaires de demandes
checklist-roles = Attribuez un rôle à chaque utilisateur
checklist-register_users = Enregistrez les utilisateurs
checklist-tell_user_ids = Communiquez aux utilisateurs leur identifiant d'utilisateur
checklist-users_logged_in = Veillez à ce que les utilisateurs se connectent
checklist-data_administrator = Coordinateurs : décidez qui est administrateur des données
checklist-referral_participation = Coordinateurs : décidez si vous participez aux saisines
checklist-approval = Coordinateurs : décidez si vous approuvez les demandes et les réponses des autorités que vous coordonnez
