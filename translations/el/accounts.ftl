### Ελληνικά κείμενα των λογαριασμών χρηστών (definitions/core/workflows/user_account.yaml):
### εγγραφή, σύνδεση, αποκλεισμός και επαναφορά (R-LOGIN, R-ROLES).
### Οι ίδιοι οι ρόλοι (role-*) βρίσκονται στο core.ftl.

## Workflow: user account (R-LOGIN)

wf-user_account = Λογαριασμός χρήστη

user_account-party-authority = Αρχή του χρήστη
user_account-party-validating_coordinator = Συντονιστής επικύρωσης

user_account-state-registered = Εγγεγραμμένος, αναμένεται η πρώτη σύνδεση
user_account-state-active = Ενεργός
user_account-state-blocked = Αποκλεισμένος
user_account-state-removed = Αφαιρέθηκε

user_account-action-register = Εγγραφή χρήστη
user_account-action-first_login = Πρώτη σύνδεση
user_account-action-login_succeeded = Σύνδεση
user_account-action-login_failed = Λανθασμένος κωδικός πρόσβασης ή κωδικός ασφαλείας
user_account-action-reset = Έκδοση νέου προσωρινού κωδικού πρόσβασης
user_account-action-reset_only_lda = Έκδοση νέου προσωρινού κωδικού πρόσβασης (μοναδικός τοπικός διαχειριστής δεδομένων)
user_account-action-change_roles = Αλλαγή ρόλων
user_account-action-change_user_id = Αλλαγή αναγνωριστικού χρήστη
user_account-action-update_contact = Επικαιροποίηση στοιχείων επικοινωνίας
user_account-action-remove = Αφαίρεση του χρήστη

user_account-field-user_id = Αναγνωριστικό χρήστη
user_account-field-name = Όνομα
user_account-field-email = Ατομικό e-mail
user_account-field-phone = Τηλέφωνο
user_account-field-language = Προτιμώμενη γλώσσα εργασίας
user_account-field-roles = Ρόλοι
user_account-field-failures = Λανθασμένες καταχωρίσεις από την τελευταία σύνδεση
user_account-field-registered_at = Ημερομηνία εγγραφής
user_account-field-temporary_password_sent_at = Ημερομηνία αποστολής προσωρινού κωδικού πρόσβασης
user_account-field-password_changed_at = Ημερομηνία επιλογής κωδικού πρόσβασης
user_account-field-last_login_at = Τελευταία σύνδεση
user_account-field-blocked_at = Ημερομηνία αποκλεισμού

user_account-input-temporary_password = Προσωρινός κωδικός πρόσβασης

## Refusals

user_account-guard-register = Δεν είναι δυνατή η εγγραφή του χρήστη: το αναγνωριστικό χρήστη μπορεί να χρησιμοποιείται ήδη (τα αναγνωριστικά χρήστη είναι μοναδικά, ανεξάρτητα από πεζά ή κεφαλαία), η διεύθυνση e-mail μπορεί να έχει εσφαλμένη μορφή, η γλώσσα πρέπει να είναι μία από τις 24 επίσημες γλώσσες και ο χρήστης χρειάζεται τουλάχιστον έναν ρόλο.
user_account-guard-user_id_taken = Αυτό το αναγνωριστικό χρήστη χρησιμοποιείται ήδη (τα αναγνωριστικά χρήστη είναι μοναδικά, ανεξάρτητα από πεζά ή κεφαλαία). Επιλέξτε άλλο.
user_account-guard-reset_only_lda = Μόνο ο διαχειριστής δεδομένων του συντονιστή επικύρωσης μπορεί να το κάνει αυτό, και μόνο για τον μοναδικό τοπικό διαχειριστή δεδομένων της αρχής· η αρχή αυτή έχει άλλον ενεργό τοπικό διαχειριστή δεδομένων, ο οποίος μπορεί να εκδώσει τον νέο προσωρινό κωδικό πρόσβασης.
user_account-guard-change_roles = Ο χρήστης χρειάζεται τουλάχιστον έναν ρόλο και η αρχή πρέπει να διατηρεί τουλάχιστον έναν ενεργό τοπικό διαχειριστή δεδομένων.
user_account-guard-remove = Η αρχή πρέπει να διατηρεί τουλάχιστον έναν ενεργό τοπικό διαχειριστή δεδομένων.
user_account-guard-update_contact = Η διεύθυνση e-mail έχει εσφαλμένη μορφή ή η γλώσσα δεν είναι μία από τις 24 επίσημες γλώσσες.

## E-mails (never with the user ID: it is told out of band)

user_account-email-temporary-password =
    Αγαπητέ/Αγαπητή { $name },

    Ο προσωρινός σας κωδικός πρόσβασης για το Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI) είναι: { $temporary_password }

    Το αναγνωριστικό χρήστη σας δεν περιλαμβάνεται σε αυτό το e-mail: σας το γνωστοποιεί το πρόσωπο που πραγματοποίησε την εγγραφή σας. Κατά την επόμενη σύνδεσή σας, εισαγάγετε το αναγνωριστικό χρήστη και αυτόν τον προσωρινό κωδικό πρόσβασης και, στη συνέχεια, επιλέξτε τον δικό σας κωδικό πρόσβασης (τουλάχιστον 8 χαρακτήρες, με πεζά, κεφαλαία και ένα ψηφίο) και νέο κωδικό ασφαλείας 12 χαρακτήρων (με τους ίδιους κανόνες). Και στους δύο γίνεται διάκριση πεζών και κεφαλαίων.
    .subject = Ο προσωρινός σας κωδικός πρόσβασης για το IMI

user_account-email-blocked =
    Αγαπητέ/Αγαπητή { $name },

    Ο λογαριασμός σας στο IMI αποκλείστηκε μετά από πέντε λανθασμένες καταχωρίσεις του κωδικού πρόσβασης ή του κωδικού ασφαλείας. Ζητήστε νέο προσωρινό κωδικό πρόσβασης από τον τοπικό διαχειριστή δεδομένων της αρχής σας (αν είστε ο μοναδικός τοπικός διαχειριστής δεδομένων της αρχής, απευθυνθείτε στον συντονιστή επικύρωσής σας).
    .subject = Ο λογαριασμός σας στο IMI αποκλείστηκε

user_account-input-authority = Αρχή του χρήστη
