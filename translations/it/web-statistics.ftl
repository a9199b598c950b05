# The web application: the statistics page.

web-nav-statistics = Statistiche
web-statistics-title = Statistiche delle richieste
web-statistics-country = Paese (vuoto: tutti i paesi)
web-statistics-show = Mostra
web-statistics-days = giorni
web-statistics-percent = percentuale
web-statistics-who = Paese o autorità
web-statistics-band = Giudizio
web-statistics-counted = Richieste conteggiate
web-statistics-none = Ancora nulla da conteggiare.
web-statistics-band-green = Buono
web-statistics-band-yellow = Sufficiente
web-statistics-band-red = Insufficiente
web-statistics-band-none = Non valutato
