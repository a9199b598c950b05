# The web application: filling in forms (search filters, repeated items,
# attached files).

web-search-keyword = Ключова дума
web-repeat-add = Добавяне на още един
web-file-attached = Приложен файл: { $name }
web-file-replace = Изберете файл само ако искате да замените приложения файл.
web-file-too-large = Файлът е твърде голям: най-много { $max } MB.
