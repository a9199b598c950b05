# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Asignación de las solicitudes entrantes a los gestores de solicitudes
setting-approve_requests = El coordinador de solicitudes aprueba las solicitudes antes de su envío
setting-approve_replies = El coordinador de solicitudes aprueba las respuestas antes de su envío
setting-referral_participation = Participa en las remisiones como coordinador de solicitudes
setting-coordinator_sees_details = Los coordinadores de solicitudes pueden ver los detalles de las solicitudes (nunca los datos personales)

wf-pq_request = Solicitud de información – cualificaciones profesionales
pq_request-party-requester = Autoridad solicitante
pq_request-party-responder = Autoridad requerida
pq_request-party-requester_coordinators = Coordinadores de solicitudes de la autoridad solicitante
pq_request-party-responder_coordinators = Coordinadores de solicitudes de la autoridad requerida
pq_request-party-requester_coordinator = Remisión: coordinador de la autoridad solicitante
pq_request-party-responder_coordinator = Remisión: coordinador de la autoridad requerida

pq_request-field-answers = Preguntas y respuestas
pq_request-field-proposed_deadline = Plazo propuesto
pq_request-field-deadline = Plazo acordado
pq_request-field-handler = Asignada a
pq_request-field-reason = Motivo
pq_request-field-further_question = Información adicional solicitada
pq_request-field-overdue = Plazo vencido
pq_request-field-rating_timeliness = Valoración: puntualidad
pq_request-field-rating_effort = Valoración: esfuerzo
pq_request-field-sent_at = Enviada el
pq_request-field-accepted_at = Aceptada el
pq_request-field-replied_at = Respondida el
pq_request-field-closed_at = Cerrada el
pq_request-input-responder = Autoridad requerida
pq_request-input-to = Reenviar a
pq_request-input-requester_coordinator = Coordinador de la autoridad solicitante
pq_request-input-responder_coordinator = Coordinador de la autoridad requerida

pq_request-state-draft = Borrador
pq_request-state-awaiting_approval = Pendiente de aprobación por el coordinador
pq_request-state-awaiting_acceptance = Pendiente de aceptación
pq_request-state-accepted = Aceptada, en curso de respuesta
pq_request-state-reply_awaiting_approval = Respuesta pendiente de aprobación por el coordinador
pq_request-state-replied = Respondida
pq_request-state-further_information_requested = Información adicional solicitada
pq_request-state-cannot_provide = No se puede facilitar la información adicional
pq_request-state-referred = Remitida a los coordinadores
pq_request-state-closed = Cerrada
pq_request-state-withdrawn = Retirada
pq_request-state-deleted = Suprimida

pq_request-action-create = Nueva solicitud
pq_request-action-save = Guardar el borrador
pq_request-action-delete_draft = Suprimir el borrador
pq_request-action-send = Enviar
pq_request-action-approve_request = Aprobar la solicitud
pq_request-action-return_request = Devolver la solicitud
pq_request-action-allocate = Asignar a un gestor de solicitudes
pq_request-action-accept = Aceptar
pq_request-action-forward = Reenviar a otra autoridad
pq_request-action-reply = Responder
pq_request-action-approve_reply = Aprobar la respuesta
pq_request-action-return_reply = Devolver la respuesta
pq_request-action-ask_further_information = Solicitar información adicional
pq_request-action-provide_further_information = Facilitar información adicional
pq_request-action-cannot_provide = No se puede facilitar información adicional
pq_request-action-refer = Remitir a los coordinadores
pq_request-action-requester_coordinator_opts_out = No participar en la remisión
pq_request-action-responder_coordinator_opts_out = No participar en la remisión
pq_request-action-delegate_referral = Delegar en un gestor de solicitudes
pq_request-action-conclude_referral = Concluir la remisión
pq_request-action-close = Aceptar la respuesta y cerrar
pq_request-action-withdraw = Retirar
pq_request-action-remind = Recordatorio antes del vencimiento del plazo
pq_request-action-notice_overdue = Plazo vencido

pq_request-guard-create = Ambas autoridades necesitan acceso a las cualificaciones profesionales, y la autoridad requerida debe ser otra autoridad.
pq_request-guard-deadline = El plazo debe ser una fecha futura.
pq_request-guard-allocation = Su autoridad no asigna las solicitudes entrantes.
pq_request-guard-forward = Reenvíe la solicitud únicamente a otra autoridad con acceso a las cualificaciones profesionales.
pq_request-guard-refer = Elija un coordinador de solicitudes de cada autoridad para las cualificaciones profesionales.
pq_request-guard-rating = Valore la puntualidad y el esfuerzo de 1 a 5.

pq_request-email-incoming =
    Su autoridad ha recibido una solicitud de información sobre cualificaciones profesionales (solicitud { $request }).
    La autoridad solicitante pide una respuesta a más tardar el { $deadline }.

    Abra la solicitud en el IMI para aceptarla o para proponer otro plazo.
    .subject = Nueva solicitud de información (cualificaciones profesionales)
pq_request-email-approval-needed =
    Una solicitud de información sobre cualificaciones profesionales (solicitud { $request }) está pendiente de su aprobación antes de ser enviada.
    .subject = Una solicitud está pendiente de su aprobación
pq_request-email-returned =
    Se le ha devuelto la solicitud { $request }: { $reason }
    .subject = Se le ha devuelto una solicitud
pq_request-email-allocated =
    Se le ha asignado la solicitud { $request } (cualificaciones profesionales).
    .subject = Se le ha asignado una solicitud
pq_request-email-accepted =
    Su solicitud { $request } ha sido aceptada. La autoridad requerida responderá a más tardar el { $deadline }.
    .subject = Su solicitud ha sido aceptada
pq_request-email-forwarded =
    Su solicitud { $request } ha sido reenviada a otra autoridad ({ $to }), que ahora debe aceptarla.
    .subject = Su solicitud ha sido reenviada
pq_request-email-replied =
    Su solicitud { $request } ha recibido respuesta. Ábrala en el IMI para leer la respuesta.
    .subject = Su solicitud ha recibido respuesta
pq_request-email-further-information =
    La autoridad solicitante pide información adicional sobre la solicitud { $request }.
    .subject = Información adicional solicitada
pq_request-email-cannot-provide =
    La autoridad requerida no puede facilitar la información adicional solicitada sobre la solicitud { $request }: { $reason }
    .subject = No se puede facilitar la información adicional
pq_request-email-referred =
    Se le ha remitido la solicitud { $request } como coordinador de solicitudes. Participará en la remisión, salvo que decida no hacerlo.
    .subject = Se le ha remitido una solicitud
pq_request-email-referral-delegated =
    Su coordinador le ha encomendado la remisión de la solicitud { $request }.
    .subject = Se le ha delegado una remisión
pq_request-email-closed =
    La autoridad solicitante ha cerrado la solicitud { $request }.
    .subject = Se ha cerrado una solicitud
pq_request-email-withdrawn =
    La autoridad solicitante ha retirado la solicitud { $request }: { $reason }
    .subject = Se ha retirado una solicitud
pq_request-email-reminder =
    La solicitud { $request } debe responderse a más tardar el { $deadline }.
    .subject = Recordatorio: el plazo de una solicitud vence pronto
pq_request-email-overdue =
    El plazo de la solicitud { $request } ({ $deadline }) ha vencido sin respuesta.
    .subject = Una solicitud ha superado el plazo
