# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Kelma ewlenija
web-repeat-add = Żid ieħor
web-file-attached = Mehmuż: { $name }
web-file-replace = Agħżel fajl biss jekk trid tissostitwixxi dak mehmuż.
web-file-too-large = Il-fajl huwa kbir wisq: massimu ta' { $max } MB.
