# The web application: why an action was refused.

web-refusal-invalid-answers = Algunas respuestas requieren su atención:
web-refusal-invalid-input = Un valor no es válido:
web-refusal-not-now = Esta acción no es posible en este momento.
web-problem-required = Se requiere una respuesta.
web-problem-not-relevant = Esta pregunta no se plantea a la vista de sus demás respuestas: déjela en blanco.
web-problem-out-of-bounds = La respuesta está fuera del intervalo permitido.
web-problem-invalid = Esta respuesta no es válida.
