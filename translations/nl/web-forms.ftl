# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Trefwoord
web-repeat-add = Nog een toevoegen
web-file-attached = Bijgevoegd: { $name }
web-file-replace = Kies alleen een bestand als u het bijgevoegde bestand wilt vervangen.
web-file-too-large = Het bestand is te groot: maximaal { $max } MB.
