# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Reikšminis žodis
web-repeat-add = Pridėti dar vieną
web-file-attached = Pridėta: { $name }
web-file-replace = Failą pasirinkite tik tada, jei norite pakeisti pridėtąjį.
web-file-too-large = Failas per didelis: ne daugiau kaip { $max } MB.
