# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Keyword
web-repeat-add = Add another
web-file-attached = Attached: { $name }
web-file-replace = Choose a file only to replace it.
web-file-too-large = The file is too large: at most { $max } MB.
