## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Calificări profesionale
area-services = Servicii
area-posting-of-workers = Detașarea lucrătorilor
area-euro-cash-transport = Transportul de numerar în euro
area-train-driver-licences = Permise de mecanic de locomotivă
area-solvit = SOLVIT
area-patients-rights = Drepturile pacienților
area-e-commerce = Comerț electronic
area-public-procurement = Achiziții publice

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Cuvinte-cheie
keywords-professions = Profesii
keywords-economic_activities = Activități economice
keywords-policy_areas = Domenii de politică
