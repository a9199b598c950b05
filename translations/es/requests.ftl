# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Asignación de las solicitudes entrantes a los gestores de solicitudes
setting-approve_requests = El coordinador de solicitudes aprueba las solicitudes antes de su envío
setting-approve_replies = El coordinador de solicitudes aprueba las respuestas antes de su envío
setting-referral_participation = Participa en las remisiones como coordinador de solicitudes
setting-coordinator_sees_details = Los coordinadores de solicitudes pueden ver los detalles de las solicitudes (nunca los datos personales)

wf-pq_request = Solicitud de información – cualificaciones profesionales
request-party-requester = Autoridad solicitante
request-party-responder = Autoridad requerida
request-party-requester_coordinators = Coordinadores de solicitudes de la autoridad solicitante
request-party-responder_coordinators = Coordinadores de solicitudes de la autoridad requerida
request-party-requester_coordinator = Remisión: coordinador de la autoridad solicitante
request-party-responder_coordinator = Remisión: coordinador de la autoridad requerida

request-field-answers = Preguntas y respuestas
request-field-proposed_deadline = Plazo propuesto
request-field-deadline = Plazo acordado
request-field-handler = Asignada a
request-field-reason = Motivo
request-field-further_question = Información adicional solicitada
request-field-overdue = Plazo vencido
request-field-rating_timeliness = Valoración: puntualidad
request-field-rating_effort = Valoración: esfuerzo
request-field-sent_at = Enviada el
request-field-accepted_at = Aceptada el
request-field-replied_at = Respondida el
request-field-closed_at = Cerrada el
request-input-responder = Autoridad requerida
request-input-to = Reenviar a
request-input-requester_coordinator = Coordinador de la autoridad solicitante
request-input-responder_coordinator = Coordinador de la autoridad requerida

request-state-draft = Borrador
request-state-awaiting_approval = Pendiente de aprobación por el coordinador
request-state-awaiting_acceptance = Pendiente de aceptación
request-state-accepted = Aceptada, en curso de respuesta
request-state-reply_awaiting_approval = Respuesta pendiente de aprobación por el coordinador
request-state-replied = Respondida
request-state-further_information_requested = Información adicional solicitada
request-state-cannot_provide = No se puede facilitar la información adicional
request-state-referred = Remitida a los coordinadores
request-state-closed = Cerrada
request-state-withdrawn = Retirada
request-state-deleted = Suprimida

request-action-create = Nueva solicitud
request-action-save = Guardar el borrador
request-action-delete_draft = Suprimir el borrador
request-action-send = Enviar
request-action-approve_request = Aprobar la solicitud
request-action-return_request = Devolver la solicitud
request-action-allocate = Asignar a un gestor de solicitudes
request-action-accept = Aceptar
request-action-forward = Reenviar a otra autoridad
request-action-reply = Responder
request-action-approve_reply = Aprobar la respuesta
request-action-return_reply = Devolver la respuesta
request-action-ask_further_information = Solicitar información adicional
request-action-provide_further_information = Facilitar información adicional
request-action-cannot_provide = No se puede facilitar información adicional
request-action-refer = Remitir a los coordinadores
request-action-requester_coordinator_opts_out = No participar en la remisión
request-action-responder_coordinator_opts_out = No participar en la remisión
request-action-delegate_referral = Delegar en un gestor de solicitudes
request-action-conclude_referral = Concluir la remisión
request-action-close = Aceptar la respuesta y cerrar
request-action-withdraw = Retirar
request-action-remind = Recordatorio antes del vencimiento del plazo
request-action-notice_overdue = Plazo vencido

pq_request-guard-create = Ambas autoridades necesitan acceso a las cualificaciones profesionales, y la autoridad requerida debe ser otra autoridad.
request-guard-deadline = El plazo debe ser una fecha futura.
request-guard-allocation = Su autoridad no asigna las solicitudes entrantes.
pq_request-guard-forward = Reenvíe la solicitud únicamente a otra autoridad con acceso a las cualificaciones profesionales.
pq_request-guard-refer = Elija un coordinador de solicitudes de cada autoridad para las cualificaciones profesionales.
request-guard-rating = Valore la puntualidad y el esfuerzo de 1 a 5.

pq_request-email-incoming =
    Su autoridad ha recibido una solicitud de información sobre cualificaciones profesionales (solicitud { $request }).
    La autoridad solicitante pide una respuesta a más tardar el { $deadline }.

    Abra la solicitud en el IMI para aceptarla o para proponer otro plazo.
    .subject = Nueva solicitud de información (cualificaciones profesionales)
pq_request-email-approval-needed =
    Una solicitud de información sobre cualificaciones profesionales (solicitud { $request }) está pendiente de su aprobación antes de ser enviada.
    .subject = Una solicitud está pendiente de su aprobación
request-email-returned =
    Se le ha devuelto la solicitud { $request }: { $reason }
    .subject = Se le ha devuelto una solicitud
pq_request-email-allocated =
    Se le ha asignado la solicitud { $request } (cualificaciones profesionales).
    .subject = Se le ha asignado una solicitud
request-email-accepted =
    Su solicitud { $request } ha sido aceptada. La autoridad requerida responderá a más tardar el { $deadline }.
    .subject = Su solicitud ha sido aceptada
request-email-forwarded =
    Su solicitud { $request } ha sido reenviada a otra autoridad ({ $to }), que ahora debe aceptarla.
    .subject = Su solicitud ha sido reenviada
request-email-replied =
    Su solicitud { $request } ha recibido respuesta. Ábrala en el IMI para leer la respuesta.
    .subject = Su solicitud ha recibido respuesta
request-email-further-information =
    La autoridad solicitante pide información adicional sobre la solicitud { $request }.
    .subject = Información adicional solicitada
request-email-cannot-provide =
    La autoridad requerida no puede facilitar la información adicional solicitada sobre la solicitud { $request }: { $reason }
    .subject = No se puede facilitar la información adicional
request-email-referred =
    Se le ha remitido la solicitud { $request } como coordinador de solicitudes. Participará en la remisión, salvo que decida no hacerlo.
    .subject = Se le ha remitido una solicitud
request-email-referral-delegated =
    Su coordinador le ha encomendado la remisión de la solicitud { $request }.
    .subject = Se le ha delegado una remisión
request-email-closed =
    La autoridad solicitante ha cerrado la solicitud { $request }.
    .subject = Se ha cerrado una solicitud
request-email-withdrawn =
    La autoridad solicitante ha retirado la solicitud { $request }: { $reason }
    .subject = Se ha retirado una solicitud
request-email-reminder =
    La solicitud { $request } debe responderse a más tardar el { $deadline }.
    .subject = Recordatorio: el plazo de una solicitud vence pronto
request-email-overdue =
    El plazo de la solicitud { $request } ({ $deadline }) ha vencido sin respuesta.
    .subject = Una solicitud ha superado el plazo

wf-services_request = Solicitud de información – servicios
services_request-guard-create = Ambas autoridades necesitan acceso a los servicios, y la autoridad requerida debe ser otra autoridad.
services_request-guard-forward = Reenvíe la solicitud únicamente a otra autoridad con acceso a los servicios.
services_request-guard-refer = Elija un coordinador de solicitudes de cada autoridad para los servicios.
services_request-email-incoming =
    Su autoridad ha recibido una solicitud de información sobre un prestador de servicios (solicitud { $request }).
    La autoridad solicitante pide una respuesta a más tardar el { $deadline }.

    Abra la solicitud en el IMI para aceptarla o para proponer otro plazo.
    .subject = Nueva solicitud de información (servicios)
services_request-email-approval-needed =
    Una solicitud de información sobre un prestador de servicios (solicitud { $request }) está pendiente de su aprobación antes de ser enviada.
    .subject = Una solicitud está pendiente de su aprobación
services_request-email-allocated =
    Se le ha asignado la solicitud { $request } (servicios).
    .subject = Se le ha asignado una solicitud

request-field-personal_data_blocked = Datos personales bloqueados
request-action-block_personal_data = Bloquear los datos personales
request-action-consult_personal_data = Consultar los datos personales bloqueados
request-action-purge = Suprimir definitivamente
request-input-justification = Justificación
request-guard-justification = Los datos personales se bloquean seis meses después del cierre; para consultarlos, indique una justificación de al menos 20 caracteres.
