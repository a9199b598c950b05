# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Requests accepted within 7 days
indicator-average_days_to_answer = Average days to answer
indicator-answered_by_agreed_date = Requests answered by the agreed date
indicator-negative_ratings = Negative ratings
