# The web application: composing a request.

web-nav-compose = Nowy wniosek
web-compose-title = Nowy wniosek
web-compose-choose = Jaki rodzaj wniosku?
web-compose-hint = Do wysłania wymagane są odpowiedzi na pytania oznaczone *. Należy zapisać wersję roboczą, aby zobaczyć pytania, które stają się istotne w związku z udzielonymi odpowiedziami.
web-compose-save = Zapisz wersję roboczą
web-compose-send = Wyślij
web-authority-write = Skieruj wniosek do tego organu
