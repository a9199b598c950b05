# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Per 7 dienas priimti prašymai
indicator-average_days_to_answer = Vidutinis dienų skaičius iki atsakymo
indicator-answered_by_agreed_date = Prašymai, į kuriuos atsakyta iki suderinto termino
indicator-negative_ratings = Neigiami įvertinimai
