# The web application: the statistics page.

web-nav-statistics = Statistika
web-statistics-title = Prašymų statistika
web-statistics-country = Šalis (tuščia: visos šalys)
web-statistics-show = Rodyti
web-statistics-days = dienos
web-statistics-percent = procentai
web-statistics-who = Šalis arba institucija
web-statistics-band = Vertinimas
web-statistics-counted = Įskaičiuoti prašymai
web-statistics-none = Kol kas nėra ką skaičiuoti.
web-statistics-band-green = Gerai
web-statistics-band-yellow = Patenkinamai
web-statistics-band-red = Prastai
web-statistics-band-none = Neįvertinta
