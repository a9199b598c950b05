# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Kulcsszó
web-repeat-add = Újabb hozzáadása
web-file-attached = Csatolva: { $name }
web-file-replace = Csak akkor válasszon fájlt, ha a csatolt fájlt le szeretné cserélni.
web-file-too-large = A fájl túl nagy: legfeljebb { $max } MB lehet.
