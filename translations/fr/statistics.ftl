# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Demandes acceptées dans les 7 jours
indicator-average_days_to_answer = Nombre moyen de jours avant la réponse
indicator-answered_by_agreed_date = Demandes ayant reçu une réponse au plus tard à la date limite convenue
indicator-negative_ratings = Évaluations négatives
