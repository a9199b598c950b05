# Autoridades y coordinadores: perfiles, importaciones, vínculos entre autoridades,
# coordinadores de solicitudes; el pie de los correos electrónicos.

authority-field-economic_activities = Actividades económicas
authority-field-policy_areas = Ámbitos políticos
authority-field-coordinator = Coordinador IMI
authority-field-coordinated_areas = Ámbitos legislativos coordinados
authority-field-region = Región
authority-input-user_id = Identificador de usuario del primer usuario
authority-input-temporary_password = Contraseña temporal del primer usuario
authority-input-validating_coordinator = Coordinador validador
authority-action-imported = Transferir desde el sistema anterior
authority-action-update_competences = Modificar las competencias
authority-action-designate_coordinator = Designar como coordinador IMI
authority-guard-imported = La autoridad ya es conocida, su dirección de correo electrónico general no es válida o el tipo de coordinador no es nimic, dimic ni sdimic.
authority-guard-designate_coordinator = El tipo de coordinador debe ser nimic, dimic o sdimic.

area_access-field-professions = Profesiones
area_access-input-authority = Autoridad
area_access-action-imported = Transferir desde el sistema anterior

user_account-action-first_user = Registrar el primer usuario
user_account-action-imported = Transferir desde el sistema anterior

wf-authority_link = Vínculo entre autoridades
authority_link-party-authority = Autoridad
authority_link-party-linked = Autoridad vinculada
authority_link-field-linked_at = Vinculada el
authority_link-state-linked = Vinculada
authority_link-state-unlinked = Vínculo suprimido
authority_link-action-link = Vincular una autoridad
authority_link-action-unlink = Suprimir el vínculo
authority_link-input-linked = Autoridad que se vincula
authority_link-guard-link = Solo puede vincular otra autoridad activa de su propio país, y una sola vez.

wf-request_coordination = Coordinador de solicitudes
request_coordination-party-authority = Autoridad coordinada
request_coordination-party-coordinator = Coordinador de solicitudes
request_coordination-field-area = Ámbito legislativo
request_coordination-field-linked_at = Vinculado el
request_coordination-state-linked = Vinculado
request_coordination-state-unlinked = Desvinculado
request_coordination-action-at_access = Vincular el coordinador de acceso
request_coordination-action-link = Vincular un coordinador de solicitudes
request_coordination-action-unlink = Desvincular el coordinador de solicitudes
request_coordination-input-coordinator = Coordinador
request_coordination-guard-link = El coordinador debe ser un coordinador IMI activo de su país, aún no vinculado para este ámbito, y su autoridad debe tener acceso al ámbito.
request_coordination-guard-unlink = Su autoridad debe conservar al menos un coordinador de solicitudes en cada ámbito legislativo.
request_coordination-email-linked =
    La autoridad { $authority } ha vinculado a su autoridad como coordinador de solicitudes para el ámbito legislativo { $area }.
    .subject = Nueva autoridad coordinada

mail-footer = Este correo electrónico ha sido enviado automáticamente por el Sistema de Información del Mercado Interior (IMI). Por favor, no responda a este mensaje.

keywords-countries = Países
keywords-levels = Niveles
keywords-languages = Lenguas
