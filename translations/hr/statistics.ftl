# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Zahtjevi prihvaćeni u roku od 7 dana
indicator-average_days_to_answer = Prosječan broj dana do odgovora
indicator-answered_by_agreed_date = Zahtjevi na koje je odgovoreno u dogovorenom roku
indicator-negative_ratings = Negativne ocjene
