# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Žádosti přijaté do 7 dnů
indicator-average_days_to_answer = Průměrný počet dnů do odpovědi
indicator-answered_by_agreed_date = Žádosti zodpovězené v dohodnuté lhůtě
indicator-negative_ratings = Negativní hodnocení
