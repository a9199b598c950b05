# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Sistema de Informação do Mercado Interno
web-skip-to-content = Saltar para o conteúdo
web-nav-label = Menu principal
web-nav-tasks = As minhas tarefas
web-nav-search = Procurar uma autoridade
web-logout = Terminar sessão
web-language = Língua
web-language-apply = Alterar
web-yes = Sim
web-no = Não

web-login-title = Iniciar sessão
web-login-user-id = Identificador de utilizador
web-login-password = Palavra-passe
web-login-next = Continuar
web-login-submit = Iniciar sessão
web-login-wrong = O identificador de utilizador, a palavra-passe ou os caracteres do código de segurança estão incorretos.
web-login-blocked = A sua conta foi bloqueada após cinco introduções erradas. O seu administrador local de dados pode emitir uma nova palavra-passe temporária.
web-login-too-many = Demasiadas tentativas de início de sessão a partir deste endereço. Aguarde um minuto e tente novamente.
web-login-expired = Este passo do início de sessão expirou. Recomece.
web-code-title = Código de segurança
web-code-intro = Introduza os caracteres do seu código de segurança que se encontram nas posições pedidas.
web-code-character = Carácter { $position } do seu código de segurança
web-first-title = Escolha a sua palavra-passe e o seu código de segurança
web-first-intro = Este é o seu primeiro início de sessão (ou a sua palavra-passe foi reposta): escolha uma palavra-passe e um código de segurança de 12 caracteres. Em cada início de sessão, ser-lhe-ão pedidos três caracteres desse código.
web-first-password = Nova palavra-passe
web-first-password-again = Repita a nova palavra-passe
web-first-security-code = Código de segurança (12 caracteres)
web-first-security-code-hint = Letras e algarismos; mantenha-o secreto, tal como a palavra-passe.
web-first-mismatch = As duas palavras-passe não são iguais.

web-tasks-title = As minhas tarefas
web-tasks-count =
    { $count ->
        [one] Tem uma tarefa pendente
       *[other] Tem { $count } tarefas pendentes
    }
web-tasks-none = De momento, não tem tarefas pendentes.
web-tasks-what = Pedido
web-tasks-state = Estado
web-tasks-due = Prazo
web-tasks-overdue = prazo ultrapassado

web-search-title = Procurar uma autoridade
web-search-query = O que faz a autoridade? (em qualquer língua)
web-search-country = País
web-search-country-hint = Código de duas letras, por exemplo PT
web-search-area = Domínio legislativo
web-search-level = Nível
web-search-any = Qualquer
web-search-submit = Procurar
web-search-found =
    { $count ->
        [0] Nenhuma autoridade encontrada
        [one] Uma autoridade encontrada
       *[other] { $count } autoridades encontradas
    }

web-authority-title = Autoridade

web-request-title = Pedido
web-request-parties = Partes e pormenores
web-request-actions = O que pode fazer
web-request-timeline = Cronologia
web-timeline-system = IMI (automático)
web-machine-translation = Tradução automática (língua de origem: { $language })
web-untranslated = Língua de origem: { $language }; não está disponível qualquer tradução automática
web-personal-data = Dados pessoais: visíveis apenas para as partes no intercâmbio
web-personal-data-mark = dados pessoais

web-error-title = Ocorreu um erro
web-error-not-found = Esta página não existe ou não tem permissão para a ver.
web-error-csrf = Este formulário expirou ou não provém deste sítio. Volte atrás, recarregue a página e tente novamente.
web-error-home = Ir para a página inicial
