# Divisão de um pedido (R-FACTS): os assuntos escolhidos passam para um novo pedido
# dirigido a outra autoridade.

request-field-split_from = Separado do pedido
request-action-split = Dividir: transferir assuntos para outra autoridade
request-action-split_off = Separado de outro pedido
request-input-split_to = Autoridade para a qual transferir os assuntos
request-input-topics = Assuntos a transferir
pq_request-guard-split = Transfira alguns dos assuntos pedidos, mas não todos, para outra autoridade com acesso ao domínio das qualificações profissionais.
services_request-guard-split = Transfira alguns dos assuntos pedidos, mas não todos, para outra autoridade com acesso ao domínio dos serviços.
request-email-split =
    Parte do seu pedido { $request } foi transferida para um novo pedido dirigido a outra autoridade ({ $to }). Os assuntos transferidos foram retirados deste pedido.
    .subject = Parte do seu pedido foi transferida para outra autoridade
