# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Ključna riječ
web-repeat-add = Dodaj još jednu stavku
web-file-attached = Priloženo: { $name }
web-file-replace = Odaberite datoteku samo ako želite zamijeniti priloženu.
web-file-too-large = Datoteka je prevelika: najviše { $max } MB.
