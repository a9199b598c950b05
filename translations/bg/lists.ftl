# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Връзки и координатори
list-group-coordination = Координация
list-linked_authorities = Свързани органи
list-request_coordinators = Координатори на искания
list-approval_queue = Очакващи одобрение
list-referrals = Отнасяния до координаторите
list-coordinated_authorities = Органи, чиито искания координирам
list-access_coordinated = Достъп до законодателни области
list-validated_authorities = Органи, които валидирам
