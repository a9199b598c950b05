# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Atslēgvārds
web-repeat-add = Pievienot vēl vienu
web-file-attached = Pievienots: { $name }
web-file-replace = Izvēlieties failu tikai tad, ja vēlaties aizstāt pievienoto.
web-file-too-large = Fails ir pārāk liels: ne vairāk kā { $max } MB.
