## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Ammattipätevyys
area-services = Palvelut
area-posting-of-workers = Työntekijöiden lähettäminen
area-euro-cash-transport = Euromääräisen käteisen rahan kuljetus
area-train-driver-licences = Veturinkuljettajien lupakirjat
area-solvit = SOLVIT
area-patients-rights = Potilaan oikeudet
area-e-commerce = Sähköinen kaupankäynti
area-public-procurement = Julkiset hankinnat

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Avainsanat
keywords-professions = Ammatit
keywords-economic_activities = Toimialat
keywords-policy_areas = Politiikanalat
