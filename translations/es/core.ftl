### Textos en español del paquete de sistema `core` (definitions/core):
### funciones, relaciones de coordinador y los flujos de trabajo
### registration_request, authority y area_access.

area-core = Sistema IMI

## Roles (R-ROLES)

role-basic_user = Usuario básico
role-request_handler = Gestor de solicitudes
role-allocator = Asignador
role-local_data_administrator = Administrador local de datos
role-data_administrator = Administrador de datos
role-system_administrator = Administrador del sistema

## Coordinator relations (R-ACTORS)

relation-validating = Coordinador validador
relation-legislation_access = Coordinador de acceso a la legislación
relation-request = Coordinador de solicitudes

## Workflow: registration request (R-REG)

wf-registration_request = Solicitud de registro

registration_request-party-coordinator = Coordinador
registration_request-party-applicant = Autoridad invitada
registration_request-party-commission = Comisión Europea

registration_request-state-draft = Borrador
registration_request-state-saved = Guardada
registration_request-state-saving_blocked = Guardado bloqueado
registration_request-state-rejected = Rechazada
registration_request-state-sent = Enviada, pendiente de registro
registration_request-state-pending_validation = Registro pendiente de validación
registration_request-state-validated = Autoridad validada
registration_request-state-validation_refused = Validación denegada
registration_request-state-expired = Caducada
registration_request-state-cancelled = Anulada
registration_request-state-deleted = Suprimida

registration_request-action-create = Nueva solicitud de registro
registration_request-action-edit = Modificar
registration_request-action-edit_sent = Modificar y enviar una nueva invitación
registration_request-action-save = Guardar para el envío
registration_request-action-stop = Detener el envío
registration_request-action-release = Autorizar el envío
registration_request-action-dispatch = Enviar la invitación
registration_request-action-remind = Enviar un recordatorio
registration_request-action-expire = Declarar caducada
registration_request-action-cancel = Anular
registration_request-action-discard = Suprimir
registration_request-action-register = Registrar la autoridad
registration_request-action-authority_validated = Autoridad validada
registration_request-action-authority_refused = Autoridad denegada
registration_request-action-purge = Suprimir definitivamente

registration_request-field-email = Correo electrónico de trabajo de la autoridad
registration_request-field-name = Nombre (solo para su lista)
registration_request-field-areas = Ámbitos legislativos
registration_request-field-note = Nota de acompañamiento
registration_request-field-country = País
registration_request-field-rejection_reason = Motivo del rechazo
registration_request-field-saved_at = Guardada el
registration_request-field-dispatch_at = Envío previsto el
registration_request-field-sent_at = Enviada el
registration_request-field-token = Código de registro
registration_request-field-token_expires_at = Código válido hasta
registration_request-field-registered_at = Registrada el
registration_request-field-authority_name = Autoridad registrada
registration_request-field-delete_at = Supresión prevista el
registration_request-field-coordinator_name = Coordinador (tal como figura en la invitación)
registration_request-field-coordinator_email = Correo electrónico del coordinador (tal como figura en la invitación)

registration_request-input-summary_kept = He impreso el resumen o lo he guardado como documento
registration_request-input-official_name = Denominación oficial
registration_request-input-national_languages = Lenguas nacionales
registration_request-input-informal_name = Denominación informal
registration_request-input-description = Breve descripción de las competencias
registration_request-input-languages = Otras lenguas que se entienden
registration_request-input-level = Nivel (local, regional, nacional)
registration_request-input-address = Dirección postal
registration_request-input-phone = Teléfono
registration_request-input-website = Sitio web
registration_request-input-first_user_name = Nombre del primer usuario
registration_request-input-first_user_email = Correo electrónico del primer usuario
registration_request-input-first_user_language = Lengua de trabajo preferida del primer usuario

registration_request-rejection-malformed_email = La dirección de correo electrónico no es válida.
registration_request-rejection-email_in_use = La dirección de correo electrónico ya la utiliza una autoridad u otra solicitud de registro.

registration_request-guard-save = Seleccione al menos un ámbito legislativo.
registration_request-guard-edit_sent = La dirección de correo electrónico no es válida o ya la utiliza una autoridad u otra solicitud de registro.
registration_request-guard-register = La comprobación de seguridad ha fallado: el código es incorrecto o ha caducado, no se ha conservado el resumen, el país no coincide con el de la invitación o la dirección de correo electrónico no es válida o ya la utiliza una autoridad.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) invita a su autoridad a registrarse en el Sistema de Información del Mercado Interior (IMI).

    { $note }

    Para registrarse, abra { $link } e introduzca su código de registro: { $token }
    El código es válido hasta el { $expires_on }.
    .subject = Invitación a registrarse en el IMI

registration_request-email-reminder =
    Su invitación de { $coordinator_name } ({ $coordinator_email }) para registrarse en el IMI caduca el { $expires_on }.
    Para registrarse, abra { $link }.
    .subject = Recordatorio: su invitación para registrarse en el IMI caducará pronto

registration_request-email-token_void =
    La invitación para registrarse en el IMI que le envió { $coordinator_name } ({ $coordinator_email }) ha sido modificada. El enlace y el código que recibió ya no son válidos. Recibirá una nueva invitación con un nuevo código.
    .subject = Su enlace de registro en el IMI ya no es válido

registration_request-email-registered =
    La autoridad { $official_name } se ha registrado en el IMI a través de su solicitud de registro { $name } ({ $email }). Su registro está pendiente de su validación.
    .subject = Un registro está pendiente de su validación

registration_request-email-confirmation =
    Gracias por registrar { $official_name } ({ $informal_name }, { $country }) en el IMI.
    Primer usuario: { $first_user_name }.
    Su coordinador, { $coordinator_name }, validará ahora el registro; a continuación recibirá las instrucciones de acceso.
    .subject = Su registro en el IMI

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Autoridad

authority-party-own = Autoridad
authority-party-validating_coordinator = Coordinador validador
authority-party-commission = Comisión Europea

authority-state-pending_validation = Registro pendiente de validación
authority-state-refused = Registro denegado
authority-state-active = Activa
authority-state-deletion_in_progress = Supresión en curso
authority-state-inactive = Inactiva
authority-state-deleted = Suprimida

authority-action-register_directly = Registrar una autoridad
authority-action-self_registration = Autorregistro
authority-action-validate = Validar
authority-action-refuse = Denegar el registro
authority-action-update_profile = Actualizar los datos de la autoridad
authority-action-change_official_name = Cambiar la denominación oficial
authority-action-translations_done = Traducciones realizadas
authority-action-start_deletion = Iniciar la supresión
authority-action-deactivate = Desactivar
authority-action-purge = Suprimir definitivamente

authority-field-official_name = Denominación oficial
authority-field-country = País
authority-field-level = Nivel (local, regional, nacional)
authority-field-national_languages = Lenguas nacionales
authority-field-informal_name = Denominación informal
authority-field-description = Breve descripción de las competencias
authority-field-languages = Otras lenguas que se entienden
authority-field-address = Dirección postal
authority-field-phone = Teléfono
authority-field-website = Sitio web
authority-field-email = Correo electrónico general
authority-field-new_translation_needed = Se necesita una nueva traducción
authority-field-first_user_name = Nombre del primer usuario
authority-field-first_user_email = Correo electrónico del primer usuario
authority-field-first_user_language = Lengua de trabajo preferida del primer usuario
authority-field-areas = Ámbitos legislativos
authority-field-validated_at = Validada el
authority-field-refused_at = Denegada el
authority-field-refusal_reason = Motivo de la denegación
authority-field-deletion_started_at = Supresión iniciada el
authority-field-inactive_since = Inactiva desde
authority-field-delete_at = Supresión prevista el

authority-input-authority_id = ID de autoridad existente (solo migración)
authority-input-reason = Motivo

authority-guard-register_directly = La autoridad debe ser de su país y tener una dirección de correo electrónico general válida que no utilice ninguna otra autoridad.
authority-guard-email = La dirección de correo electrónico general no es válida o ya la utiliza otra autoridad.
authority-guard-translations_done = No se ha solicitado ninguna nueva traducción.

authority-email-login_instructions =
    El registro de { $official_name } en el IMI se ha completado.
    { $first_user_name } recibirá una contraseña temporal en un correo electrónico aparte; el identificador de usuario lo facilita su coordinador, nunca por correo electrónico. En el primer acceso, elija una contraseña y un código de seguridad de 12 caracteres.
    .subject = Su autoridad está registrada en el IMI: instrucciones de acceso

authority-email-refused =
    Se ha denegado el registro de { $official_name } en el IMI. { $reason }
    Su coordinador aún puede validarlo en un plazo de seis meses; transcurrido ese plazo, se suprimirá.
    .subject = Se ha denegado su registro en el IMI

authority-email-deletion_started =
    Se ha iniciado la supresión de { $official_name } del IMI. Puede finalizar sus intercambios en curso, pero ya no puede enviar ni recibir nuevas solicitudes.
    .subject = Se ha iniciado la supresión de su autoridad en el IMI

authority-email-deactivated =
    { $official_name } está ahora inactiva en el IMI. Los usuarios todavía pueden acceder y consultar la información, pero no se puede enviar ni recibir nada nuevo. La autoridad se suprimirá definitivamente el { $delete_on }.
    .subject = Su autoridad está inactiva en el IMI

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Acceso a un ámbito legislativo

area_access-party-authority = Autoridad
area_access-party-access_coordinator = Coordinador de acceso a la legislación

area_access-state-requested = Solicitado
area_access-state-granted = Concedido
area_access-state-suspended = Suspendido
area_access-state-removed = Retirado
area_access-state-reactivation_requested = Reactivación solicitada
area_access-state-removed_reactivation_requested = Reactivación solicitada (retirado)
area_access-state-refused = Denegado

area_access-action-request = Solicitar acceso a un ámbito legislativo
area_access-action-at_registration = Acceso con el registro
area_access-action-edit_keywords = Modificar la configuración del ámbito
area_access-action-coordinator_edit_keywords = Modificar la configuración del ámbito de la autoridad solicitante
area_access-action-grant = Conceder el acceso
area_access-action-refuse = Denegar el acceso
area_access-action-suspend = Suspender el acceso
area_access-action-reinstate = Levantar la suspensión
area_access-action-remove = Retirar el acceso
area_access-action-request_reactivation = Solicitar la reactivación
area_access-action-approve_reactivation = Reactivar
area_access-action-refuse_reactivation = Denegar la reactivación

area_access-field-area = Ámbito legislativo
area_access-field-area_workflow = Flujo de trabajo
area_access-field-keywords = Palabras clave
area_access-field-note = Nota
area_access-field-reason = Motivo
area_access-field-requested_at = Solicitado el
area_access-field-granted_at = Concedido el
area_access-field-suspended_at = Suspendido el
area_access-field-removed_at = Retirado el
area_access-field-reactivation_requested_at = Reactivación solicitada el

area_access-input-coordinator = Coordinador al que se solicita el acceso

area_access-guard-request = Su autoridad ya tiene acceso a este ámbito o ya lo ha solicitado, no está activa o se ha elegido a sí misma como coordinador.
area_access-guard-authority_not_active = La autoridad no está activa: no se puede conceder ningún nuevo acceso.

area_access-email-requested =
    La autoridad { $authority } solicita acceso al ámbito legislativo { $area }.
    .subject = Solicitud de acceso a un ámbito legislativo

area_access-email-granted =
    Su autoridad tiene ahora acceso al ámbito legislativo { $area }.
    .subject = Acceso a un ámbito legislativo concedido

area_access-email-refused =
    Se ha denegado su solicitud de acceso al ámbito legislativo { $area }. { $reason }
    .subject = Acceso a un ámbito legislativo denegado

area_access-email-suspended =
    Su acceso al ámbito legislativo { $area } está suspendido: puede finalizar las solicitudes abiertas, pero no iniciar nada nuevo.
    .subject = Acceso a un ámbito legislativo suspendido

area_access-email-removed =
    Se ha retirado su acceso al ámbito legislativo { $area }.
    .subject = Acceso a un ámbito legislativo retirado

area_access-email-reactivation_requested =
    La autoridad { $authority } solicita la reactivación de su acceso al ámbito legislativo { $area }.
    .subject = Solicitud de reactivación del acceso a un ámbito legislativo

area_access-email-reactivated =
    Se ha aceptado su solicitud de reactivación del acceso al ámbito legislativo { $area }.
    .subject = Acceso a un ámbito legislativo reactivado

area_access-email-reactivation_refused =
    Se ha denegado su solicitud de reactivación del acceso al ámbito legislativo { $area }. { $reason }
    .subject = Reactivación del acceso a un ámbito legislativo denegada

area_access-field-allocation = Asignación de las solicitudes entrantes
area_access-field-referral_participation = Participa en las remisiones
area_access-field-coordinator_sees_details = Los coordinadores de solicitudes ven los detalles de las solicitudes
area_access-field-approve_requests = Las solicitudes requieren la aprobación del coordinador
area_access-field-approve_replies = Las respuestas requieren la aprobación del coordinador
area_access-action-change_settings = Cambiar la configuración
area_access-action-change_approval = Cambiar la configuración de aprobación
