# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Palavra-chave
web-repeat-add = Adicionar outro
web-file-attached = Ficheiro anexado: { $name }
web-file-replace = Escolha um ficheiro apenas se pretender substituí-lo.
web-file-too-large = O ficheiro é demasiado grande: no máximo { $max } MB.
