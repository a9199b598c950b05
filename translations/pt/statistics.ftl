# The indicators of R-FACTS (application.statistics in definitions/core/area.yaml).
indicator-accepted_within_7_days = Pedidos aceites no prazo de 7 dias
indicator-average_days_to_answer = Número médio de dias até à resposta
indicator-answered_by_agreed_date = Pedidos respondidos dentro do prazo acordado
indicator-negative_ratings = Avaliações negativas
