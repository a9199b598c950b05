# Aufteilung eines Ersuchens (R-FACTS): die gewählten Gegenstände werden in ein neues
# Ersuchen an eine andere Behörde übertragen.

request-field-split_from = Abgetrennt von Ersuchen
request-action-split = Aufteilen: Gegenstände an eine andere Behörde übertragen
request-action-split_off = Von einem anderen Ersuchen abgetrennt
request-input-split_to = Behörde, an die die Gegenstände übertragen werden
request-input-topics = Zu übertragende Gegenstände
pq_request-guard-split = Übertragen Sie einige, aber nicht alle angeforderten Gegenstände an eine andere Behörde mit Zugang zum Bereich Berufsqualifikationen.
services_request-guard-split = Übertragen Sie einige, aber nicht alle angeforderten Gegenstände an eine andere Behörde mit Zugang zum Bereich Dienstleistungen.
request-email-split =
    Ein Teil Ihres Ersuchens { $request } wurde in ein neues Ersuchen an eine andere Behörde ({ $to }) übertragen. Die übertragenen Gegenstände wurden aus diesem Ersuchen entfernt.
    .subject = Ein Teil Ihres Ersuchens wurde an eine andere Behörde übertragen
