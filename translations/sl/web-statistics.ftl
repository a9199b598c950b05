# The web application: the statistics page.

web-nav-statistics = Statistika
web-statistics-title = Statistika zahtev
web-statistics-country = Država (prazno: vse države)
web-statistics-show = Prikaži
web-statistics-days = dni
web-statistics-percent = odstotki
web-statistics-who = Država ali organ
web-statistics-band = Presoja
web-statistics-counted = Upoštevane zahteve
web-statistics-none = Še ni ničesar za štetje.
web-statistics-band-green = Dobro
web-statistics-band-yellow = Zadovoljivo
web-statistics-band-red = Slabo
web-statistics-band-none = Brez presoje
