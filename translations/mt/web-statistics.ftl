# The web application: the statistics page.

web-nav-statistics = Statistika
web-statistics-title = Statistika tat-talbiet
web-statistics-country = Pajjiż (vojt: il-pajjiżi kollha)
web-statistics-show = Uri
web-statistics-days = jiem
web-statistics-percent = perċentwal
web-statistics-who = Pajjiż jew awtorità
web-statistics-band = Valutazzjoni
web-statistics-counted = Talbiet magħduda
web-statistics-none = Għad m'hemm xejn x'jingħadd.
web-statistics-band-green = Tajjeb
web-statistics-band-yellow = Medju
web-statistics-band-red = Dgħajjef
web-statistics-band-none = Mhux ivvalutat
