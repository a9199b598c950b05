# The web application: composing a request.

web-nav-compose = Uusi pyyntö
web-compose-title = Uusi pyyntö
web-compose-choose = Minkä tyyppinen pyyntö?
web-compose-hint = Tähdellä (*) merkityt kysymykset on täytettävä ennen lähettämistä. Tallenna luonnos, niin näet kysymykset, jotka ovat vastaustesi perusteella tarpeen.
web-compose-save = Tallenna luonnos
web-compose-send = Lähetä
web-authority-write = Laadi pyyntö tälle viranomaiselle
