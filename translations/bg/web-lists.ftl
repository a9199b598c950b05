# The web application: the list of my authority's requests.

web-nav-requests = Искания
web-requests-title = Искания на моя орган
web-requests-as = Моят орган е
web-requests-state = Състояние
web-requests-all = Всички
web-requests-filter = Филтриране
web-requests-updated = Последна промяна
web-requests-none = Няма искания, отговарящи на филтъра.
web-requests-count =
    { $count ->
        [one] Едно искане
       *[other] { $count } искания
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Списъци
web-lists-actions = Действия
web-lists-none = Все още няма.
