# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Iarratais ar glacadh leo laistigh de 7 lá
indicator-average_days_to_answer = Meánlíon na laethanta go dtí an freagra
indicator-answered_by_agreed_date = Iarratais a freagraíodh faoin spriocdháta comhaontaithe
indicator-negative_ratings = Rátálacha diúltacha
