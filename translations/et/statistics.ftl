# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = 7 päeva jooksul vastu võetud taotlused
indicator-average_days_to_answer = Keskmine vastamisaeg päevades
indicator-answered_by_agreed_date = Kokkulepitud tähtajaks vastatud taotlused
indicator-negative_ratings = Negatiivsed hinnangud
