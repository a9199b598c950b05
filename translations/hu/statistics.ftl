# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = 7 napon belül elfogadott megkeresések
indicator-average_days_to_answer = A válaszadásig eltelt napok átlagos száma
indicator-answered_by_agreed_date = Az egyeztetett határidőig megválaszolt megkeresések
indicator-negative_ratings = Negatív értékelések
