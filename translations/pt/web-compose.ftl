# The web application: composing a request.

web-nav-compose = Novo pedido
web-compose-title = Novo pedido
web-compose-choose = Que tipo de pedido?
web-compose-hint = As perguntas assinaladas com * são obrigatórias para o envio. Guarde o rascunho para ver as perguntas que se tornam pertinentes em função das suas respostas.
web-compose-save = Guardar rascunho
web-compose-send = Enviar
web-authority-write = Dirigir um pedido a esta autoridade
