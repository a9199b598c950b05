# The web application: composing a request.

web-nav-compose = Nueva solicitud
web-compose-title = Nueva solicitud
web-compose-choose = ¿Qué tipo de solicitud?
web-compose-hint = Las preguntas marcadas con * son obligatorias para el envío. Guarde el borrador para ver las preguntas que resultan pertinentes según sus respuestas.
web-compose-save = Guardar el borrador
web-compose-send = Enviar
web-authority-write = Redactar una solicitud dirigida a esta autoridad
