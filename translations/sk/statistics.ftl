# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Žiadosti prijaté do 7 dní
indicator-average_days_to_answer = Priemerný počet dní do odpovede
indicator-answered_by_agreed_date = Žiadosti zodpovedané v dohodnutej lehote
indicator-negative_ratings = Negatívne hodnotenia
