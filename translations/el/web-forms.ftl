# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Λέξη-κλειδί
web-repeat-add = Προσθήκη ακόμη ενός
web-file-attached = Συνημμένο: { $name }
web-file-replace = Επιλέξτε αρχείο μόνο αν θέλετε να αντικαταστήσετε το συνημμένο.
web-file-too-large = Το αρχείο είναι πολύ μεγάλο: έως { $max } MB.
