# The web application: why an action was refused.

web-refusal-invalid-answers = Niektóre odpowiedzi wymagają uwagi:
web-refusal-invalid-input = Jedna z wartości jest nieprawidłowa:
web-refusal-not-now = To działanie nie jest obecnie możliwe.
web-problem-required = Odpowiedź jest wymagana.
web-problem-not-relevant = Ze względu na pozostałe udzielone odpowiedzi to pytanie nie jest zadawane: należy pozostawić je puste.
web-problem-out-of-bounds = Odpowiedź wykracza poza dopuszczalny zakres.
web-problem-invalid = Ta odpowiedź jest nieprawidłowa.
