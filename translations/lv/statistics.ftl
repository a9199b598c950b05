# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = 7 dienu laikā pieņemtie pieprasījumi
indicator-average_days_to_answer = Vidējais dienu skaits līdz atbildei
indicator-answered_by_agreed_date = Pieprasījumi, uz kuriem atbildēts līdz saskaņotajam termiņam
indicator-negative_ratings = Negatīvi vērtējumi
