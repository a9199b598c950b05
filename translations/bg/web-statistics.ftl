# The web application: the statistics page.

web-nav-statistics = Статистика
web-statistics-title = Статистика на исканията
web-statistics-country = Държава (празно: всички държави)
web-statistics-show = Показване
web-statistics-days = дни
web-statistics-percent = процент
web-statistics-who = Държава или орган
web-statistics-band = Оценка
web-statistics-counted = Отчетени искания
web-statistics-none = Все още няма какво да се отчете.
web-statistics-band-green = Добро
web-statistics-band-yellow = Задоволително
web-statistics-band-red = Слабо
web-statistics-band-none = Без оценка
