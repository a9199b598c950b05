# The web application: the statistics page.

web-nav-statistics = Statistics
web-statistics-title = Statistics of requests
web-statistics-country = Country (empty: all countries)
web-statistics-show = Show
web-statistics-days = days
web-statistics-percent = percent
web-statistics-who = Country or authority
web-statistics-band = Assessment
web-statistics-counted = Requests counted
web-statistics-none = Nothing to count yet.
web-statistics-band-green = Good
web-statistics-band-yellow = Fair
web-statistics-band-red = Poor
web-statistics-band-none = Not assessed
