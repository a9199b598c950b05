# División de una solicitud (R-FACTS): los asuntos elegidos pasan a una nueva solicitud
# dirigida a otra autoridad.

request-field-split_from = Separada de la solicitud
request-action-split = Dividir: trasladar asuntos a otra autoridad
request-action-split_off = Separada de otra solicitud
request-input-split_to = Autoridad a la que se trasladan los asuntos
request-input-topics = Asuntos que se trasladan
pq_request-guard-split = Traslade algunos de los asuntos solicitados, pero no todos, a otra autoridad con acceso a las cualificaciones profesionales.
services_request-guard-split = Traslade algunos de los asuntos solicitados, pero no todos, a otra autoridad con acceso a los servicios.
request-email-split =
    Parte de su solicitud { $request } ha sido trasladada a una nueva solicitud dirigida a otra autoridad ({ $to }). Los asuntos trasladados se han suprimido de esta solicitud.
    .subject = Parte de su solicitud ha sido trasladada a otra autoridad
