# The web application: composing a request.

web-nav-compose = Talba ġdida
web-compose-title = Talba ġdida
web-compose-choose = X'tip ta' talba?
web-compose-hint = Il-mistoqsijiet immarkati b'* huma obbligatorji biex tibgħat. Salva l-abbozz biex tara l-mistoqsijiet li jsiru rilevanti skont it-tweġibiet tiegħek.
web-compose-save = Salva l-abbozz
web-compose-send = Ibgħat
web-authority-write = Ikteb talba lil din l-awtorità
