# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = 7 päivän kuluessa käsiteltäväksi otetut pyynnöt
indicator-average_days_to_answer = Keskimääräinen vastausaika päivinä
indicator-answered_by_agreed_date = Sovittuun määräaikaan mennessä vastatut pyynnöt
indicator-negative_ratings = Kielteiset arviot
