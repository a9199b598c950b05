# The web application: my authority (profile, area settings, users).

web-nav-admin = Η αρχή μου
web-admin-title = Η αρχή μου
web-admin-profile = Προφίλ
web-admin-profile-hint = γενικά στοιχεία, στοιχεία επικοινωνίας και αρμοδιότητες, όπως τα βλέπουν οι άλλες αρχές
web-admin-areas = Νομοθετικοί τομείς και οι ρυθμίσεις τους
web-admin-settings-change = Προβολή και αλλαγή των ρυθμίσεων
web-admin-settings-see = Προβολή των ρυθμίσεων
web-admin-no-areas = Η αρχή σας δεν έχει ακόμη πρόσβαση σε νομοθετικό τομέα.
web-admin-users = Χρήστες της αρχής μου
web-admin-name = Όνομα
web-admin-roles = Ρόλοι
web-admin-register = Εγγραφή χρήστη
web-admin-roles-hint = Ρόλοι: ένας ανά γραμμή ή χωρισμένοι με κόμματα, π.χ. request_handler ή request_handler@professional-qualifications για έναν τομέα.
web-admin-register-submit = Εγγραφή
web-admin-registered = Ο χρήστης εγγράφηκε με αναγνωριστικό χρήστη { $user_id }. Γνωστοποιήστε το προσωπικά στον χρήστη: δεν αποστέλλεται ποτέ μέσω e-mail. Ο προσωρινός κωδικός πρόσβασης αποστέλλεται στη διεύθυνση e-mail του χρήστη.
