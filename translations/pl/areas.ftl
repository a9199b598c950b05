## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Kwalifikacje zawodowe
area-services = Usługi
area-posting-of-workers = Delegowanie pracowników
area-euro-cash-transport = Transport gotówki w euro
area-train-driver-licences = Licencje maszynistów
area-solvit = SOLVIT
area-patients-rights = Prawa pacjentów
area-e-commerce = Handel elektroniczny
area-public-procurement = Zamówienia publiczne

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Słowa kluczowe
keywords-professions = Zawody
keywords-economic_activities = Rodzaje działalności gospodarczej
keywords-policy_areas = Obszary polityki
