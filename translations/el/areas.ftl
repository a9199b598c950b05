## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Επαγγελματικά προσόντα
area-services = Υπηρεσίες
area-posting-of-workers = Απόσπαση εργαζομένων
area-euro-cash-transport = Μεταφορά μετρητών σε ευρώ
area-train-driver-licences = Άδειες μηχανοδηγών
area-solvit = SOLVIT
area-patients-rights = Δικαιώματα ασθενών
area-e-commerce = Ηλεκτρονικό εμπόριο
area-public-procurement = Δημόσιες συμβάσεις

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Λέξεις-κλειδιά
keywords-professions = Επαγγέλματα
keywords-economic_activities = Οικονομικές δραστηριότητες
keywords-policy_areas = Τομείς πολιτικής
