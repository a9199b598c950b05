## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Professional qualifications
area-services = Services
area-posting-of-workers = Posting of workers
area-euro-cash-transport = Euro cash transport
area-train-driver-licences = Train driver licences
area-solvit = SOLVIT
area-patients-rights = Patients' rights
area-e-commerce = E-commerce
area-public-procurement = Public procurement

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Keywords
keywords-professions = Professions
keywords-economic_activities = Economic activities
keywords-policy_areas = Policy areas
