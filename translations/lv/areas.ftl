## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Profesionālā kvalifikācija
area-services = Pakalpojumi
area-posting-of-workers = Darba ņēmēju norīkošana
area-euro-cash-transport = Eiro skaidras naudas pārvadāšana
area-train-driver-licences = Vilcienu vadītāju apliecības
area-solvit = SOLVIT
area-patients-rights = Pacientu tiesības
area-e-commerce = Elektroniskā tirdzniecība
area-public-procurement = Publiskais iepirkums

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Atslēgvārdi
keywords-professions = Profesijas
keywords-economic_activities = Saimnieciskās darbības
keywords-policy_areas = Politikas jomas
