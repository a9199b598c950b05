### Textos em português do pacote de sistema `core` (definitions/core):
### funções, relações de coordenadores e os fluxos de trabalho
### registration_request, authority e area_access.

area-core = Sistema IMI

## Funções (R-ROLES)

role-basic_user = Utilizador básico
role-request_handler = Gestor de pedidos
role-allocator = Responsável pela atribuição de pedidos
role-local_data_administrator = Administrador local de dados
role-data_administrator = Administrador de dados
role-system_administrator = Administrador do sistema

## Relações de coordenadores (R-ACTORS)

relation-validating = Coordenador de validação
relation-legislation_access = Coordenador de acesso à legislação
relation-request = Coordenador de pedidos

## Fluxo de trabalho: pedido de registo (R-REG)

wf-registration_request = Pedido de registo

registration_request-party-coordinator = Coordenador
registration_request-party-applicant = Autoridade convidada
registration_request-party-commission = Comissão Europeia

registration_request-state-draft = Rascunho
registration_request-state-saved = Guardado
registration_request-state-saving_blocked = Gravação bloqueada
registration_request-state-rejected = Rejeitado
registration_request-state-sent = Enviado, a aguardar registo
registration_request-state-pending_validation = Registo pendente de validação
registration_request-state-validated = Autoridade validada
registration_request-state-validation_refused = Validação recusada
registration_request-state-expired = Expirado
registration_request-state-cancelled = Cancelado
registration_request-state-deleted = Eliminado

registration_request-action-create = Novo pedido de registo
registration_request-action-edit = Editar
registration_request-action-edit_sent = Editar e enviar um novo convite
registration_request-action-save = Guardar para envio
registration_request-action-stop = Parar o envio
registration_request-action-release = Libertar para envio
registration_request-action-dispatch = Enviar o convite
registration_request-action-remind = Enviar um lembrete
registration_request-action-expire = Fazer expirar
registration_request-action-cancel = Cancelar
registration_request-action-discard = Eliminar
registration_request-action-register = Registar a autoridade
registration_request-action-authority_validated = Autoridade validada
registration_request-action-authority_refused = Autoridade recusada
registration_request-action-purge = Eliminar definitivamente

registration_request-field-email = Endereço de correio eletrónico profissional da autoridade
registration_request-field-name = Nome (apenas para a sua lista)
registration_request-field-areas = Domínios legislativos
registration_request-field-note = Nota de acompanhamento
registration_request-field-country = País
registration_request-field-rejection_reason = Motivo da rejeição
registration_request-field-saved_at = Guardado em
registration_request-field-dispatch_at = A enviar em
registration_request-field-sent_at = Enviado em
registration_request-field-token = Código de registo
registration_request-field-token_expires_at = Código válido até
registration_request-field-registered_at = Registado em
registration_request-field-authority_name = Autoridade registada
registration_request-field-delete_at = A eliminar em
registration_request-field-coordinator_name = Coordenador (tal como indicado no convite)
registration_request-field-coordinator_email = Endereço de correio eletrónico do coordenador (tal como indicado no convite)

registration_request-input-summary_kept = Imprimi o resumo ou guardei-o como documento
registration_request-input-official_name = Designação oficial
registration_request-input-national_languages = Línguas nacionais
registration_request-input-informal_name = Designação informal
registration_request-input-description = Breve descrição das competências
registration_request-input-languages = Outras línguas compreendidas
registration_request-input-level = Nível (local, regional, nacional)
registration_request-input-address = Endereço postal
registration_request-input-phone = Telefone
registration_request-input-website = Sítio Web
registration_request-input-first_user_name = Nome do primeiro utilizador
registration_request-input-first_user_email = Endereço de correio eletrónico do primeiro utilizador
registration_request-input-first_user_language = Língua de trabalho preferida do primeiro utilizador

registration_request-rejection-malformed_email = O endereço de correio eletrónico não é válido.
registration_request-rejection-email_in_use = O endereço de correio eletrónico já é utilizado por uma autoridade ou por outro pedido de registo.

registration_request-guard-save = Selecione pelo menos um domínio legislativo.
registration_request-guard-edit_sent = O endereço de correio eletrónico não é válido ou já é utilizado por uma autoridade ou por outro pedido de registo.
registration_request-guard-register = A verificação de segurança falhou: o código está errado ou expirou, o resumo não foi conservado, o país não corresponde ao do convite, ou o endereço de correio eletrónico não é válido ou já é utilizado por uma autoridade.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) convida a sua autoridade a registar-se no Sistema de Informação do Mercado Interno (IMI).

    { $note }

    Para se registar, abra { $link } e introduza o seu código de registo: { $token }
    O código é válido até { $expires_on }.
    .subject = Convite para registo no IMI

registration_request-email-reminder =
    O convite de { $coordinator_name } ({ $coordinator_email }) para registo no IMI expira em { $expires_on }.
    Para se registar, abra { $link }.
    .subject = Lembrete: o seu convite para registo no IMI expira em breve

registration_request-email-token_void =
    O convite para registo no IMI que { $coordinator_name } ({ $coordinator_email }) lhe enviou foi alterado. A ligação e o código que recebeu deixaram de ser válidos. Seguir-se-á um novo convite com um novo código.
    .subject = A sua ligação de registo no IMI deixou de ser válida

registration_request-email-registered =
    A autoridade { $official_name } registou-se no IMI através do seu pedido de registo { $name } ({ $email }). O registo aguarda a sua validação.
    .subject = Um registo aguarda a sua validação

registration_request-email-confirmation =
    Obrigado por ter registado { $official_name } ({ $informal_name }, { $country }) no IMI.
    Primeiro utilizador: { $first_user_name }.
    O seu coordenador, { $coordinator_name }, irá agora validar o registo; em seguida, receberá as instruções para iniciar sessão.
    .subject = O seu registo no IMI

## Fluxo de trabalho: autoridade (R-CA-LIFE, R-PROFILE)

wf-authority = Autoridade

authority-party-own = Autoridade
authority-party-validating_coordinator = Coordenador de validação
authority-party-commission = Comissão Europeia

authority-state-pending_validation = Registo pendente de validação
authority-state-refused = Registo recusado
authority-state-active = Ativa
authority-state-deletion_in_progress = Eliminação em curso
authority-state-inactive = Inativa
authority-state-deleted = Eliminada

authority-action-register_directly = Registar uma autoridade
authority-action-self_registration = Autorregisto
authority-action-validate = Validar
authority-action-refuse = Recusar o registo
authority-action-update_profile = Atualizar os dados da autoridade
authority-action-change_official_name = Alterar a designação oficial
authority-action-translations_done = Traduções concluídas
authority-action-start_deletion = Iniciar a eliminação
authority-action-deactivate = Tornar inativa
authority-action-purge = Eliminar definitivamente

authority-field-official_name = Designação oficial
authority-field-country = País
authority-field-level = Nível (local, regional, nacional)
authority-field-national_languages = Línguas nacionais
authority-field-informal_name = Designação informal
authority-field-description = Breve descrição das competências
authority-field-languages = Outras línguas compreendidas
authority-field-address = Endereço postal
authority-field-phone = Telefone
authority-field-website = Sítio Web
authority-field-email = Endereço de correio eletrónico geral
authority-field-new_translation_needed = Nova tradução necessária
authority-field-first_user_name = Nome do primeiro utilizador
authority-field-first_user_email = Endereço de correio eletrónico do primeiro utilizador
authority-field-first_user_language = Língua de trabalho preferida do primeiro utilizador
authority-field-areas = Domínios legislativos
authority-field-validated_at = Validada em
authority-field-refused_at = Recusada em
authority-field-refusal_reason = Motivo da recusa
authority-field-deletion_started_at = Eliminação iniciada em
authority-field-inactive_since = Inativa desde
authority-field-delete_at = A eliminar em

authority-input-authority_id = Identificador de autoridade existente (apenas para migração)
authority-input-reason = Motivo

authority-guard-register_directly = A autoridade deve ser do seu país e dispor de um endereço de correio eletrónico geral válido que nenhuma outra autoridade utilize.
authority-guard-email = O endereço de correio eletrónico geral não é válido ou já é utilizado por outra autoridade.
authority-guard-translations_done = Não foi pedida nenhuma nova tradução.

authority-email-login_instructions =
    O registo de { $official_name } no IMI está concluído.
    { $first_user_name } receberá uma palavra-passe temporária numa mensagem de correio eletrónico separada; o identificador de utilizador é comunicado pelo seu coordenador, nunca por correio eletrónico. No primeiro início de sessão, escolha uma palavra-passe e um código de segurança de 12 caracteres.
    .subject = A sua autoridade está registada no IMI: instruções para iniciar sessão

authority-email-refused =
    O registo de { $official_name } no IMI foi recusado. { $reason }
    O seu coordenador pode ainda validá-lo no prazo de seis meses; após esse prazo, o registo é eliminado.
    .subject = O seu registo no IMI foi recusado

authority-email-deletion_started =
    Foi iniciada a eliminação de { $official_name } do IMI. Pode concluir os intercâmbios em curso, mas já não pode enviar nem receber novos pedidos.
    .subject = Foi iniciada a eliminação da sua autoridade do IMI

authority-email-deactivated =
    { $official_name } está agora inativa no IMI. Os utilizadores podem ainda iniciar sessão e consultar as informações, mas não é possível enviar nem receber nada de novo. A autoridade será eliminada definitivamente em { $delete_on }.
    .subject = A sua autoridade está inativa no IMI

## Fluxo de trabalho: acesso a um domínio legislativo (R-ACCESS)

wf-area_access = Acesso a um domínio legislativo

area_access-party-authority = Autoridade
area_access-party-access_coordinator = Coordenador de acesso à legislação

area_access-state-requested = Pedido
area_access-state-granted = Concedido
area_access-state-suspended = Suspenso
area_access-state-removed = Retirado
area_access-state-reactivation_requested = Reativação pedida
area_access-state-removed_reactivation_requested = Reativação pedida (retirado)
area_access-state-refused = Recusado

area_access-action-request = Pedir acesso a um domínio legislativo
area_access-action-at_registration = Acesso no momento do registo
area_access-action-edit_keywords = Editar as definições do domínio
area_access-action-coordinator_edit_keywords = Editar as definições do domínio da autoridade requerente
area_access-action-grant = Conceder acesso
area_access-action-refuse = Recusar acesso
area_access-action-suspend = Suspender acesso
area_access-action-reinstate = Levantar a suspensão
area_access-action-remove = Retirar acesso
area_access-action-request_reactivation = Pedir a reativação
area_access-action-approve_reactivation = Reativar
area_access-action-refuse_reactivation = Recusar a reativação

area_access-field-area = Domínio legislativo
area_access-field-area_workflow = Fluxo de trabalho
area_access-field-keywords = Palavras-chave
area_access-field-note = Nota
area_access-field-reason = Motivo
area_access-field-requested_at = Pedido em
area_access-field-granted_at = Concedido em
area_access-field-suspended_at = Suspenso em
area_access-field-removed_at = Retirado em
area_access-field-reactivation_requested_at = Reativação pedida em

area_access-input-coordinator = Coordenador ao qual foi pedido o acesso

area_access-guard-request = A sua autoridade já tem ou já pediu acesso a este domínio, não está ativa ou escolheu-se a si própria como coordenador.
area_access-guard-authority_not_active = A autoridade não está ativa: não pode ser concedido nenhum novo acesso.

area_access-email-requested =
    A autoridade { $authority } pede acesso ao domínio legislativo { $area }.
    .subject = Pedido de acesso a um domínio legislativo

area_access-email-granted =
    A sua autoridade tem agora acesso ao domínio legislativo { $area }.
    .subject = Acesso a um domínio legislativo concedido

area_access-email-refused =
    O seu pedido de acesso ao domínio legislativo { $area } foi recusado. { $reason }
    .subject = Acesso a um domínio legislativo recusado

area_access-email-suspended =
    O seu acesso ao domínio legislativo { $area } está suspenso: pode concluir os pedidos em aberto, mas não pode iniciar nada de novo.
    .subject = Acesso a um domínio legislativo suspenso

area_access-email-removed =
    O seu acesso ao domínio legislativo { $area } foi retirado.
    .subject = Acesso a um domínio legislativo retirado

area_access-email-reactivation_requested =
    A autoridade { $authority } pede a reativação do seu acesso ao domínio legislativo { $area }.
    .subject = Pedido de reativação do acesso a um domínio legislativo

area_access-email-reactivated =
    O seu pedido de reativação do acesso ao domínio legislativo { $area } foi aceite.
    .subject = Acesso a um domínio legislativo reativado

area_access-email-reactivation_refused =
    O seu pedido de reativação do acesso ao domínio legislativo { $area } foi recusado. { $reason }
    .subject = Reativação do acesso a um domínio legislativo recusada

area_access-field-allocation = Atribuição dos pedidos recebidos
area_access-field-referral_participation = Participa nas remessas
area_access-field-coordinator_sees_details = Os coordenadores de pedidos veem os pormenores dos pedidos
area_access-field-approve_requests = Os pedidos requerem a aprovação do coordenador
area_access-field-approve_replies = As respostas requerem a aprovação do coordenador
area_access-action-change_settings = Alterar as definições
area_access-action-change_approval = Alterar as definições de aprovação
