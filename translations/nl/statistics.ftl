# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Binnen 7 dagen geaccepteerde verzoeken
indicator-average_days_to_answer = Gemiddeld aantal dagen tot antwoord
indicator-answered_by_agreed_date = Binnen de overeengekomen termijn beantwoorde verzoeken
indicator-negative_ratings = Negatieve beoordelingen
