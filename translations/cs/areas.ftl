## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Odborné kvalifikace
area-services = Služby
area-posting-of-workers = Vysílání pracovníků
area-euro-cash-transport = Přeprava hotovosti v eurech
area-train-driver-licences = Licence strojvedoucích
area-solvit = SOLVIT
area-patients-rights = Práva pacientů
area-e-commerce = Elektronický obchod
area-public-procurement = Veřejné zakázky

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Klíčová slova
keywords-professions = Povolání
keywords-economic_activities = Hospodářské činnosti
keywords-policy_areas = Oblasti politiky
