# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Cereri acceptate în termen de 7 zile
indicator-average_days_to_answer = Numărul mediu de zile până la răspuns
indicator-answered_by_agreed_date = Cereri care au primit răspuns până la termenul convenit
indicator-negative_ratings = Evaluări negative
