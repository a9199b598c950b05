# The web application: the statistics page.

web-nav-statistics = Staitisticí
web-statistics-title = Staitisticí iarratas
web-statistics-country = Tír (folamh: gach tír)
web-statistics-show = Taispeáin
web-statistics-days = laethanta
web-statistics-percent = faoin gcéad
web-statistics-who = Tír nó údarás
web-statistics-band = Measúnú
web-statistics-counted = Iarratais a comhaireadh
web-statistics-none = Níl aon rud le comhaireamh fós.
web-statistics-band-green = Maith
web-statistics-band-yellow = Measartha
web-statistics-band-red = Lag
web-statistics-band-none = Gan mheasúnú
