# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Parola chiave
web-repeat-add = Aggiungi un altro
web-file-attached = Allegato: { $name }
web-file-replace = Scelga un file solo per sostituire quello allegato.
web-file-too-large = Il file è troppo grande: al massimo { $max } MB.
