# The web application: my authority (profile, area settings, users).

web-nav-admin = A minha autoridade
web-admin-title = A minha autoridade
web-admin-profile = Perfil
web-admin-profile-hint = dados gerais, contactos e competências, tal como as outras autoridades os veem
web-admin-areas = Domínios legislativos e respetivas definições
web-admin-settings-change = Ver e alterar as definições
web-admin-settings-see = Ver as definições
web-admin-no-areas = A sua autoridade ainda não tem acesso a nenhum domínio legislativo.
web-admin-users = Utilizadores da minha autoridade
web-admin-name = Nome
web-admin-roles = Funções
web-admin-register = Registar um utilizador
web-admin-roles-hint = Funções: uma por linha ou separadas por vírgulas, por exemplo request_handler, ou request_handler@professional-qualifications para um só domínio.
web-admin-register-submit = Registar
web-admin-registered = O utilizador foi registado com o identificador de utilizador { $user_id }. Comunique-o pessoalmente ao utilizador: nunca é enviado por correio eletrónico. A palavra-passe temporária é enviada para o endereço de correio eletrónico do utilizador.
