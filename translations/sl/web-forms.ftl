# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Ključna beseda
web-repeat-add = Dodaj še en vnos
web-file-attached = Priložena datoteka: { $name }
web-file-replace = Datoteko izberite le, če jo želite zamenjati.
web-file-too-large = Datoteka je prevelika: največ { $max } MB.
