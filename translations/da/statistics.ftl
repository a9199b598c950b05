# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Anmodninger accepteret inden for 7 dage
indicator-average_days_to_answer = Gennemsnitligt antal dage til svar
indicator-answered_by_agreed_date = Anmodninger besvaret inden for den aftalte frist
indicator-negative_ratings = Negative vurderinger
