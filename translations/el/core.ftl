### Ελληνικά κείμενα του πακέτου συστήματος `core` (definitions/core):
### ρόλοι, σχέσεις συντονιστών και οι ροές εργασιών registration_request,
### authority και area_access.

area-core = Σύστημα IMI

## Roles (R-ROLES)

role-basic_user = Βασικός χρήστης
role-request_handler = Χειριστής αιτημάτων
role-allocator = Υπεύθυνος κατανομής
role-local_data_administrator = Τοπικός διαχειριστής δεδομένων
role-data_administrator = Διαχειριστής δεδομένων
role-system_administrator = Διαχειριστής συστήματος

## Coordinator relations (R-ACTORS)

relation-validating = Συντονιστής επικύρωσης
relation-legislation_access = Συντονιστής πρόσβασης σε νομοθετικούς τομείς
relation-request = Συντονιστής αιτημάτων

## Workflow: registration request (R-REG)

wf-registration_request = Αίτημα εγγραφής

registration_request-party-coordinator = Συντονιστής
registration_request-party-applicant = Προσκεκλημένη αρχή
registration_request-party-commission = Ευρωπαϊκή Επιτροπή

registration_request-state-draft = Σχέδιο
registration_request-state-saved = Αποθηκεύτηκε
registration_request-state-saving_blocked = Η αποθήκευση εμποδίστηκε
registration_request-state-rejected = Απορρίφθηκε
registration_request-state-sent = Εστάλη, αναμένεται εγγραφή
registration_request-state-pending_validation = Εγγραφή εν αναμονή επικύρωσης
registration_request-state-validated = Η αρχή επικυρώθηκε
registration_request-state-validation_refused = Η επικύρωση απορρίφθηκε
registration_request-state-expired = Έληξε
registration_request-state-cancelled = Ακυρώθηκε
registration_request-state-deleted = Διαγράφηκε

registration_request-action-create = Νέο αίτημα εγγραφής
registration_request-action-edit = Επεξεργασία
registration_request-action-edit_sent = Επεξεργασία και αποστολή νέας πρόσκλησης
registration_request-action-save = Αποθήκευση για αποστολή
registration_request-action-stop = Διακοπή αποστολής
registration_request-action-release = Αποδέσμευση για αποστολή
registration_request-action-dispatch = Αποστολή της πρόσκλησης
registration_request-action-remind = Αποστολή υπενθύμισης
registration_request-action-expire = Λήξη
registration_request-action-cancel = Ακύρωση
registration_request-action-discard = Διαγραφή
registration_request-action-register = Εγγραφή της αρχής
registration_request-action-authority_validated = Η αρχή επικυρώθηκε
registration_request-action-authority_refused = Η αρχή απορρίφθηκε
registration_request-action-purge = Οριστική διαγραφή

registration_request-field-email = Υπηρεσιακό e-mail της αρχής
registration_request-field-name = Όνομα (μόνο για τον κατάλογό σας)
registration_request-field-areas = Νομοθετικοί τομείς
registration_request-field-note = Συνοδευτικό σημείωμα
registration_request-field-country = Χώρα
registration_request-field-rejection_reason = Λόγος απόρριψης
registration_request-field-saved_at = Ημερομηνία αποθήκευσης
registration_request-field-dispatch_at = Ημερομηνία προγραμματισμένης αποστολής
registration_request-field-sent_at = Ημερομηνία αποστολής
registration_request-field-token = Κωδικός εγγραφής
registration_request-field-token_expires_at = Ο κωδικός ισχύει έως
registration_request-field-registered_at = Ημερομηνία εγγραφής
registration_request-field-authority_name = Εγγεγραμμένη αρχή
registration_request-field-delete_at = Ημερομηνία διαγραφής
registration_request-field-coordinator_name = Συντονιστής (όπως εμφανίζεται στην πρόσκληση)
registration_request-field-coordinator_email = E-mail του συντονιστή (όπως εμφανίζεται στην πρόσκληση)

registration_request-input-summary_kept = Εκτύπωσα τη σύνοψη ή την αποθήκευσα ως έγγραφο
registration_request-input-official_name = Επίσημη ονομασία
registration_request-input-national_languages = Εθνικές γλώσσες
registration_request-input-informal_name = Ανεπίσημη ονομασία
registration_request-input-description = Σύντομη περιγραφή αρμοδιοτήτων
registration_request-input-languages = Άλλες γλώσσες που κατανοεί
registration_request-input-level = Επίπεδο (τοπικό, περιφερειακό, εθνικό)
registration_request-input-address = Ταχυδρομική διεύθυνση
registration_request-input-phone = Τηλέφωνο
registration_request-input-website = Ιστότοπος
registration_request-input-first_user_name = Όνομα του πρώτου χρήστη
registration_request-input-first_user_email = E-mail του πρώτου χρήστη
registration_request-input-first_user_language = Προτιμώμενη γλώσσα εργασίας του πρώτου χρήστη

registration_request-rejection-malformed_email = Η διεύθυνση e-mail δεν είναι έγκυρη.
registration_request-rejection-email_in_use = Η διεύθυνση e-mail χρησιμοποιείται ήδη από αρχή ή από άλλο αίτημα εγγραφής.

registration_request-guard-save = Επιλέξτε τουλάχιστον έναν νομοθετικό τομέα.
registration_request-guard-edit_sent = Η διεύθυνση e-mail δεν είναι έγκυρη ή χρησιμοποιείται ήδη από αρχή ή από άλλο αίτημα εγγραφής.
registration_request-guard-register = Ο έλεγχος ασφαλείας απέτυχε: ο κωδικός είναι λανθασμένος ή έχει λήξει, η σύνοψη δεν διατηρήθηκε, η χώρα δεν αντιστοιχεί στην πρόσκληση ή η διεύθυνση e-mail δεν είναι έγκυρη ή χρησιμοποιείται ήδη από αρχή.

registration_request-email-invitation =
    Ο/Η { $coordinator_name } ({ $coordinator_email }) προσκαλεί την αρχή σας να εγγραφεί στο Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI).

    { $note }

    Για να εγγραφείτε, ανοίξτε τη διεύθυνση { $link } και εισαγάγετε τον κωδικό εγγραφής σας: { $token }
    Ο κωδικός ισχύει έως { $expires_on }.
    .subject = Πρόσκληση εγγραφής στο IMI

registration_request-email-reminder =
    Η πρόσκλησή σας από τον/την { $coordinator_name } ({ $coordinator_email }) για εγγραφή στο IMI λήγει στις { $expires_on }.
    Για να εγγραφείτε, ανοίξτε τη διεύθυνση { $link }.
    .subject = Υπενθύμιση: η πρόσκλησή σας για εγγραφή στο IMI λήγει σύντομα

registration_request-email-token_void =
    Η πρόσκληση εγγραφής στο IMI που σας έστειλε ο/η { $coordinator_name } ({ $coordinator_email }) τροποποιήθηκε. Ο σύνδεσμος και ο κωδικός που λάβατε δεν ισχύουν πλέον. Θα ακολουθήσει νέα πρόσκληση με νέο κωδικό.
    .subject = Ο σύνδεσμος εγγραφής σας στο IMI δεν ισχύει πλέον

registration_request-email-registered =
    Η αρχή { $official_name } εγγράφηκε στο IMI μέσω του αιτήματος εγγραφής σας { $name } ({ $email }). Η εγγραφή της αναμένει την επικύρωσή σας.
    .subject = Μια εγγραφή αναμένει την επικύρωσή σας

registration_request-email-confirmation =
    Σας ευχαριστούμε για την εγγραφή της αρχής { $official_name } ({ $informal_name }, { $country }) στο IMI.
    Πρώτος χρήστης: { $first_user_name }.
    Ο συντονιστής σας { $coordinator_name } θα επικυρώσει τώρα την εγγραφή· στη συνέχεια θα λάβετε οδηγίες σύνδεσης.
    .subject = Η εγγραφή σας στο IMI

## Workflow: authority (R-CA-LIFE, R-PROFILE)

wf-authority = Αρχή

authority-party-own = Αρχή
authority-party-validating_coordinator = Συντονιστής επικύρωσης
authority-party-commission = Ευρωπαϊκή Επιτροπή

authority-state-pending_validation = Εγγραφή εν αναμονή επικύρωσης
authority-state-refused = Η εγγραφή απορρίφθηκε
authority-state-active = Ενεργή
authority-state-deletion_in_progress = Διαγραφή σε εξέλιξη
authority-state-inactive = Ανενεργή
authority-state-deleted = Διαγράφηκε

authority-action-register_directly = Εγγραφή αρχής
authority-action-self_registration = Αυτοεγγραφή
authority-action-validate = Επικύρωση
authority-action-refuse = Απόρριψη της εγγραφής
authority-action-update_profile = Επικαιροποίηση των στοιχείων της αρχής
authority-action-change_official_name = Αλλαγή της επίσημης ονομασίας
authority-action-translations_done = Οι μεταφράσεις ολοκληρώθηκαν
authority-action-start_deletion = Έναρξη διαγραφής
authority-action-deactivate = Απενεργοποίηση
authority-action-purge = Οριστική διαγραφή

authority-field-official_name = Επίσημη ονομασία
authority-field-country = Χώρα
authority-field-level = Επίπεδο (τοπικό, περιφερειακό, εθνικό)
authority-field-national_languages = Εθνικές γλώσσες
authority-field-informal_name = Ανεπίσημη ονομασία
authority-field-description = Σύντομη περιγραφή αρμοδιοτήτων
authority-field-languages = Άλλες γλώσσες που κατανοεί
authority-field-address = Ταχυδρομική διεύθυνση
authority-field-phone = Τηλέφωνο
authority-field-website = Ιστότοπος
authority-field-email = Γενικό e-mail
authority-field-new_translation_needed = Απαιτείται νέα μετάφραση
authority-field-first_user_name = Όνομα του πρώτου χρήστη
authority-field-first_user_email = E-mail του πρώτου χρήστη
authority-field-first_user_language = Προτιμώμενη γλώσσα εργασίας του πρώτου χρήστη
authority-field-areas = Νομοθετικοί τομείς
authority-field-validated_at = Ημερομηνία επικύρωσης
authority-field-refused_at = Ημερομηνία απόρριψης
authority-field-refusal_reason = Λόγος απόρριψης
authority-field-deletion_started_at = Ημερομηνία έναρξης διαγραφής
authority-field-inactive_since = Ανενεργή από
authority-field-delete_at = Ημερομηνία διαγραφής

authority-input-authority_id = Υφιστάμενο αναγνωριστικό αρχής (μόνο για μετάπτωση)
authority-input-reason = Αιτιολογία

authority-guard-register_directly = Η αρχή πρέπει να είναι από τη χώρα σας και να διαθέτει έγκυρη γενική διεύθυνση e-mail που δεν χρησιμοποιεί καμία άλλη αρχή.
authority-guard-email = Η γενική διεύθυνση e-mail δεν είναι έγκυρη ή τη χρησιμοποιεί ήδη άλλη αρχή.
authority-guard-translations_done = Δεν ζητήθηκε νέα μετάφραση.

authority-email-login_instructions =
    Η εγγραφή της αρχής { $official_name } στο IMI ολοκληρώθηκε.
    Ο/Η { $first_user_name } θα λάβει προσωρινό κωδικό πρόσβασης με χωριστό e-mail· το αναγνωριστικό χρήστη το γνωστοποιεί ο συντονιστής σας, ποτέ μέσω e-mail. Κατά την πρώτη σύνδεση επιλέξτε κωδικό πρόσβασης και κωδικό ασφαλείας 12 χαρακτήρων.
    .subject = Η αρχή σας εγγράφηκε στο IMI: οδηγίες σύνδεσης

authority-email-refused =
    Η εγγραφή της αρχής { $official_name } στο IMI απορρίφθηκε. { $reason }
    Ο συντονιστής σας μπορεί ακόμη να την επικυρώσει εντός έξι μηνών· μετά τη λήξη της προθεσμίας αυτής διαγράφεται.
    .subject = Η εγγραφή σας στο IMI απορρίφθηκε

authority-email-deletion_started =
    Η διαγραφή της αρχής { $official_name } από το IMI ξεκίνησε. Μπορείτε να ολοκληρώσετε τις τρέχουσες ανταλλαγές σας, αλλά δεν μπορείτε πλέον να αποστέλλετε ή να λαμβάνετε νέα αιτήματα.
    .subject = Η διαγραφή της αρχής σας από το IMI ξεκίνησε

authority-email-deactivated =
    Η αρχή { $official_name } είναι πλέον ανενεργή στο IMI. Οι χρήστες μπορούν ακόμη να συνδέονται και να διαβάζουν, αλλά δεν είναι δυνατή η αποστολή ή η λήψη νέων στοιχείων. Η αρχή θα διαγραφεί οριστικά στις { $delete_on }.
    .subject = Η αρχή σας είναι ανενεργή στο IMI

## Workflow: access to a legislative area (R-ACCESS)

wf-area_access = Πρόσβαση σε νομοθετικό τομέα

area_access-party-authority = Αρχή
area_access-party-access_coordinator = Συντονιστής πρόσβασης σε νομοθετικούς τομείς

area_access-state-requested = Ζητήθηκε
area_access-state-granted = Χορηγήθηκε
area_access-state-suspended = Ανεστάλη
area_access-state-removed = Αφαιρέθηκε
area_access-state-reactivation_requested = Ζητήθηκε επανενεργοποίηση
area_access-state-removed_reactivation_requested = Ζητήθηκε επανενεργοποίηση (αφαιρέθηκε)
area_access-state-refused = Απορρίφθηκε

area_access-action-request = Αίτημα πρόσβασης σε νομοθετικό τομέα
area_access-action-at_registration = Πρόσβαση με την εγγραφή
area_access-action-edit_keywords = Επεξεργασία των ρυθμίσεων του τομέα
area_access-action-coordinator_edit_keywords = Επεξεργασία των ρυθμίσεων του τομέα της αιτούσας αρχής
area_access-action-grant = Χορήγηση πρόσβασης
area_access-action-refuse = Απόρριψη πρόσβασης
area_access-action-suspend = Αναστολή πρόσβασης
area_access-action-reinstate = Άρση της αναστολής
area_access-action-remove = Αφαίρεση πρόσβασης
area_access-action-request_reactivation = Αίτημα επανενεργοποίησης
area_access-action-approve_reactivation = Επανενεργοποίηση
area_access-action-refuse_reactivation = Απόρριψη επανενεργοποίησης

area_access-field-area = Νομοθετικός τομέας
area_access-field-area_workflow = Ροή εργασιών
area_access-field-keywords = Λέξεις-κλειδιά
area_access-field-note = Σημείωση
area_access-field-reason = Αιτιολογία
area_access-field-requested_at = Ημερομηνία αιτήματος
area_access-field-granted_at = Ημερομηνία χορήγησης
area_access-field-suspended_at = Ημερομηνία αναστολής
area_access-field-removed_at = Ημερομηνία αφαίρεσης
area_access-field-reactivation_requested_at = Ημερομηνία αιτήματος επανενεργοποίησης

area_access-input-coordinator = Συντονιστής στον οποίο υποβάλλεται το αίτημα πρόσβασης

area_access-guard-request = Η αρχή σας έχει ήδη πρόσβαση σε αυτόν τον τομέα ή την έχει ήδη ζητήσει, δεν είναι ενεργή ή επέλεξε τον εαυτό της ως συντονιστή.
area_access-guard-authority_not_active = Η αρχή δεν είναι ενεργή: δεν μπορεί να χορηγηθεί νέα πρόσβαση.

area_access-email-requested =
    Η αρχή { $authority } ζητά πρόσβαση στον νομοθετικό τομέα { $area }.
    .subject = Αίτημα πρόσβασης σε νομοθετικό τομέα

area_access-email-granted =
    Η αρχή σας έχει πλέον πρόσβαση στον νομοθετικό τομέα { $area }.
    .subject = Χορηγήθηκε πρόσβαση σε νομοθετικό τομέα

area_access-email-refused =
    Το αίτημά σας για πρόσβαση στον νομοθετικό τομέα { $area } απορρίφθηκε. { $reason }
    .subject = Απορρίφθηκε η πρόσβαση σε νομοθετικό τομέα

area_access-email-suspended =
    Η πρόσβασή σας στον νομοθετικό τομέα { $area } ανεστάλη: μπορείτε να ολοκληρώσετε τα ανοικτά αιτήματα, αλλά όχι να ξεκινήσετε κάτι νέο.
    .subject = Ανεστάλη η πρόσβαση σε νομοθετικό τομέα

area_access-email-removed =
    Η πρόσβασή σας στον νομοθετικό τομέα { $area } αφαιρέθηκε.
    .subject = Αφαιρέθηκε η πρόσβαση σε νομοθετικό τομέα

area_access-email-reactivation_requested =
    Η αρχή { $authority } ζητά την επανενεργοποίηση της πρόσβασής της στον νομοθετικό τομέα { $area }.
    .subject = Αίτημα επανενεργοποίησης της πρόσβασης σε νομοθετικό τομέα

area_access-email-reactivated =
    Το αίτημά σας για επανενεργοποίηση της πρόσβασής σας στον νομοθετικό τομέα { $area } έγινε δεκτό.
    .subject = Επανενεργοποιήθηκε η πρόσβαση σε νομοθετικό τομέα

area_access-email-reactivation_refused =
    Το αίτημά σας για επανενεργοποίηση της πρόσβασής σας στον νομοθετικό τομέα { $area } απορρίφθηκε. { $reason }
    .subject = Απορρίφθηκε η επανενεργοποίηση της πρόσβασης σε νομοθετικό τομέα

area_access-field-allocation = Κατανομή των εισερχόμενων αιτημάτων
area_access-field-referral_participation = Συμμετέχει σε παραπομπές
area_access-field-coordinator_sees_details = Οι συντονιστές αιτημάτων βλέπουν τα στοιχεία των αιτημάτων
area_access-field-approve_requests = Τα αιτήματα απαιτούν έγκριση από τον συντονιστή
area_access-field-approve_replies = Οι απαντήσεις απαιτούν έγκριση από τον συντονιστή
area_access-action-change_settings = Αλλαγή των ρυθμίσεων
area_access-action-change_approval = Αλλαγή των ρυθμίσεων έγκρισης
