# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Innerhalb von 7 Tagen angenommene Ersuchen
indicator-average_days_to_answer = Durchschnittliche Anzahl Tage bis zur Antwort
indicator-answered_by_agreed_date = Innerhalb der vereinbarten Frist beantwortete Ersuchen
indicator-negative_ratings = Negative Bewertungen
