# The web application: why an action was refused.

web-refusal-invalid-answers = Някои отговори изискват вашето внимание:
web-refusal-invalid-input = Въведена стойност е невалидна:
web-refusal-not-now = Това действие не е възможно в момента.
web-problem-required = Изисква се отговор.
web-problem-not-relevant = Предвид другите ви отговори този въпрос не се задава: оставете го празен.
web-problem-out-of-bounds = Отговорът е извън допустимия диапазон.
web-problem-invalid = Този отговор е невалиден.
