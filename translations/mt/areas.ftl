## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Kwalifiki professjonali
area-services = Servizzi
area-posting-of-workers = Stazzjonar ta' ħaddiema
area-euro-cash-transport = Trasport ta' flus kontanti tal-euro
area-train-driver-licences = Liċenzji tas-sewwieqa tal-ferrovija
area-solvit = SOLVIT
area-patients-rights = Drittijiet tal-pazjenti
area-e-commerce = Kummerċ elettroniku
area-public-procurement = Akkwist pubbliku

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Kliem ewlieni
keywords-professions = Professjonijiet
keywords-economic_activities = Attivitajiet ekonomiċi
keywords-policy_areas = Oqsma ta' politika
