# The web application: composing a request.

web-nav-compose = Neues Ersuchen
web-compose-title = Neues Ersuchen
web-compose-choose = Welche Art von Ersuchen?
web-compose-hint = Mit * gekennzeichnete Fragen müssen vor dem Senden beantwortet sein. Speichern Sie den Entwurf, um die Fragen zu sehen, die sich aus Ihren Antworten ergeben.
web-compose-save = Entwurf speichern
web-compose-send = Senden
web-authority-write = Ein Ersuchen an diese Behörde richten
