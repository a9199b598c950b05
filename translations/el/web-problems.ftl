# The web application: why an action was refused.

web-refusal-invalid-answers = Ορισμένες απαντήσεις χρειάζονται την προσοχή σας:
web-refusal-invalid-input = Μια τιμή δεν είναι έγκυρη:
web-refusal-not-now = Η ενέργεια αυτή δεν είναι δυνατή αυτή τη στιγμή.
web-problem-required = Απαιτείται απάντηση.
web-problem-not-relevant = Η ερώτηση αυτή δεν τίθεται βάσει των λοιπών απαντήσεών σας: αφήστε την κενή.
web-problem-out-of-bounds = Η απάντηση είναι εκτός του επιτρεπόμενου εύρους.
web-problem-invalid = Η απάντηση αυτή δεν είναι έγκυρη.
