# Αιτήματα παροχής πληροφοριών (R-REQ): η ροή εργασιών των αιτημάτων για τα επαγγελματικά
# προσόντα, τα e-mail της και οι ρυθμίσεις του τομέα από τις οποίες εξαρτώνται τα αιτήματα.

setting-allocation = Κατανομή των εισερχόμενων αιτημάτων σε χειριστές αιτημάτων
setting-approve_requests = Ο συντονιστής αιτημάτων εγκρίνει τα αιτήματα πριν από την αποστολή τους
setting-approve_replies = Ο συντονιστής αιτημάτων εγκρίνει τις απαντήσεις πριν από την αποστολή τους
setting-referral_participation = Συμμετέχει σε παραπομπές ως συντονιστής αιτημάτων
setting-coordinator_sees_details = Οι συντονιστές αιτημάτων μπορούν να βλέπουν τα στοιχεία των αιτημάτων (ποτέ τα δεδομένα προσωπικού χαρακτήρα)

wf-pq_request = Αίτημα παροχής πληροφοριών – επαγγελματικά προσόντα
pq_request-party-requester = Αιτούσα αρχή
pq_request-party-responder = Απαντώσα αρχή
pq_request-party-requester_coordinators = Συντονιστές αιτημάτων της αιτούσας αρχής
pq_request-party-responder_coordinators = Συντονιστές αιτημάτων της απαντώσας αρχής
pq_request-party-requester_coordinator = Παραπομπή: συντονιστής της αιτούσας αρχής
pq_request-party-responder_coordinator = Παραπομπή: συντονιστής της απαντώσας αρχής

pq_request-field-answers = Ερωτήσεις και απαντήσεις
pq_request-field-proposed_deadline = Προτεινόμενη προθεσμία
pq_request-field-deadline = Συμφωνηθείσα προθεσμία
pq_request-field-handler = Ανατέθηκε σε
pq_request-field-reason = Αιτιολογία
pq_request-field-further_question = Ζητούμενες συμπληρωματικές πληροφορίες
pq_request-field-overdue = Εκπρόθεσμο
pq_request-field-rating_timeliness = Αξιολόγηση: έγκαιρη ανταπόκριση
pq_request-field-rating_effort = Αξιολόγηση: καταβληθείσα προσπάθεια
pq_request-field-sent_at = Ημερομηνία αποστολής
pq_request-field-accepted_at = Ημερομηνία αποδοχής
pq_request-field-replied_at = Ημερομηνία απάντησης
pq_request-field-closed_at = Ημερομηνία κλεισίματος
pq_request-input-responder = Απαντώσα αρχή
pq_request-input-to = Προώθηση σε
pq_request-input-requester_coordinator = Συντονιστής της αιτούσας αρχής
pq_request-input-responder_coordinator = Συντονιστής της απαντώσας αρχής

pq_request-state-draft = Σχέδιο
pq_request-state-awaiting_approval = Αναμένει έγκριση από τον συντονιστή
pq_request-state-awaiting_acceptance = Αναμένει αποδοχή
pq_request-state-accepted = Έγινε αποδεκτό, υπό απάντηση
pq_request-state-reply_awaiting_approval = Η απάντηση αναμένει έγκριση από τον συντονιστή
pq_request-state-replied = Απαντήθηκε
pq_request-state-further_information_requested = Ζητήθηκαν συμπληρωματικές πληροφορίες
pq_request-state-cannot_provide = Δεν είναι δυνατή η παροχή συμπληρωματικών πληροφοριών
pq_request-state-referred = Παραπέμφθηκε στους συντονιστές
pq_request-state-closed = Έκλεισε
pq_request-state-withdrawn = Αποσύρθηκε
pq_request-state-deleted = Διαγράφηκε

pq_request-action-create = Νέο αίτημα
pq_request-action-save = Αποθήκευση σχεδίου
pq_request-action-delete_draft = Διαγραφή σχεδίου
pq_request-action-send = Αποστολή
pq_request-action-approve_request = Έγκριση του αιτήματος
pq_request-action-return_request = Επιστροφή του αιτήματος
pq_request-action-allocate = Ανάθεση σε χειριστή αιτημάτων
pq_request-action-accept = Αποδοχή
pq_request-action-forward = Προώθηση σε άλλη αρχή
pq_request-action-reply = Απάντηση
pq_request-action-approve_reply = Έγκριση της απάντησης
pq_request-action-return_reply = Επιστροφή της απάντησης
pq_request-action-ask_further_information = Αίτηση συμπληρωματικών πληροφοριών
pq_request-action-provide_further_information = Παροχή συμπληρωματικών πληροφοριών
pq_request-action-cannot_provide = Αδυναμία παροχής συμπληρωματικών πληροφοριών
pq_request-action-refer = Παραπομπή στους συντονιστές
pq_request-action-requester_coordinator_opts_out = Μη συμμετοχή στην παραπομπή
pq_request-action-responder_coordinator_opts_out = Μη συμμετοχή στην παραπομπή
pq_request-action-delegate_referral = Μεταβίβαση σε χειριστή αιτημάτων
pq_request-action-conclude_referral = Ολοκλήρωση της παραπομπής
pq_request-action-close = Αποδοχή της απάντησης και κλείσιμο
pq_request-action-withdraw = Απόσυρση
pq_request-action-remind = Υπενθύμιση πριν από τη λήξη της προθεσμίας
pq_request-action-notice_overdue = Η προθεσμία έληξε

pq_request-guard-create = Και οι δύο αρχές χρειάζονται πρόσβαση στα επαγγελματικά προσόντα και η απαντώσα αρχή πρέπει να είναι άλλη αρχή.
pq_request-guard-deadline = Η προθεσμία πρέπει να είναι μελλοντική ημερομηνία.
pq_request-guard-allocation = Η αρχή σας δεν κατανέμει τα εισερχόμενα αιτήματα.
pq_request-guard-forward = Προωθήστε μόνο σε άλλη αρχή με πρόσβαση στα επαγγελματικά προσόντα.
pq_request-guard-refer = Επιλέξτε για κάθε αρχή έναν συντονιστή αιτημάτων για τα επαγγελματικά προσόντα.
pq_request-guard-rating = Αξιολογήστε την έγκαιρη ανταπόκριση και την προσπάθεια από 1 έως 5.

pq_request-email-incoming =
    Η αρχή σας έλαβε αίτημα παροχής πληροφοριών σχετικά με επαγγελματικά προσόντα (αίτημα { $request }).
    Η αιτούσα αρχή ζητά απάντηση έως { $deadline }.

    Ανοίξτε το αίτημα στο IMI για να το αποδεχθείτε ή για να προτείνετε άλλη προθεσμία.
    .subject = Νέο αίτημα παροχής πληροφοριών (επαγγελματικά προσόντα)
pq_request-email-approval-needed =
    Ένα αίτημα παροχής πληροφοριών σχετικά με επαγγελματικά προσόντα (αίτημα { $request }) αναμένει την έγκρισή σας πριν από την αποστολή του.
    .subject = Ένα αίτημα αναμένει την έγκρισή σας
pq_request-email-returned =
    Το αίτημα { $request } σας επιστράφηκε: { $reason }
    .subject = Ένα αίτημα σας επιστράφηκε
pq_request-email-allocated =
    Το αίτημα { $request } (επαγγελματικά προσόντα) σας ανατέθηκε.
    .subject = Σας ανατέθηκε ένα αίτημα
pq_request-email-accepted =
    Το αίτημά σας { $request } έγινε αποδεκτό. Η απαντώσα αρχή θα απαντήσει έως { $deadline }.
    .subject = Το αίτημά σας έγινε αποδεκτό
pq_request-email-forwarded =
    Το αίτημά σας { $request } προωθήθηκε σε άλλη αρχή ({ $to }), η οποία πρέπει τώρα να το αποδεχθεί.
    .subject = Το αίτημά σας προωθήθηκε
pq_request-email-replied =
    Το αίτημά σας { $request } απαντήθηκε. Ανοίξτε το στο IMI για να διαβάσετε την απάντηση.
    .subject = Το αίτημά σας απαντήθηκε
pq_request-email-further-information =
    Η αιτούσα αρχή ζητά συμπληρωματικές πληροφορίες για το αίτημα { $request }.
    .subject = Ζητήθηκαν συμπληρωματικές πληροφορίες
pq_request-email-cannot-provide =
    Η απαντώσα αρχή δεν μπορεί να παράσχει τις συμπληρωματικές πληροφορίες που ζητήθηκαν για το αίτημα { $request }: { $reason }
    .subject = Δεν είναι δυνατή η παροχή συμπληρωματικών πληροφοριών
pq_request-email-referred =
    Το αίτημα { $request } παραπέμφθηκε σε εσάς ως συντονιστή αιτημάτων. Συμμετέχετε, εκτός εάν δηλώσετε ότι δεν επιθυμείτε να συμμετάσχετε.
    .subject = Ένα αίτημα παραπέμφθηκε σε εσάς
pq_request-email-referral-delegated =
    Ο συντονιστής σας σάς όρισε υπεύθυνο για την παραπομπή του αιτήματος { $request }.
    .subject = Σας μεταβιβάστηκε μια παραπομπή
pq_request-email-closed =
    Η αιτούσα αρχή έκλεισε το αίτημα { $request }.
    .subject = Ένα αίτημα έκλεισε
pq_request-email-withdrawn =
    Η αιτούσα αρχή απέσυρε το αίτημα { $request }: { $reason }
    .subject = Ένα αίτημα αποσύρθηκε
pq_request-email-reminder =
    Το αίτημα { $request } πρέπει να απαντηθεί έως { $deadline }.
    .subject = Υπενθύμιση: πλησιάζει η προθεσμία ενός αιτήματος
pq_request-email-overdue =
    Η προθεσμία του αιτήματος { $request } ({ $deadline }) έληξε χωρίς απάντηση.
    .subject = Ένα αίτημα είναι εκπρόθεσμο
