# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Vínculos y coordinadores
list-group-coordination = Coordinación
list-linked_authorities = Autoridades vinculadas
list-request_coordinators = Coordinadores de solicitudes
list-approval_queue = Pendientes de aprobación
list-referrals = Remisiones
list-coordinated_authorities = Autoridades cuyas solicitudes coordino
list-access_coordinated = Acceso a ámbitos legislativos
list-validated_authorities = Autoridades que valido
