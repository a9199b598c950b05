# The web application: composing a request.

web-nav-compose = Uus taotlus
web-compose-title = Uus taotlus
web-compose-choose = Millist liiki taotlus?
web-compose-hint = Tärniga (*) märgitud küsimustele tuleb enne saatmist vastata. Salvestage mustand, et näha küsimusi, mis on teie vastuste põhjal asjakohased.
web-compose-save = Salvesta mustand
web-compose-send = Saada
web-authority-write = Koosta taotlus sellele asutusele
