# Autoridades e coordenadores: perfis, importações, ligações entre autoridades,
# coordenadores de pedidos; o rodapé das mensagens de correio eletrónico.

authority-field-economic_activities = Atividades económicas
authority-field-policy_areas = Domínios de intervenção
authority-field-coordinator = Coordenador IMI
authority-field-coordinated_areas = Domínios legislativos coordenados
authority-field-region = Região
authority-input-user_id = Identificador de utilizador do primeiro utilizador
authority-input-temporary_password = Palavra-passe temporária do primeiro utilizador
authority-input-validating_coordinator = Coordenador de validação
authority-action-imported = Transferir do sistema anterior
authority-action-update_competences = Alterar competências
authority-action-designate_coordinator = Designar como coordenador IMI
authority-guard-imported = A autoridade já é conhecida, o seu endereço de correio eletrónico geral não é válido ou o tipo de coordenador não é nimic, dimic nem sdimic.
authority-guard-designate_coordinator = O tipo de coordenador tem de ser nimic, dimic ou sdimic.

area_access-field-professions = Profissões
area_access-input-authority = Autoridade
area_access-action-imported = Transferir do sistema anterior

user_account-action-first_user = Registar o primeiro utilizador
user_account-action-imported = Transferir do sistema anterior

wf-authority_link = Ligação entre autoridades
authority_link-party-authority = Autoridade
authority_link-party-linked = Autoridade ligada
authority_link-field-linked_at = Ligada em
authority_link-state-linked = Ligada
authority_link-state-unlinked = Ligação removida
authority_link-action-link = Ligar uma autoridade
authority_link-action-unlink = Remover a ligação
authority_link-input-linked = Autoridade a ligar
authority_link-guard-link = Só pode ligar outra autoridade ativa do seu próprio país, e apenas uma vez.

wf-request_coordination = Coordenador de pedidos
request_coordination-party-authority = Autoridade coordenada
request_coordination-party-coordinator = Coordenador de pedidos
request_coordination-field-area = Domínio legislativo
request_coordination-field-linked_at = Ligado em
request_coordination-state-linked = Ligado
request_coordination-state-unlinked = Desligado
request_coordination-action-at_access = Ligar o coordenador de acesso à legislação
request_coordination-action-link = Ligar um coordenador de pedidos
request_coordination-action-unlink = Desligar o coordenador de pedidos
request_coordination-input-coordinator = Coordenador
request_coordination-guard-link = O coordenador tem de ser um coordenador IMI ativo do seu país, ainda não ligado para este domínio, e a sua autoridade tem de ter acesso ao domínio.
request_coordination-guard-unlink = A sua autoridade tem de manter, pelo menos, um coordenador de pedidos em cada domínio legislativo.
request_coordination-email-linked =
    A autoridade { $authority } ligou a sua autoridade como coordenador de pedidos para o domínio legislativo { $area }.
    .subject = Nova autoridade coordenada

mail-footer = Esta mensagem de correio eletrónico foi enviada automaticamente pelo Sistema de Informação do Mercado Interno (IMI). Não responda a esta mensagem.

keywords-countries = Países
keywords-levels = Níveis
keywords-languages = Línguas
