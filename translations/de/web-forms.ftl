# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Schlüsselwort
web-repeat-add = Weitere hinzufügen
web-file-attached = Angehängt: { $name }
web-file-replace = Wählen Sie nur dann eine Datei, wenn Sie die angehängte ersetzen möchten.
web-file-too-large = Die Datei ist zu groß: höchstens { $max } MB.
