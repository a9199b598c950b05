## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Erhvervsmæssige kvalifikationer
area-services = Tjenesteydelser
area-posting-of-workers = Udstationering af arbejdstagere
area-euro-cash-transport = Transport af eurokontanter
area-train-driver-licences = Licenser til lokomotivførere
area-solvit = SOLVIT
area-patients-rights = Patientrettigheder
area-e-commerce = Elektronisk handel
area-public-procurement = Offentlige udbud

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Nøgleord
keywords-professions = Erhverv
keywords-economic_activities = Økonomiske aktiviteter
keywords-policy_areas = Politikområder
