# Αιτήματα παροχής πληροφοριών (R-REQ): η ροή εργασιών των αιτημάτων για τα επαγγελματικά
# προσόντα, τα e-mail της και οι ρυθμίσεις του τομέα από τις οποίες εξαρτώνται τα αιτήματα.

setting-allocation = Κατανομή των εισερχόμενων αιτημάτων σε χειριστές αιτημάτων
setting-approve_requests = Ο συντονιστής αιτημάτων εγκρίνει τα αιτήματα πριν από την αποστολή τους
setting-approve_replies = Ο συντονιστής αιτημάτων εγκρίνει τις απαντήσεις πριν από την αποστολή τους
setting-referral_participation = Συμμετέχει σε παραπομπές ως συντονιστής αιτημάτων
setting-coordinator_sees_details = Οι συντονιστές αιτημάτων μπορούν να βλέπουν τα στοιχεία των αιτημάτων (ποτέ τα δεδομένα προσωπικού χαρακτήρα)

wf-pq_request = Αίτημα παροχής πληροφοριών – επαγγελματικά προσόντα
request-party-requester = Αιτούσα αρχή
request-party-responder = Απαντώσα αρχή
request-party-requester_coordinators = Συντονιστές αιτημάτων της αιτούσας αρχής
request-party-responder_coordinators = Συντονιστές αιτημάτων της απαντώσας αρχής
request-party-requester_coordinator = Παραπομπή: συντονιστής της αιτούσας αρχής
request-party-responder_coordinator = Παραπομπή: συντονιστής της απαντώσας αρχής

request-field-answers = Ερωτήσεις και απαντήσεις
request-field-proposed_deadline = Προτεινόμενη προθεσμία
request-field-deadline = Συμφωνηθείσα προθεσμία
request-field-handler = Ανατέθηκε σε
request-field-reason = Αιτιολογία
request-field-further_question = Ζητούμενες συμπληρωματικές πληροφορίες
request-field-overdue = Εκπρόθεσμο
request-field-rating_timeliness = Αξιολόγηση: έγκαιρη ανταπόκριση
request-field-rating_effort = Αξιολόγηση: καταβληθείσα προσπάθεια
request-field-sent_at = Ημερομηνία αποστολής
request-field-accepted_at = Ημερομηνία αποδοχής
request-field-replied_at = Ημερομηνία απάντησης
request-field-closed_at = Ημερομηνία κλεισίματος
request-input-responder = Απαντώσα αρχή
request-input-to = Προώθηση σε
request-input-requester_coordinator = Συντονιστής της αιτούσας αρχής
request-input-responder_coordinator = Συντονιστής της απαντώσας αρχής

request-state-draft = Σχέδιο
request-state-awaiting_approval = Αναμένει έγκριση από τον συντονιστή
request-state-awaiting_acceptance = Αναμένει αποδοχή
request-state-accepted = Έγινε αποδεκτό, υπό απάντηση
request-state-reply_awaiting_approval = Η απάντηση αναμένει έγκριση από τον συντονιστή
request-state-replied = Απαντήθηκε
request-state-further_information_requested = Ζητήθηκαν συμπληρωματικές πληροφορίες
request-state-cannot_provide = Δεν είναι δυνατή η παροχή συμπληρωματικών πληροφοριών
request-state-referred = Παραπέμφθηκε στους συντονιστές
request-state-closed = Έκλεισε
request-state-withdrawn = Αποσύρθηκε
request-state-deleted = Διαγράφηκε

request-action-create = Νέο αίτημα
request-action-save = Αποθήκευση σχεδίου
request-action-delete_draft = Διαγραφή σχεδίου
request-action-send = Αποστολή
request-action-approve_request = Έγκριση του αιτήματος
request-action-return_request = Επιστροφή του αιτήματος
request-action-allocate = Ανάθεση σε χειριστή αιτημάτων
request-action-accept = Αποδοχή
request-action-forward = Προώθηση σε άλλη αρχή
request-action-reply = Απάντηση
request-action-approve_reply = Έγκριση της απάντησης
request-action-return_reply = Επιστροφή της απάντησης
request-action-ask_further_information = Αίτηση συμπληρωματικών πληροφοριών
request-action-provide_further_information = Παροχή συμπληρωματικών πληροφοριών
request-action-cannot_provide = Αδυναμία παροχής συμπληρωματικών πληροφοριών
request-action-refer = Παραπομπή στους συντονιστές
request-action-requester_coordinator_opts_out = Μη συμμετοχή στην παραπομπή
request-action-responder_coordinator_opts_out = Μη συμμετοχή στην παραπομπή
request-action-delegate_referral = Μεταβίβαση σε χειριστή αιτημάτων
request-action-conclude_referral = Ολοκλήρωση της παραπομπής
request-action-close = Αποδοχή της απάντησης και κλείσιμο
request-action-withdraw = Απόσυρση
request-action-remind = Υπενθύμιση πριν από τη λήξη της προθεσμίας
request-action-notice_overdue = Η προθεσμία έληξε

pq_request-guard-create = Και οι δύο αρχές χρειάζονται πρόσβαση στα επαγγελματικά προσόντα και η απαντώσα αρχή πρέπει να είναι άλλη αρχή.
request-guard-deadline = Η προθεσμία πρέπει να είναι μελλοντική ημερομηνία.
request-guard-allocation = Η αρχή σας δεν κατανέμει τα εισερχόμενα αιτήματα.
pq_request-guard-forward = Προωθήστε μόνο σε άλλη αρχή με πρόσβαση στα επαγγελματικά προσόντα.
pq_request-guard-refer = Επιλέξτε για κάθε αρχή έναν συντονιστή αιτημάτων για τα επαγγελματικά προσόντα.
request-guard-rating = Αξιολογήστε την έγκαιρη ανταπόκριση και την προσπάθεια από 1 έως 5.

pq_request-email-incoming =
    Η αρχή σας έλαβε αίτημα παροχής πληροφοριών σχετικά με επαγγελματικά προσόντα (αίτημα { $request }).
    Η αιτούσα αρχή ζητά απάντηση έως { $deadline }.

    Ανοίξτε το αίτημα στο IMI για να το αποδεχθείτε ή για να προτείνετε άλλη προθεσμία.
    .subject = Νέο αίτημα παροχής πληροφοριών (επαγγελματικά προσόντα)
pq_request-email-approval-needed =
    Ένα αίτημα παροχής πληροφοριών σχετικά με επαγγελματικά προσόντα (αίτημα { $request }) αναμένει την έγκρισή σας πριν από την αποστολή του.
    .subject = Ένα αίτημα αναμένει την έγκρισή σας
request-email-returned =
    Το αίτημα { $request } σας επιστράφηκε: { $reason }
    .subject = Ένα αίτημα σας επιστράφηκε
pq_request-email-allocated =
    Το αίτημα { $request } (επαγγελματικά προσόντα) σας ανατέθηκε.
    .subject = Σας ανατέθηκε ένα αίτημα
request-email-accepted =
    Το αίτημά σας { $request } έγινε αποδεκτό. Η απαντώσα αρχή θα απαντήσει έως { $deadline }.
    .subject = Το αίτημά σας έγινε αποδεκτό
request-email-forwarded =
    Το αίτημά σας { $request } προωθήθηκε σε άλλη αρχή ({ $to }), η οποία πρέπει τώρα να το αποδεχθεί.
    .subject = Το αίτημά σας προωθήθηκε
request-email-replied =
    Το αίτημά σας { $request } απαντήθηκε. Ανοίξτε το στο IMI για να διαβάσετε την απάντηση.
    .subject = Το αίτημά σας απαντήθηκε
request-email-further-information =
    Η αιτούσα αρχή ζητά συμπληρωματικές πληροφορίες για το αίτημα { $request }.
    .subject = Ζητήθηκαν συμπληρωματικές πληροφορίες
request-email-cannot-provide =
    Η απαντώσα αρχή δεν μπορεί να παράσχει τις συμπληρωματικές πληροφορίες που ζητήθηκαν για το αίτημα { $request }: { $reason }
    .subject = Δεν είναι δυνατή η παροχή συμπληρωματικών πληροφοριών
request-email-referred =
    Το αίτημα { $request } παραπέμφθηκε σε εσάς ως συντονιστή αιτημάτων. Συμμετέχετε, εκτός εάν δηλώσετε ότι δεν επιθυμείτε να συμμετάσχετε.
    .subject = Ένα αίτημα παραπέμφθηκε σε εσάς
request-email-referral-delegated =
    Ο συντονιστής σας σάς όρισε υπεύθυνο για την παραπομπή του αιτήματος { $request }.
    .subject = Σας μεταβιβάστηκε μια παραπομπή
request-email-closed =
    Η αιτούσα αρχή έκλεισε το αίτημα { $request }.
    .subject = Ένα αίτημα έκλεισε
request-email-withdrawn =
    Η αιτούσα αρχή απέσυρε το αίτημα { $request }: { $reason }
    .subject = Ένα αίτημα αποσύρθηκε
request-email-reminder =
    Το αίτημα { $request } πρέπει να απαντηθεί έως { $deadline }.
    .subject = Υπενθύμιση: πλησιάζει η προθεσμία ενός αιτήματος
request-email-overdue =
    Η προθεσμία του αιτήματος { $request } ({ $deadline }) έληξε χωρίς απάντηση.
    .subject = Ένα αίτημα είναι εκπρόθεσμο

wf-services_request = Αίτημα παροχής πληροφοριών – υπηρεσίες
services_request-guard-create = Και οι δύο αρχές χρειάζονται πρόσβαση στις υπηρεσίες και η απαντώσα αρχή πρέπει να είναι άλλη αρχή.
services_request-guard-forward = Προωθήστε μόνο σε άλλη αρχή με πρόσβαση στις υπηρεσίες.
services_request-guard-refer = Επιλέξτε για κάθε αρχή έναν συντονιστή αιτημάτων για τις υπηρεσίες.
services_request-email-incoming =
    Η αρχή σας έλαβε αίτημα παροχής πληροφοριών σχετικά με πάροχο υπηρεσιών (αίτημα { $request }).
    Η αιτούσα αρχή ζητά απάντηση έως { $deadline }.

    Ανοίξτε το αίτημα στο IMI για να το αποδεχθείτε ή για να προτείνετε άλλη προθεσμία.
    .subject = Νέο αίτημα παροχής πληροφοριών (υπηρεσίες)
services_request-email-approval-needed =
    Ένα αίτημα παροχής πληροφοριών σχετικά με πάροχο υπηρεσιών (αίτημα { $request }) αναμένει την έγκρισή σας πριν από την αποστολή του.
    .subject = Ένα αίτημα αναμένει την έγκρισή σας
services_request-email-allocated =
    Το αίτημα { $request } (υπηρεσίες) σας ανατέθηκε.
    .subject = Σας ανατέθηκε ένα αίτημα

request-field-personal_data_blocked = Κλειδωμένα δεδομένα προσωπικού χαρακτήρα
request-action-block_personal_data = Κλείδωμα των δεδομένων προσωπικού χαρακτήρα
request-action-consult_personal_data = Πρόσβαση στα κλειδωμένα δεδομένα προσωπικού χαρακτήρα
request-action-purge = Οριστική διαγραφή
request-input-justification = Αιτιολόγηση
request-guard-justification = Τα δεδομένα προσωπικού χαρακτήρα κλειδώνονται έξι μήνες μετά το κλείσιμο· για να αποκτήσετε πρόσβαση σε αυτά, δώστε αιτιολόγηση τουλάχιστον 20 χαρακτήρων.
