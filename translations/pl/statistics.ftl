# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Wnioski przyjęte w ciągu 7 dni
indicator-average_days_to_answer = Średnia liczba dni do udzielenia odpowiedzi
indicator-answered_by_agreed_date = Wnioski, na które udzielono odpowiedzi w uzgodnionym terminie
indicator-negative_ratings = Negatywne oceny
