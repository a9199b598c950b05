# The web application: composing a request.

web-nav-compose = New request
web-compose-title = New request
web-compose-choose = Which kind of request?
web-compose-hint = Questions marked * are required to send. Save the draft to see the questions that your answers make relevant.
web-compose-save = Save draft
web-compose-send = Send
web-authority-write = Write a request to this authority
