# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Nøgleord
web-repeat-add = Tilføj endnu en
web-file-attached = Vedhæftet: { $name }
web-file-replace = Vælg kun en fil, hvis du vil erstatte den vedhæftede.
web-file-too-large = Filen er for stor: højst { $max } MB.
