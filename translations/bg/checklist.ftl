# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Поддържайте общите данни актуални: неофициално наименование, описание, езици, данни за контакт и електронна поща
checklist-competences = Опишете компетентностите: икономически дейности и области на политиката
checklist-area_keywords = Изберете ключовите думи за всяка законодателна област
checklist-linked_authorities = Свържете вашия орган със сродните органи от вашата държава
checklist-request_coordinators = Свържете вашия орган с координаторите на искания
checklist-departments = Решете кои отдели да използват ИСВП
checklist-substitute_users = Решете колко още потребители са ви необходими (поне един заместник)
checklist-allocation = Решете дали входящите искания да се разпределят между обработващите искания
checklist-roles = Определете роля на всеки потребител
checklist-register_users = Регистрирайте потребителите
checklist-tell_user_ids = Съобщете на потребителите техните потребителски имена
checklist-users_logged_in = Погрижете се потребителите да влязат в системата
checklist-data_administrator = Координатори: решете кой да бъде администратор на данни
checklist-referral_participation = Координатори: решете дали да участвате в отнасянето на искания до координаторите
checklist-approval = Координатори: решете дали да одобрявате исканията и отговорите на органите, които координирате
