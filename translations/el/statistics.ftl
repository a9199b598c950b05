# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Αιτήματα που έγιναν αποδεκτά εντός 7 ημερών
indicator-average_days_to_answer = Μέσος αριθμός ημερών έως την απάντηση
indicator-answered_by_agreed_date = Αιτήματα που απαντήθηκαν εντός της συμφωνηθείσας προθεσμίας
indicator-negative_ratings = Αρνητικές αξιολογήσεις
