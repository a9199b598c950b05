# Αρχές και συντονιστές: προφίλ, εισαγωγές, συνδέσεις μεταξύ αρχών,
# συντονιστές αιτημάτων· το υποσέλιδο των e-mail.

authority-field-economic_activities = Οικονομικές δραστηριότητες
authority-field-policy_areas = Τομείς πολιτικής
authority-field-coordinator = Συντονιστής IMI
authority-field-coordinated_areas = Συντονιζόμενοι νομοθετικοί τομείς
authority-field-region = Περιφέρεια
authority-input-user_id = Αναγνωριστικό χρήστη του πρώτου χρήστη
authority-input-temporary_password = Προσωρινός κωδικός πρόσβασης του πρώτου χρήστη
authority-input-validating_coordinator = Συντονιστής επικύρωσης
authority-action-imported = Μεταφορά από το προηγούμενο σύστημα
authority-action-update_competences = Αλλαγή αρμοδιοτήτων
authority-action-designate_coordinator = Ορισμός ως συντονιστή IMI
authority-guard-imported = Η αρχή είναι ήδη γνωστή, η γενική διεύθυνση e-mail της δεν είναι έγκυρη ή το είδος συντονιστή δεν είναι nimic, dimic ή sdimic.
authority-guard-designate_coordinator = Το είδος συντονιστή πρέπει να είναι nimic, dimic ή sdimic.

area_access-field-professions = Επαγγέλματα
area_access-input-authority = Αρχή
area_access-action-imported = Μεταφορά από το προηγούμενο σύστημα

user_account-action-first_user = Εγγραφή του πρώτου χρήστη
user_account-action-imported = Μεταφορά από το προηγούμενο σύστημα

wf-authority_link = Σύνδεση μεταξύ αρχών
authority_link-party-authority = Αρχή
authority_link-party-linked = Συνδεδεμένη αρχή
authority_link-field-linked_at = Ημερομηνία σύνδεσης
authority_link-state-linked = Συνδεδεμένη
authority_link-state-unlinked = Η σύνδεση αφαιρέθηκε
authority_link-action-link = Σύνδεση αρχής
authority_link-action-unlink = Αφαίρεση της σύνδεσης
authority_link-input-linked = Αρχή προς σύνδεση
authority_link-guard-link = Μπορείτε να συνδέσετε μόνο άλλη ενεργή αρχή της χώρας σας και μόνο μία φορά.

wf-request_coordination = Συντονιστής αιτημάτων
request_coordination-party-authority = Συντονιζόμενη αρχή
request_coordination-party-coordinator = Συντονιστής αιτημάτων
request_coordination-field-area = Νομοθετικός τομέας
request_coordination-field-linked_at = Ημερομηνία σύνδεσης
request_coordination-state-linked = Συνδεδεμένος
request_coordination-state-unlinked = Αποσυνδεδεμένος
request_coordination-action-at_access = Σύνδεση του συντονιστή πρόσβασης
request_coordination-action-link = Σύνδεση συντονιστή αιτημάτων
request_coordination-action-unlink = Αποσύνδεση του συντονιστή αιτημάτων
request_coordination-input-coordinator = Συντονιστής
request_coordination-guard-link = Ο συντονιστής πρέπει να είναι ενεργός συντονιστής IMI της χώρας σας, που δεν έχει ακόμη συνδεθεί για αυτόν τον τομέα, και η αρχή σας πρέπει να έχει πρόσβαση στον τομέα.
request_coordination-guard-unlink = Η αρχή σας πρέπει να διατηρεί τουλάχιστον έναν συντονιστή αιτημάτων σε κάθε νομοθετικό τομέα.
request_coordination-email-linked =
    Η αρχή { $authority } συνέδεσε την αρχή σας ως συντονιστή αιτημάτων της για τον νομοθετικό τομέα { $area }.
    .subject = Νέα συντονιζόμενη αρχή

mail-footer = Το παρόν e-mail στάλθηκε αυτόματα από το Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI). Παρακαλούμε μην απαντήσετε σε αυτό.

keywords-countries = Χώρες
keywords-levels = Επίπεδα
keywords-languages = Γλώσσες
