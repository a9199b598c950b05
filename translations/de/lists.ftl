# The lists of records an authority's users see (application.lists in
# definitions/core/area.yaml), by group (a page of the web application).

list-group-my_authority = Verknüpfungen und Koordinatoren
list-group-coordination = Koordinierung
list-linked_authorities = Verknüpfte Behörden
list-request_coordinators = Koordinatoren für Ersuchen
list-approval_queue = Warten auf Genehmigung
list-referrals = Verweisungen
list-coordinated_authorities = Behörden, deren Ersuchen ich koordiniere
list-access_coordinated = Zugang zu Rechtsbereichen
list-validated_authorities = Behörden, die ich validiere
