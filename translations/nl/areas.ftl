## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Beroepskwalificaties
area-services = Diensten
area-posting-of-workers = Detachering van werknemers
area-euro-cash-transport = Vervoer van eurocontanten
area-train-driver-licences = Machinistenvergunningen
area-solvit = SOLVIT
area-patients-rights = Patiëntenrechten
area-e-commerce = Elektronische handel
area-public-procurement = Overheidsopdrachten

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Trefwoorden
keywords-professions = Beroepen
keywords-economic_activities = Economische activiteiten
keywords-policy_areas = Beleidsterreinen
