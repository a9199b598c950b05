# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Klíčové slovo
web-repeat-add = Přidat další
web-file-attached = Přiloženo: { $name }
web-file-replace = Soubor vyberte, pouze pokud chcete přiložený soubor nahradit.
web-file-too-large = Soubor je příliš velký: nejvýše { $max } MB.
