# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Nyckelord
web-repeat-add = Lägg till ytterligare en
web-file-attached = Bifogad fil: { $name }
web-file-replace = Välj en fil endast om du vill ersätta den.
web-file-too-large = Filen är för stor: högst { $max } MB.
