## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Професионални квалификации
area-services = Услуги
area-posting-of-workers = Командироване на работници
area-euro-cash-transport = Превоз на парични средства в евро
area-train-driver-licences = Свидетелства на машинисти
area-solvit = SOLVIT
area-patients-rights = Права на пациентите
area-e-commerce = Електронна търговия
area-public-procurement = Обществени поръчки

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Ключови думи
keywords-professions = Професии
keywords-economic_activities = Икономически дейности
keywords-policy_areas = Области на политиката
