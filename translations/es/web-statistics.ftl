# The web application: the statistics page.

web-nav-statistics = Estadísticas
web-statistics-title = Estadísticas de solicitudes
web-statistics-country = País (vacío: todos los países)
web-statistics-show = Mostrar
web-statistics-days = días
web-statistics-percent = porcentaje
web-statistics-who = País o autoridad
web-statistics-band = Evaluación
web-statistics-counted = Solicitudes contabilizadas
web-statistics-none = Todavía no hay nada que contabilizar.
web-statistics-band-green = Buena
web-statistics-band-yellow = Aceptable
web-statistics-band-red = Deficiente
web-statistics-band-none = Sin evaluar
