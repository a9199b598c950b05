# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Kľúčové slovo
web-repeat-add = Pridať ďalšiu položku
web-file-attached = Priložený súbor: { $name }
web-file-replace = Súbor vyberte, iba ak ho chcete nahradiť.
web-file-too-large = Súbor je príliš veľký: najviac { $max } MB.
