## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Szakmai képesítések
area-services = Szolgáltatások
area-posting-of-workers = Munkavállalók kiküldetése
area-euro-cash-transport = Euro-készpénz szállítása
area-train-driver-licences = Mozdonyvezetői engedélyek
area-solvit = SOLVIT
area-patients-rights = Betegjogok
area-e-commerce = Elektronikus kereskedelem
area-public-procurement = Közbeszerzés

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Kulcsszavak
keywords-professions = Szakmák
keywords-economic_activities = Gazdasági tevékenységek
keywords-policy_areas = Szakpolitikai területek
