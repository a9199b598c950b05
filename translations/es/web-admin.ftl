# The web application: my authority (profile, area settings, users).

web-nav-admin = Mi autoridad
web-admin-title = Mi autoridad
web-admin-profile = Perfil
web-admin-profile-hint = datos generales, contactos y competencias, tal como los ven las demás autoridades
web-admin-areas = Ámbitos legislativos y su configuración
web-admin-settings-change = Ver y cambiar la configuración
web-admin-settings-see = Ver la configuración
web-admin-no-areas = Su autoridad aún no tiene acceso a ningún ámbito legislativo.
web-admin-users = Usuarios de mi autoridad
web-admin-name = Nombre
web-admin-roles = Roles
web-admin-register = Registrar un usuario
web-admin-roles-hint = Roles: uno por línea o separados por comas, p. ej. request_handler, o request_handler@professional-qualifications para un solo ámbito.
web-admin-register-submit = Registrar
web-admin-registered = El usuario ha quedado registrado con el identificador de usuario { $user_id }. Comuníqueselo usted mismo: nunca se envía por correo electrónico. La contraseña temporal se envía a la dirección de correo electrónico del usuario.
