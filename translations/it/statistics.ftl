# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Richieste accettate entro 7 giorni
indicator-average_days_to_answer = Numero medio di giorni per la risposta
indicator-answered_by_agreed_date = Richieste con risposta entro il termine concordato
indicator-negative_ratings = Valutazioni negative
