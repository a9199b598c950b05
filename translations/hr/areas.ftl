## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Stručne kvalifikacije
area-services = Usluge
area-posting-of-workers = Upućivanje radnika
area-euro-cash-transport = Prijevoz gotovine u eurima
area-train-driver-licences = Dozvole strojovođa
area-solvit = SOLVIT
area-patients-rights = Prava pacijenata
area-e-commerce = Elektronička trgovina
area-public-procurement = Javna nabava

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Ključne riječi
keywords-professions = Profesije
keywords-economic_activities = Gospodarske djelatnosti
keywords-policy_areas = Područja politike
