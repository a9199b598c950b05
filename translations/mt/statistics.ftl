# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Talbiet aċċettati fi żmien 7 ijiem
indicator-average_days_to_answer = Numru medju ta' jiem sat-tweġiba
indicator-answered_by_agreed_date = Talbiet imwieġba sal-iskadenza miftiehma
indicator-negative_ratings = Valutazzjonijiet negattivi
