# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Διατηρείτε ενημερωμένα τα γενικά στοιχεία: ανεπίσημη ονομασία, περιγραφή, γλώσσες, στοιχεία επικοινωνίας και e-mail
checklist-competences = Περιγράψτε τις αρμοδιότητες: οικονομικές δραστηριότητες και τομείς πολιτικής
checklist-area_keywords = Επιλέξτε τις λέξεις-κλειδιά κάθε νομοθετικού τομέα
checklist-linked_authorities = Συνδέστε τις σχετικές αρχές της χώρας σας
checklist-request_coordinators = Συνδέστε τους συντονιστές αιτημάτων
checklist-departments = Αποφασίστε ποια τμήματα χρησιμοποιούν το IMI
checklist-substitute_users = Αποφασίστε πόσους ακόμη χρήστες χρειάζεστε (τουλάχιστον έναν αναπληρωτή)
checklist-allocation = Αποφασίστε αν τα εισερχόμενα αιτήματα ανατίθενται σε χειριστές αιτημάτων
checklist-roles = Αναθέστε σε κάθε χρήστη έναν ρόλο
checklist-register_users = Εγγράψτε τους χρήστες
checklist-tell_user_ids = Ενημερώστε τους χρήστες για τα αναγνωριστικά χρήστη τους
checklist-users_logged_in = Φροντίστε να συνδεθούν οι χρήστες
checklist-data_administrator = Συντονιστές: αποφασίστε ποιος είναι διαχειριστής δεδομένων
checklist-referral_participation = Συντονιστές: αποφασίστε αν θα συμμετέχετε σε παραπομπές
checklist-approval = Συντονιστές: αποφασίστε αν θα εγκρίνετε τα αιτήματα και τις απαντήσεις των αρχών που συντονίζετε
