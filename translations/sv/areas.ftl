## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Yrkeskvalifikationer
area-services = Tjänster
area-posting-of-workers = Utstationering av arbetstagare
area-euro-cash-transport = Transport av eurokontanter
area-train-driver-licences = Förarbevis för lokförare
area-solvit = SOLVIT
area-patients-rights = Patienträttigheter
area-e-commerce = Elektronisk handel
area-public-procurement = Offentlig upphandling

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Nyckelord
keywords-professions = Yrken
keywords-economic_activities = Ekonomiska verksamheter
keywords-policy_areas = Politikområden
