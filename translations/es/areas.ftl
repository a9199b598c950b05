## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Cualificaciones profesionales
area-services = Servicios
area-posting-of-workers = Desplazamiento de trabajadores
area-euro-cash-transport = Transporte de fondos en euros
area-train-driver-licences = Licencias de maquinistas
area-solvit = SOLVIT
area-patients-rights = Derechos de los pacientes
area-e-commerce = Comercio electrónico
area-public-procurement = Contratación pública

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Palabras clave
keywords-professions = Profesiones
keywords-economic_activities = Actividades económicas
keywords-policy_areas = Ámbitos políticos
