# The web application: why an action was refused.

web-refusal-invalid-answers = Einige Antworten erfordern Ihre Aufmerksamkeit:
web-refusal-invalid-input = Ein Wert ist ungültig:
web-refusal-not-now = Diese Aktion ist derzeit nicht möglich.
web-problem-required = Eine Antwort ist erforderlich.
web-problem-not-relevant = Diese Frage wird aufgrund Ihrer anderen Antworten nicht gestellt: Lassen Sie sie leer.
web-problem-out-of-bounds = Die Antwort liegt außerhalb des zulässigen Bereichs.
web-problem-invalid = Diese Antwort ist ungültig.
