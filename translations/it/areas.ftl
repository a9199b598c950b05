## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Qualifiche professionali
area-services = Servizi
area-posting-of-workers = Distacco dei lavoratori
area-euro-cash-transport = Trasporto di contante in euro
area-train-driver-licences = Licenze dei macchinisti
area-solvit = SOLVIT
area-patients-rights = Diritti dei pazienti
area-e-commerce = Commercio elettronico
area-public-procurement = Appalti pubblici

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Parole chiave
keywords-professions = Professioni
keywords-economic_activities = Attività economiche
keywords-policy_areas = Settori politici
