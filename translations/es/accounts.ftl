### Textos en español de las cuentas de usuario (definitions/core/workflows/user_account.yaml):
### registro, acceso, bloqueo y restablecimiento (R-LOGIN, R-ROLES).
### Los roles propiamente dichos (role-*) están en core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Cuenta de usuario

user_account-party-authority = Autoridad del usuario
user_account-party-validating_coordinator = Coordinador validador

user_account-state-registered = Registrado, pendiente del primer acceso
user_account-state-active = Activo
user_account-state-blocked = Bloqueado
user_account-state-removed = Dado de baja

user_account-action-register = Registrar un usuario
user_account-action-first_login = Primer acceso
user_account-action-login_succeeded = Acceso
user_account-action-login_failed = Contraseña o código de seguridad incorrectos
user_account-action-reset = Emitir una nueva contraseña temporal
user_account-action-reset_only_lda = Emitir una nueva contraseña temporal (único administrador local de datos)
user_account-action-change_roles = Cambiar los roles
user_account-action-change_user_id = Cambiar el identificador de usuario
user_account-action-update_contact = Actualizar los datos de contacto
user_account-action-remove = Dar de baja al usuario

user_account-field-user_id = Identificador de usuario
user_account-field-name = Nombre
user_account-field-email = Correo electrónico individual
user_account-field-phone = Teléfono
user_account-field-language = Lengua de trabajo preferida
user_account-field-roles = Roles
user_account-field-failures = Intentos erróneos desde el último acceso
user_account-field-registered_at = Registrado el
user_account-field-temporary_password_sent_at = Contraseña temporal enviada el
user_account-field-password_changed_at = Contraseña elegida el
user_account-field-last_login_at = Último acceso
user_account-field-blocked_at = Bloqueado el

user_account-input-temporary_password = Contraseña temporal

## Refusals

user_account-guard-register = No se puede registrar al usuario: es posible que el identificador de usuario ya esté en uso (los identificadores de usuario son únicos, sin distinguir entre mayúsculas y minúsculas) o que la dirección de correo electrónico tenga un formato incorrecto; además, la lengua debe ser una de las 24 lenguas oficiales y el usuario necesita al menos un rol.
user_account-guard-user_id_taken = Este identificador de usuario ya está en uso (los identificadores de usuario son únicos, sin distinguir entre mayúsculas y minúsculas). Elija otro.
user_account-guard-reset_only_lda = Solo el administrador de datos del coordinador validador puede hacerlo, y únicamente para el único administrador local de datos de la autoridad; esta autoridad tiene otro administrador local de datos activo, que puede emitir la nueva contraseña temporal.
user_account-guard-change_roles = Un usuario necesita al menos un rol, y la autoridad debe conservar al menos un administrador local de datos activo.
user_account-guard-remove = La autoridad debe conservar al menos un administrador local de datos activo.
user_account-guard-update_contact = La dirección de correo electrónico tiene un formato incorrecto o la lengua no es una de las 24 lenguas oficiales.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Estimado/a { $name }:

    Su contraseña temporal para el Sistema de Información del Mercado Interior (IMI) es: { $temporary_password }

    Su identificador de usuario no figura en este correo electrónico: se lo comunicará la persona que le ha registrado. En su próximo acceso, introduzca el identificador de usuario y esta contraseña temporal y, a continuación, elija su propia contraseña (al menos 8 caracteres, con minúsculas, mayúsculas y un dígito) y un nuevo código de seguridad de 12 caracteres (con las mismas reglas). Ambos distinguen entre mayúsculas y minúsculas.
    .subject = Su contraseña temporal del IMI

user_account-email-blocked =
    Estimado/a { $name }:

    Su cuenta del IMI se ha bloqueado tras cinco intentos erróneos de introducir la contraseña o el código de seguridad. Solicite una nueva contraseña temporal al administrador local de datos de su autoridad (si usted es el único administrador local de datos de la autoridad, diríjase a su coordinador validador).
    .subject = Su cuenta del IMI está bloqueada

user_account-input-authority = Autoridad del usuario
