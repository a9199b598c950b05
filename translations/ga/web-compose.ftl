# The web application: composing a request.

web-nav-compose = Iarratas nua
web-compose-title = Iarratas nua
web-compose-choose = Cén cineál iarratais?
web-compose-hint = Ní mór na ceisteanna atá marcáilte le * a fhreagairt chun an t-iarratas a sheoladh. Sábháil an dréacht chun na ceisteanna a bhaineann le hábhar de réir do fhreagraí a fheiceáil.
web-compose-save = Sábháil an dréacht
web-compose-send = Seol
web-authority-write = Scríobh iarratas chuig an údarás seo
