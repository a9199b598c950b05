# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Zahteve, sprejete v 7 dneh
indicator-average_days_to_answer = Povprečno število dni do odgovora
indicator-answered_by_agreed_date = Zahteve z odgovorom v dogovorjenem roku
indicator-negative_ratings = Negativne ocene
