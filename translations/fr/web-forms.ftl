# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Mot-clé
web-repeat-add = Ajouter un autre élément
web-file-attached = Fichier joint : { $name }
web-file-replace = Ne choisissez un fichier que pour remplacer le fichier joint.
web-file-too-large = Le fichier est trop volumineux : { $max } Mo au maximum.
