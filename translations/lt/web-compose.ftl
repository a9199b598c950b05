# The web application: composing a request.

web-nav-compose = Naujas prašymas
web-compose-title = Naujas prašymas
web-compose-choose = Kokios rūšies prašymas?
web-compose-hint = Norint išsiųsti, būtina atsakyti į žvaigždute (*) pažymėtus klausimus. Išsaugokite projektą, kad matytumėte klausimus, kurie tampa aktualūs atsižvelgiant į jūsų atsakymus.
web-compose-save = Išsaugoti projektą
web-compose-send = Siųsti
web-authority-write = Rašyti prašymą šiai institucijai
