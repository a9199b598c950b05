# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Hakusana
web-repeat-add = Lisää vielä yksi
web-file-attached = Liitetty: { $name }
web-file-replace = Valitse tiedosto vain, jos haluat korvata liitetyn tiedoston.
web-file-too-large = Tiedosto on liian suuri: enintään { $max } Mt.
