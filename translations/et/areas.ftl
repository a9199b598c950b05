## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Kutsekvalifikatsioonid
area-services = Teenused
area-posting-of-workers = Töötajate lähetamine
area-euro-cash-transport = Euro sularaha vedu
area-train-driver-licences = Vedurijuhiload
area-solvit = SOLVIT
area-patients-rights = Patsientide õigused
area-e-commerce = E-kaubandus
area-public-procurement = Riigihanked

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Märksõnad
keywords-professions = Kutsealad
keywords-economic_activities = Majandustegevusalad
keywords-policy_areas = Poliitikavaldkonnad
