# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Σύστημα Πληροφόρησης για την Εσωτερική Αγορά
web-skip-to-content = Μετάβαση στο περιεχόμενο
web-nav-label = Κύριο μενού
web-nav-tasks = Οι εργασίες μου
web-nav-search = Αναζήτηση αρχής
web-logout = Αποσύνδεση
web-language = Γλώσσα
web-language-apply = Αλλαγή
web-yes = Ναι
web-no = Όχι

web-login-title = Σύνδεση
web-login-user-id = Αναγνωριστικό χρήστη
web-login-password = Κωδικός πρόσβασης
web-login-next = Συνέχεια
web-login-submit = Σύνδεση
web-login-wrong = Το αναγνωριστικό χρήστη, ο κωδικός πρόσβασης ή οι χαρακτήρες του κωδικού ασφαλείας είναι λανθασμένοι.
web-login-blocked = Ο λογαριασμός σας αποκλείστηκε μετά από πέντε λανθασμένες καταχωρίσεις. Ο τοπικός διαχειριστής δεδομένων σας μπορεί να εκδώσει νέο προσωρινό κωδικό πρόσβασης.
web-login-too-many = Πάρα πολλές απόπειρες σύνδεσης από αυτή τη διεύθυνση. Περιμένετε ένα λεπτό και δοκιμάστε ξανά.
web-login-expired = Αυτό το βήμα σύνδεσης έληξε. Ξεκινήστε από την αρχή.
web-code-title = Κωδικός ασφαλείας
web-code-intro = Πληκτρολογήστε τους χαρακτήρες του κωδικού ασφαλείας σας στις θέσεις που ζητούνται.
web-code-character = Χαρακτήρας αριθ. { $position } του κωδικού ασφαλείας σας
web-first-title = Επιλέξτε κωδικό πρόσβασης και κωδικό ασφαλείας
web-first-intro = Αυτή είναι η πρώτη σας σύνδεση (ή ο κωδικός πρόσβασής σας επαναφέρθηκε): επιλέξτε κωδικό πρόσβασης και κωδικό ασφαλείας 12 χαρακτήρων. Σε κάθε σύνδεση θα σας ζητούνται τρεις από τους χαρακτήρες του.
web-first-password = Νέος κωδικός πρόσβασης
web-first-password-again = Επανάληψη νέου κωδικού πρόσβασης
web-first-security-code = Κωδικός ασφαλείας (12 χαρακτήρες)
web-first-security-code-hint = Γράμματα και ψηφία· κρατήστε τον μυστικό, όπως τον κωδικό πρόσβασης.
web-first-mismatch = Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι.

web-tasks-title = Οι εργασίες μου
web-tasks-count =
    { $count ->
        [one] Σας περιμένει μία εργασία
       *[other] Σας περιμένουν { $count } εργασίες
    }
web-tasks-none = Δεν σας περιμένει τίποτα αυτή τη στιγμή.
web-tasks-what = Αίτημα
web-tasks-state = Κατάσταση
web-tasks-due = Προθεσμία
web-tasks-overdue = εκπρόθεσμο

web-search-title = Αναζήτηση αρχής
web-search-query = Τι κάνει η αρχή; (σε οποιαδήποτε γλώσσα)
web-search-country = Χώρα
web-search-country-hint = Κωδικός δύο γραμμάτων, π.χ. PT
web-search-area = Νομοθετικός τομέας
web-search-level = Επίπεδο
web-search-any = Όλα
web-search-submit = Αναζήτηση
web-search-found =
    { $count ->
        [0] Δεν βρέθηκε καμία αρχή
        [one] Βρέθηκε μία αρχή
       *[other] Βρέθηκαν { $count } αρχές
    }

web-authority-title = Αρχή

web-request-title = Αίτημα
web-request-parties = Μέρη και στοιχεία
web-request-actions = Τι μπορείτε να κάνετε
web-request-timeline = Ιστορικό
web-timeline-system = IMI (αυτόματα)
web-machine-translation = Μηχανική μετάφραση (γλώσσα πρωτοτύπου: { $language })
web-untranslated = Γλώσσα πρωτοτύπου: { $language }· δεν υπάρχει διαθέσιμη μηχανική μετάφραση
web-personal-data = Δεδομένα προσωπικού χαρακτήρα: εμφανίζονται μόνο στα μέρη της ανταλλαγής
web-personal-data-mark = δεδομένα προσωπικού χαρακτήρα

web-error-title = Παρουσιάστηκε σφάλμα
web-error-not-found = Αυτή η σελίδα δεν υπάρχει ή δεν έχετε δικαίωμα να τη δείτε.
web-error-csrf = Αυτή η φόρμα έληξε ή δεν προέρχεται από αυτόν τον ιστότοπο. Επιστρέψτε, ανανεώστε τη σελίδα και δοκιμάστε ξανά.
web-error-home = Μετάβαση στην αρχική σελίδα
