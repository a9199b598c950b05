## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Qualifications professionnelles
area-services = Services
area-posting-of-workers = Détachement de travailleurs
area-euro-cash-transport = Transport de fonds en euros
area-train-driver-licences = Licences des conducteurs de train
area-solvit = SOLVIT
area-patients-rights = Droits des patients
area-e-commerce = Commerce électronique
area-public-procurement = Marchés publics

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Mots-clés
keywords-professions = Professions
keywords-economic_activities = Activités économiques
keywords-policy_areas = Domaines d'action
