# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Powiązania i koordynatorzy
list-group-coordination = Koordynacja
list-linked_authorities = Powiązane organy
list-request_coordinators = Koordynatorzy wniosków
list-approval_queue = Oczekujące na zatwierdzenie
list-referrals = Sprawy przekazane koordynatorom
list-coordinated_authorities = Organy, których wnioski koordynuję
list-access_coordinated = Dostęp do obszarów legislacyjnych
list-validated_authorities = Organy, które zatwierdzam
