## Names of the legislative areas (from the IMI keyword data).
area-professional-qualifications = Qualificações profissionais
area-services = Serviços
area-posting-of-workers = Destacamento de trabalhadores
area-euro-cash-transport = Transporte de numerário em euros
area-train-driver-licences = Cartas de maquinista
area-solvit = SOLVIT
area-patients-rights = Direitos dos doentes
area-e-commerce = Comércio eletrónico
area-public-procurement = Contratação pública

## Names of the keyword lists (R-PROFILE).
keywords-keywords = Palavras-chave
keywords-professions = Profissões
keywords-economic_activities = Atividades económicas
keywords-policy_areas = Domínios de intervenção
