# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Słowo kluczowe
web-repeat-add = Dodaj kolejny
web-file-attached = Załączono: { $name }
web-file-replace = Plik należy wybrać tylko w celu zastąpienia załączonego.
web-file-too-large = Plik jest za duży: maksymalnie { $max } MB.
