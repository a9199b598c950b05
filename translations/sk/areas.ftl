## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Odborné kvalifikácie
area-services = Služby
area-posting-of-workers = Vysielanie pracovníkov
area-euro-cash-transport = Preprava hotovosti v eurách
area-train-driver-licences = Licencie rušňovodičov
area-solvit = SOLVIT
area-patients-rights = Práva pacientov
area-e-commerce = Elektronický obchod
area-public-procurement = Verejné obstarávanie

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Kľúčové slová
keywords-professions = Povolania
keywords-economic_activities = Hospodárske činnosti
keywords-policy_areas = Oblasti politiky
