# The web application: composing a request.

web-nav-compose = Cerere nouă
web-compose-title = Cerere nouă
web-compose-choose = Ce tip de cerere?
web-compose-hint = Întrebările marcate cu * sunt obligatorii pentru trimitere. Salvați ciorna pentru a vedea întrebările care devin relevante în funcție de răspunsurile dumneavoastră.
web-compose-save = Salvați ciorna
web-compose-send = Trimiteți
web-authority-write = Redactați o cerere către această autoritate
