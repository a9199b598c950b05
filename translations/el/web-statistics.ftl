# The web application: the statistics page.

web-nav-statistics = Στατιστικά
web-statistics-title = Στατιστικά αιτημάτων
web-statistics-country = Χώρα (κενό: όλες οι χώρες)
web-statistics-show = Εμφάνιση
web-statistics-days = ημέρες
web-statistics-percent = τοις εκατό
web-statistics-who = Χώρα ή αρχή
web-statistics-band = Εκτίμηση
web-statistics-counted = Καταμετρημένα αιτήματα
web-statistics-none = Δεν υπάρχει ακόμη τίποτα προς καταμέτρηση.
web-statistics-band-green = Καλή
web-statistics-band-yellow = Μέτρια
web-statistics-band-red = Ανεπαρκής
web-statistics-band-none = Χωρίς εκτίμηση
