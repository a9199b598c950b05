# The web application: composing a request.

web-nav-compose = Ny förfrågan
web-compose-title = Ny förfrågan
web-compose-choose = Vilken typ av förfrågan?
web-compose-hint = Frågor markerade med * måste besvaras innan förfrågan kan skickas. Spara utkastet för att se de frågor som blir aktuella utifrån dina svar.
web-compose-save = Spara utkast
web-compose-send = Skicka
web-authority-write = Skriv en förfrågan till den här myndigheten
