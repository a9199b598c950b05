# The web application: the statistics page.

web-nav-statistics = Statistiques
web-statistics-title = Statistiques des demandes
web-statistics-country = Pays (vide : tous les pays)
web-statistics-show = Afficher
web-statistics-days = jours
web-statistics-percent = pourcentage
web-statistics-who = Pays ou autorité
web-statistics-band = Appréciation
web-statistics-counted = Demandes comptabilisées
web-statistics-none = Rien à comptabiliser pour le moment.
web-statistics-band-green = Bon
web-statistics-band-yellow = Moyen
web-statistics-band-red = Insuffisant
web-statistics-band-none = Non évalué
