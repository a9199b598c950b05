# The web application: composing a request.

web-nav-compose = Ново искане
web-compose-title = Ново искане
web-compose-choose = Какъв вид искане?
web-compose-hint = Въпросите, отбелязани със *, са задължителни за изпращането. Съхранете черновата, за да видите въпросите, които стават относими според вашите отговори.
web-compose-save = Съхраняване на черновата
web-compose-send = Изпращане
web-authority-write = Съставяне на искане до този орган
