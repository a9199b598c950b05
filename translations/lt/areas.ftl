## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Profesinės kvalifikacijos
area-services = Paslaugos
area-posting-of-workers = Darbuotojų komandiravimas
area-euro-cash-transport = Grynųjų eurų pervežimas
area-train-driver-licences = Traukinių mašinistų pažymėjimai
area-solvit = SOLVIT
area-patients-rights = Pacientų teisės
area-e-commerce = Elektroninė prekyba
area-public-procurement = Viešieji pirkimai

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Reikšminiai žodžiai
keywords-professions = Profesijos
keywords-economic_activities = Ekonominės veiklos rūšys
keywords-policy_areas = Politikos sritys
