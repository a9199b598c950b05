# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Märksõna
web-repeat-add = Lisa veel üks
web-file-attached = Lisatud: { $name }
web-file-replace = Valige fail ainult siis, kui soovite lisatud faili asendada.
web-file-too-large = Fail on liiga suur: lubatud on kuni { $max } MB.
