# The web application: the list of my authority's requests.

web-nav-requests = Αιτήματα
web-requests-title = Αιτήματα της αρχής μου
web-requests-as = Η αρχή μου είναι
web-requests-state = Κατάσταση
web-requests-all = Όλα
web-requests-filter = Φιλτράρισμα
web-requests-updated = Τελευταία αλλαγή
web-requests-none = Κανένα αίτημα δεν αντιστοιχεί στα κριτήρια.
web-requests-count =
    { $count ->
        [one] Ένα αίτημα
       *[other] { $count } αιτήματα
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Κατάλογοι
web-lists-actions = Ενέργειες
web-lists-none = Δεν υπάρχει ακόμη τίποτα.
