# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Förfrågningar godtagna inom 7 dagar
indicator-average_days_to_answer = Genomsnittligt antal dagar till svar
indicator-answered_by_agreed_date = Förfrågningar besvarade inom den överenskomna tidsfristen
indicator-negative_ratings = Negativa bedömningar
