# The web application: composing a request.

web-nav-compose = Ny anmodning
web-compose-title = Ny anmodning
web-compose-choose = Hvilken type anmodning?
web-compose-hint = Spørgsmål markeret med * skal besvares, før der kan sendes. Gem udkastet for at se de spørgsmål, som dine svar gør relevante.
web-compose-save = Gem udkast
web-compose-send = Send
web-authority-write = Skriv en anmodning til denne myndighed
