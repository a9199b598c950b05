# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Solicitudes aceptadas en un plazo de 7 días
indicator-average_days_to_answer = Media de días hasta la respuesta
indicator-answered_by_agreed_date = Solicitudes respondidas dentro del plazo acordado
indicator-negative_ratings = Valoraciones negativas
