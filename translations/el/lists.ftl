# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Συνδέσεις και συντονιστές
list-group-coordination = Συντονισμός
list-linked_authorities = Συνδεδεμένες αρχές
list-request_coordinators = Συντονιστές αιτημάτων
list-approval_queue = Εν αναμονή έγκρισης
list-referrals = Παραπομπές
list-coordinated_authorities = Αρχές των οποίων τα αιτήματα συντονίζω
list-access_coordinated = Πρόσβαση σε νομοθετικούς τομείς
list-validated_authorities = Αρχές που επικυρώνω
