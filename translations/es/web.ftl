# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Sistema de Información del Mercado Interior
web-skip-to-content = Ir al contenido
web-nav-label = Menú principal
web-nav-tasks = Mis tareas
web-nav-search = Buscar una autoridad
web-logout = Cerrar sesión
web-language = Lengua
web-language-apply = Cambiar
web-yes = Sí
web-no = No

web-login-title = Acceso
web-login-user-id = Identificador de usuario
web-login-password = Contraseña
web-login-next = Continuar
web-login-submit = Acceder
web-login-wrong = El identificador de usuario, la contraseña o los caracteres del código de seguridad son incorrectos.
web-login-blocked = Su cuenta se ha bloqueado tras cinco intentos erróneos. Su administrador local de datos puede emitir una nueva contraseña temporal.
web-login-too-many = Demasiados intentos de acceso desde esta dirección. Espere un minuto y vuelva a intentarlo.
web-login-expired = Este paso del acceso ha caducado. Vuelva a empezar.
web-code-title = Código de seguridad
web-code-intro = Introduzca los caracteres de su código de seguridad en las posiciones solicitadas.
web-code-character = Carácter n.º { $position } de su código de seguridad
web-first-title = Elija su contraseña y su código de seguridad
web-first-intro = Este es su primer acceso (o se ha restablecido su contraseña): elija una contraseña y un código de seguridad de 12 caracteres. En cada acceso se le pedirán tres de sus caracteres.
web-first-password = Nueva contraseña
web-first-password-again = Repita la nueva contraseña
web-first-security-code = Código de seguridad (12 caracteres)
web-first-security-code-hint = Letras y dígitos; manténgalo en secreto, como la contraseña.
web-first-mismatch = Las dos contraseñas no coinciden.

web-tasks-title = Mis tareas
web-tasks-count =
    { $count ->
        [one] Tiene una tarea pendiente
       *[other] Tiene { $count } tareas pendientes
    }
web-tasks-none = No tiene nada pendiente en este momento.
web-tasks-what = Solicitud
web-tasks-state = Estado
web-tasks-due = Plazo
web-tasks-overdue = plazo vencido

web-search-title = Buscar una autoridad
web-search-query = ¿Qué hace la autoridad? (en cualquier lengua)
web-search-country = País
web-search-country-hint = Código de dos letras, p. ej. PT
web-search-area = Ámbito legislativo
web-search-level = Nivel
web-search-any = Cualquiera
web-search-submit = Buscar
web-search-found =
    { $count ->
        [0] No se ha encontrado ninguna autoridad
        [one] Se ha encontrado una autoridad
       *[other] Se han encontrado { $count } autoridades
    }

web-authority-title = Autoridad

web-request-title = Solicitud
web-request-parties = Partes y detalles
web-request-actions = Acciones disponibles
web-request-timeline = Historial
web-timeline-system = IMI (automático)
web-machine-translation = Traducción automática (lengua original: { $language })
web-untranslated = Lengua original: { $language }; no hay traducción automática disponible
web-personal-data = Datos personales: solo visibles para las partes del intercambio
web-personal-data-mark = datos personales

web-error-title = Se ha producido un error
web-error-not-found = Esta página no existe o usted no tiene permiso para verla.
web-error-csrf = Este formulario ha caducado o no procede de este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
web-error-home = Ir a la página de inicio
