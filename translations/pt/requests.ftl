# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Atribuição dos pedidos recebidos aos gestores de pedidos
setting-approve_requests = O coordenador de pedidos aprova os pedidos antes de serem enviados
setting-approve_replies = O coordenador de pedidos aprova as respostas antes de serem enviadas
setting-referral_participation = Participa nas remessas como coordenador de pedidos
setting-coordinator_sees_details = Os coordenadores de pedidos podem ver os pormenores dos pedidos (nunca os dados pessoais)

wf-pq_request = Pedido de informações – qualificações profissionais
request-party-requester = Autoridade requerente
request-party-responder = Autoridade requerida
request-party-requester_coordinators = Coordenadores de pedidos da autoridade requerente
request-party-responder_coordinators = Coordenadores de pedidos da autoridade requerida
request-party-requester_coordinator = Remessa: coordenador da autoridade requerente
request-party-responder_coordinator = Remessa: coordenador da autoridade requerida

request-field-answers = Perguntas e respostas
request-field-proposed_deadline = Prazo proposto
request-field-deadline = Prazo acordado
request-field-handler = Atribuído a
request-field-reason = Motivo
request-field-further_question = Informações complementares pedidas
request-field-overdue = Prazo ultrapassado
request-field-rating_timeliness = Avaliação: cumprimento do prazo
request-field-rating_effort = Avaliação: esforço
request-field-sent_at = Enviado em
request-field-accepted_at = Aceite em
request-field-replied_at = Respondido em
request-field-closed_at = Encerrado em
request-input-responder = Autoridade requerida
request-input-to = Reencaminhar para
request-input-requester_coordinator = Coordenador da autoridade requerente
request-input-responder_coordinator = Coordenador da autoridade requerida

request-state-draft = Rascunho
request-state-awaiting_approval = A aguardar aprovação do coordenador
request-state-awaiting_acceptance = A aguardar aceitação
request-state-accepted = Aceite, resposta em preparação
request-state-reply_awaiting_approval = Resposta a aguardar aprovação do coordenador
request-state-replied = Respondido
request-state-further_information_requested = Informações complementares pedidas
request-state-cannot_provide = Não é possível fornecer informações complementares
request-state-referred = Remetido aos coordenadores
request-state-closed = Encerrado
request-state-withdrawn = Retirado
request-state-deleted = Eliminado

request-action-create = Novo pedido
request-action-save = Guardar rascunho
request-action-delete_draft = Eliminar rascunho
request-action-send = Enviar
request-action-approve_request = Aprovar o pedido
request-action-return_request = Devolver o pedido
request-action-allocate = Atribuir a um gestor de pedidos
request-action-accept = Aceitar
request-action-forward = Reencaminhar para outra autoridade
request-action-reply = Responder
request-action-approve_reply = Aprovar a resposta
request-action-return_reply = Devolver a resposta
request-action-ask_further_information = Pedir informações complementares
request-action-provide_further_information = Fornecer informações complementares
request-action-cannot_provide = Não é possível fornecer informações complementares
request-action-refer = Remeter aos coordenadores
request-action-requester_coordinator_opts_out = Não participar na remessa
request-action-responder_coordinator_opts_out = Não participar na remessa
request-action-delegate_referral = Delegar num gestor de pedidos
request-action-conclude_referral = Concluir a remessa
request-action-close = Aceitar a resposta e encerrar
request-action-withdraw = Retirar
request-action-remind = Lembrete antes do termo do prazo
request-action-notice_overdue = Prazo ultrapassado

pq_request-guard-create = Ambas as autoridades têm de ter acesso ao domínio das qualificações profissionais, e a autoridade requerida tem de ser outra autoridade.
request-guard-deadline = O prazo tem de ser uma data futura.
request-guard-allocation = A sua autoridade não atribui os pedidos recebidos.
pq_request-guard-forward = Só pode reencaminhar para outra autoridade com acesso ao domínio das qualificações profissionais.
pq_request-guard-refer = Escolha um coordenador de pedidos de cada autoridade para as qualificações profissionais.
request-guard-rating = Avalie o cumprimento do prazo e o esforço numa escala de 1 a 5.

pq_request-email-incoming =
    A sua autoridade recebeu um pedido de informações sobre qualificações profissionais (pedido { $request }).
    A autoridade requerente pede uma resposta até { $deadline }.

    Abra o pedido no IMI para o aceitar ou para propor outro prazo.
    .subject = Novo pedido de informações (qualificações profissionais)
pq_request-email-approval-needed =
    Um pedido de informações sobre qualificações profissionais (pedido { $request }) aguarda a sua aprovação antes de ser enviado.
    .subject = Um pedido aguarda a sua aprovação
request-email-returned =
    O pedido { $request } foi-lhe devolvido: { $reason }
    .subject = Um pedido foi-lhe devolvido
pq_request-email-allocated =
    O pedido { $request } (qualificações profissionais) foi-lhe atribuído.
    .subject = Foi-lhe atribuído um pedido
request-email-accepted =
    O seu pedido { $request } foi aceite. A autoridade requerida responderá até { $deadline }.
    .subject = O seu pedido foi aceite
request-email-forwarded =
    O seu pedido { $request } foi reencaminhado para outra autoridade ({ $to }), que tem agora de o aceitar.
    .subject = O seu pedido foi reencaminhado
request-email-replied =
    O seu pedido { $request } obteve resposta. Abra-o no IMI para ler a resposta.
    .subject = O seu pedido obteve resposta
request-email-further-information =
    A autoridade requerente pede informações complementares sobre o pedido { $request }.
    .subject = Informações complementares pedidas
request-email-cannot-provide =
    A autoridade requerida não pode fornecer as informações complementares pedidas sobre o pedido { $request }: { $reason }
    .subject = Não é possível fornecer informações complementares
request-email-referred =
    O pedido { $request } foi-lhe remetido na qualidade de coordenador de pedidos. Participa na remessa, a menos que opte por não participar.
    .subject = Foi-lhe remetido um pedido
request-email-referral-delegated =
    O seu coordenador atribuiu-lhe a responsabilidade pela remessa do pedido { $request }.
    .subject = Foi-lhe delegada uma remessa
request-email-closed =
    O pedido { $request } foi encerrado pela autoridade requerente.
    .subject = Um pedido foi encerrado
request-email-withdrawn =
    O pedido { $request } foi retirado pela autoridade requerente: { $reason }
    .subject = Um pedido foi retirado
request-email-reminder =
    O pedido { $request } tem de ser respondido até { $deadline }.
    .subject = Lembrete: o prazo de um pedido termina em breve
request-email-overdue =
    O prazo do pedido { $request } ({ $deadline }) terminou sem resposta.
    .subject = Um pedido está em atraso

wf-services_request = Pedido de informações – serviços
services_request-guard-create = Ambas as autoridades têm de ter acesso ao domínio dos serviços, e a autoridade requerida tem de ser outra autoridade.
services_request-guard-forward = Só pode reencaminhar para outra autoridade com acesso ao domínio dos serviços.
services_request-guard-refer = Escolha um coordenador de pedidos de cada autoridade para os serviços.
services_request-email-incoming =
    A sua autoridade recebeu um pedido de informações sobre um prestador de serviços (pedido { $request }).
    A autoridade requerente pede uma resposta até { $deadline }.

    Abra o pedido no IMI para o aceitar ou para propor outro prazo.
    .subject = Novo pedido de informações (serviços)
services_request-email-approval-needed =
    Um pedido de informações sobre um prestador de serviços (pedido { $request }) aguarda a sua aprovação antes de ser enviado.
    .subject = Um pedido aguarda a sua aprovação
services_request-email-allocated =
    O pedido { $request } (serviços) foi-lhe atribuído.
    .subject = Foi-lhe atribuído um pedido

request-field-personal_data_blocked = Dados pessoais bloqueados
request-action-block_personal_data = Bloquear os dados pessoais
request-action-consult_personal_data = Consultar os dados pessoais bloqueados
request-action-purge = Eliminar definitivamente
request-input-justification = Justificação
request-guard-justification = Os dados pessoais são bloqueados seis meses após o encerramento; para os consultar, indique uma justificação com pelo menos 20 caracteres.
