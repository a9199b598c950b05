## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Berufsqualifikationen
area-services = Dienstleistungen
area-posting-of-workers = Entsendung von Arbeitnehmern
area-euro-cash-transport = Euro-Bargeldtransport
area-train-driver-licences = Triebfahrzeugführerscheine
area-solvit = SOLVIT
area-patients-rights = Patientenrechte
area-e-commerce = Elektronischer Geschäftsverkehr
area-public-procurement = Öffentliches Auftragswesen

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Schlagwörter
keywords-professions = Berufe
keywords-economic_activities = Wirtschaftstätigkeiten
keywords-policy_areas = Politikbereiche
