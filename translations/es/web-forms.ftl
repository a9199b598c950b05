# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Palabra clave
web-repeat-add = Añadir otro
web-file-attached = Adjunto: { $name }
web-file-replace = Elija un archivo solo si desea sustituir el adjunto.
web-file-too-large = El archivo es demasiado grande: { $max } MB como máximo.
