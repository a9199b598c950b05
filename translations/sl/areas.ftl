## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Poklicne kvalifikacije
area-services = Storitve
area-posting-of-workers = Napotitev delavcev
area-euro-cash-transport = Prevoz gotovine v eurih
area-train-driver-licences = Dovoljenja strojevodij
area-solvit = SOLVIT
area-patients-rights = Pravice pacientov
area-e-commerce = Elektronsko poslovanje
area-public-procurement = Javno naročanje

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Ključne besede
keywords-professions = Poklici
keywords-economic_activities = Gospodarske dejavnosti
keywords-policy_areas = Področja politike
