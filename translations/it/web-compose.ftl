# The web application: composing a request.

web-nav-compose = Nuova richiesta
web-compose-title = Nuova richiesta
web-compose-choose = Quale tipo di richiesta?
web-compose-hint = Le domande contrassegnate con * sono obbligatorie per l'invio. Salvi la bozza per vedere le domande che diventano pertinenti in base alle sue risposte.
web-compose-save = Salva la bozza
web-compose-send = Invia
web-authority-write = Scrivi una richiesta a questa autorità
