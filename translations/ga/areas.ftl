## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Cáilíochtaí gairmiúla
area-services = Seirbhísí
area-posting-of-workers = Postáil oibrithe
area-euro-cash-transport = Iompar airgid thirim euro
area-train-driver-licences = Ceadúnais tiománaithe traenach
area-solvit = SOLVIT
area-patients-rights = Cearta othar
area-e-commerce = Ríomhthráchtáil
area-public-procurement = Soláthar poiblí

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Eochairfhocail
keywords-professions = Gairmeacha
keywords-economic_activities = Gníomhaíochtaí eacnamaíocha
keywords-policy_areas = Réimsí beartais
