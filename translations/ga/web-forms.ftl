# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Eochairfhocal
web-repeat-add = Cuir ceann eile leis
web-file-attached = Ceangailte: { $name }
web-file-replace = Ná roghnaigh comhad ach amháin chun an comhad ceangailte a athsholáthar.
web-file-too-large = Tá an comhad rómhór: { $max } MB ar a mhéad.
