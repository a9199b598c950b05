# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Искания, приети в рамките на 7 дни
indicator-average_days_to_answer = Среден брой дни до отговора
indicator-answered_by_agreed_date = Искания с отговор в договорения срок
indicator-negative_ratings = Отрицателни оценки
