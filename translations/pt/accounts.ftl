### Textos em português das contas de utilizador (definitions/core/workflows/user_account.yaml):
### registo, início de sessão, bloqueio e reposições (R-LOGIN, R-ROLES).
### As próprias funções (role-*) encontram-se em core.ftl.

## Fluxo de trabalho: conta de utilizador (R-LOGIN)

wf-user_account = Conta de utilizador

user_account-party-authority = Autoridade do utilizador
user_account-party-validating_coordinator = Coordenador de validação

user_account-state-registered = Registada, a aguardar o primeiro início de sessão
user_account-state-active = Ativa
user_account-state-blocked = Bloqueada
user_account-state-removed = Removida

user_account-action-register = Registar um utilizador
user_account-action-first_login = Primeiro início de sessão
user_account-action-login_succeeded = Início de sessão
user_account-action-login_failed = Palavra-passe ou código de segurança incorretos
user_account-action-reset = Emitir uma nova palavra-passe temporária
user_account-action-reset_only_lda = Emitir uma nova palavra-passe temporária (único administrador local de dados)
user_account-action-change_roles = Alterar as funções
user_account-action-change_user_id = Alterar o identificador de utilizador
user_account-action-update_contact = Atualizar os dados de contacto
user_account-action-remove = Remover o utilizador

user_account-field-user_id = Identificador de utilizador
user_account-field-name = Nome
user_account-field-email = Endereço de correio eletrónico individual
user_account-field-phone = Telefone
user_account-field-language = Língua de trabalho preferida
user_account-field-roles = Funções
user_account-field-failures = Tentativas erradas desde o último início de sessão
user_account-field-registered_at = Registada em
user_account-field-temporary_password_sent_at = Palavra-passe temporária enviada em
user_account-field-password_changed_at = Palavra-passe escolhida em
user_account-field-last_login_at = Último início de sessão
user_account-field-blocked_at = Bloqueada em

user_account-input-temporary_password = Palavra-passe temporária

## Recusas

user_account-guard-register = Não é possível registar o utilizador: o identificador de utilizador pode já estar atribuído (os identificadores de utilizador são únicos, independentemente de maiúsculas ou minúsculas), o endereço de correio eletrónico pode estar mal formado, a língua tem de ser uma das 24 línguas oficiais e o utilizador tem de ter, pelo menos, uma função.
user_account-guard-user_id_taken = Este identificador de utilizador já está atribuído (os identificadores de utilizador são únicos, independentemente de maiúsculas ou minúsculas). Escolha outro.
user_account-guard-reset_only_lda = Só o administrador de dados do coordenador de validação pode fazê-lo, e apenas para o único administrador local de dados da autoridade; esta autoridade tem outro administrador local de dados ativo, que pode emitir a nova palavra-passe temporária.
user_account-guard-change_roles = Um utilizador tem de ter, pelo menos, uma função, e a autoridade tem de manter, pelo menos, um administrador local de dados ativo.
user_account-guard-remove = A autoridade tem de manter, pelo menos, um administrador local de dados ativo.
user_account-guard-update_contact = O endereço de correio eletrónico está mal formado ou a língua não é uma das 24 línguas oficiais.

## Mensagens de correio eletrónico (nunca com o identificador de utilizador: este é comunicado por outra via)

user_account-email-temporary-password =
    Caro(a) { $name },

    A sua palavra-passe temporária para o Sistema de Informação do Mercado Interno (IMI) é: { $temporary_password }

    O seu identificador de utilizador não consta desta mensagem: é-lhe comunicado pela pessoa que efetuou o seu registo. No próximo início de sessão, introduza o identificador de utilizador e esta palavra-passe temporária e, em seguida, escolha a sua própria palavra-passe (pelo menos 8 caracteres, com minúsculas, maiúsculas e um algarismo) e um novo código de segurança de 12 caracteres (com as mesmas regras). Ambos distinguem maiúsculas de minúsculas.
    .subject = A sua palavra-passe temporária do IMI

user_account-email-blocked =
    Caro(a) { $name },

    A sua conta IMI foi bloqueada após cinco introduções erradas da palavra-passe ou do código de segurança. Peça uma nova palavra-passe temporária ao administrador local de dados da sua autoridade (se for o único administrador local de dados da autoridade, peça-a ao seu coordenador de validação).
    .subject = A sua conta IMI está bloqueada

user_account-input-authority = Autoridade do utilizador
