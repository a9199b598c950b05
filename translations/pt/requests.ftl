# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Atribuição dos pedidos recebidos aos gestores de pedidos
setting-approve_requests = O coordenador de pedidos aprova os pedidos antes de serem enviados
setting-approve_replies = O coordenador de pedidos aprova as respostas antes de serem enviadas
setting-referral_participation = Participa nas remessas como coordenador de pedidos
setting-coordinator_sees_details = Os coordenadores de pedidos podem ver os pormenores dos pedidos (nunca os dados pessoais)

wf-pq_request = Pedido de informações – qualificações profissionais
pq_request-party-requester = Autoridade requerente
pq_request-party-responder = Autoridade requerida
pq_request-party-requester_coordinators = Coordenadores de pedidos da autoridade requerente
pq_request-party-responder_coordinators = Coordenadores de pedidos da autoridade requerida
pq_request-party-requester_coordinator = Remessa: coordenador da autoridade requerente
pq_request-party-responder_coordinator = Remessa: coordenador da autoridade requerida

pq_request-field-answers = Perguntas e respostas
pq_request-field-proposed_deadline = Prazo proposto
pq_request-field-deadline = Prazo acordado
pq_request-field-handler = Atribuído a
pq_request-field-reason = Motivo
pq_request-field-further_question = Informações complementares pedidas
pq_request-field-overdue = Prazo ultrapassado
pq_request-field-rating_timeliness = Avaliação: cumprimento do prazo
pq_request-field-rating_effort = Avaliação: esforço
pq_request-field-sent_at = Enviado em
pq_request-field-accepted_at = Aceite em
pq_request-field-replied_at = Respondido em
pq_request-field-closed_at = Encerrado em
pq_request-input-responder = Autoridade requerida
pq_request-input-to = Reencaminhar para
pq_request-input-requester_coordinator = Coordenador da autoridade requerente
pq_request-input-responder_coordinator = Coordenador da autoridade requerida

pq_request-state-draft = Rascunho
pq_request-state-awaiting_approval = A aguardar aprovação do coordenador
pq_request-state-awaiting_acceptance = A aguardar aceitação
pq_request-state-accepted = Aceite, resposta em preparação
pq_request-state-reply_awaiting_approval = Resposta a aguardar aprovação do coordenador
pq_request-state-replied = Respondido
pq_request-state-further_information_requested = Informações complementares pedidas
pq_request-state-cannot_provide = Não é possível fornecer informações complementares
pq_request-state-referred = Remetido aos coordenadores
pq_request-state-closed = Encerrado
pq_request-state-withdrawn = Retirado
pq_request-state-deleted = Eliminado

pq_request-action-create = Novo pedido
pq_request-action-save = Guardar rascunho
pq_request-action-delete_draft = Eliminar rascunho
pq_request-action-send = Enviar
pq_request-action-approve_request = Aprovar o pedido
pq_request-action-return_request = Devolver o pedido
pq_request-action-allocate = Atribuir a um gestor de pedidos
pq_request-action-accept = Aceitar
pq_request-action-forward = Reencaminhar para outra autoridade
pq_request-action-reply = Responder
pq_request-action-approve_reply = Aprovar a resposta
pq_request-action-return_reply = Devolver a resposta
pq_request-action-ask_further_information = Pedir informações complementares
pq_request-action-provide_further_information = Fornecer informações complementares
pq_request-action-cannot_provide = Não é possível fornecer informações complementares
pq_request-action-refer = Remeter aos coordenadores
pq_request-action-requester_coordinator_opts_out = Não participar na remessa
pq_request-action-responder_coordinator_opts_out = Não participar na remessa
pq_request-action-delegate_referral = Delegar num gestor de pedidos
pq_request-action-conclude_referral = Concluir a remessa
pq_request-action-close = Aceitar a resposta e encerrar
pq_request-action-withdraw = Retirar
pq_request-action-remind = Lembrete antes do termo do prazo
pq_request-action-notice_overdue = Prazo ultrapassado

pq_request-guard-create = Ambas as autoridades têm de ter acesso ao domínio das qualificações profissionais, e a autoridade requerida tem de ser outra autoridade.
pq_request-guard-deadline = O prazo tem de ser uma data futura.
pq_request-guard-allocation = A sua autoridade não atribui os pedidos recebidos.
pq_request-guard-forward = Só pode reencaminhar para outra autoridade com acesso ao domínio das qualificações profissionais.
pq_request-guard-refer = Escolha um coordenador de pedidos de cada autoridade para as qualificações profissionais.
pq_request-guard-rating = Avalie o cumprimento do prazo e o esforço numa escala de 1 a 5.

pq_request-email-incoming =
    A sua autoridade recebeu um pedido de informações sobre qualificações profissionais (pedido { $request }).
    A autoridade requerente pede uma resposta até { $deadline }.

    Abra o pedido no IMI para o aceitar ou para propor outro prazo.
    .subject = Novo pedido de informações (qualificações profissionais)
pq_request-email-approval-needed =
    Um pedido de informações sobre qualificações profissionais (pedido { $request }) aguarda a sua aprovação antes de ser enviado.
    .subject = Um pedido aguarda a sua aprovação
pq_request-email-returned =
    O pedido { $request } foi-lhe devolvido: { $reason }
    .subject = Um pedido foi-lhe devolvido
pq_request-email-allocated =
    O pedido { $request } (qualificações profissionais) foi-lhe atribuído.
    .subject = Foi-lhe atribuído um pedido
pq_request-email-accepted =
    O seu pedido { $request } foi aceite. A autoridade requerida responderá até { $deadline }.
    .subject = O seu pedido foi aceite
pq_request-email-forwarded =
    O seu pedido { $request } foi reencaminhado para outra autoridade ({ $to }), que tem agora de o aceitar.
    .subject = O seu pedido foi reencaminhado
pq_request-email-replied =
    O seu pedido { $request } obteve resposta. Abra-o no IMI para ler a resposta.
    .subject = O seu pedido obteve resposta
pq_request-email-further-information =
    A autoridade requerente pede informações complementares sobre o pedido { $request }.
    .subject = Informações complementares pedidas
pq_request-email-cannot-provide =
    A autoridade requerida não pode fornecer as informações complementares pedidas sobre o pedido { $request }: { $reason }
    .subject = Não é possível fornecer informações complementares
pq_request-email-referred =
    O pedido { $request } foi-lhe remetido na qualidade de coordenador de pedidos. Participa na remessa, a menos que opte por não participar.
    .subject = Foi-lhe remetido um pedido
pq_request-email-referral-delegated =
    O seu coordenador atribuiu-lhe a responsabilidade pela remessa do pedido { $request }.
    .subject = Foi-lhe delegada uma remessa
pq_request-email-closed =
    O pedido { $request } foi encerrado pela autoridade requerente.
    .subject = Um pedido foi encerrado
pq_request-email-withdrawn =
    O pedido { $request } foi retirado pela autoridade requerente: { $reason }
    .subject = Um pedido foi retirado
pq_request-email-reminder =
    O pedido { $request } tem de ser respondido até { $deadline }.
    .subject = Lembrete: o prazo de um pedido termina em breve
pq_request-email-overdue =
    O prazo do pedido { $request } ({ $deadline }) terminou sem resposta.
    .subject = Um pedido está em atraso
