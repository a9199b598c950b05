# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Mantenha atualizados os dados gerais: designação informal, descrição, línguas, contactos e correio eletrónico
checklist-competences = Descreva as competências: atividades económicas e domínios de intervenção
checklist-area_keywords = Escolha as palavras-chave de cada domínio legislativo
checklist-linked_authorities = Ligue as autoridades relacionadas do seu país
checklist-request_coordinators = Ligue os coordenadores de pedidos
checklist-departments = Decida que serviços utilizam o IMI
checklist-substitute_users = Decida quantos utilizadores adicionais são necessários (pelo menos um substituto)
checklist-allocation = Decida se os pedidos recebidos são atribuídos a gestores de pedidos
checklist-roles = Atribua uma função a cada utilizador
checklist-register_users = Registe os utilizadores
checklist-tell_user_ids = Comunique aos utilizadores os respetivos identificadores de utilizador
checklist-users_logged_in = Assegure que os utilizadores iniciam sessão
checklist-data_administrator = Coordenadores: decida quem é o administrador de dados
checklist-referral_participation = Coordenadores: decida se participa nas remessas
checklist-approval = Coordenadores: decida se aprova os pedidos e as respostas das autoridades que coordena
