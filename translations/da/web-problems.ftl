# The web application: why an action was refused.

web-refusal-invalid-answers = Nogle svar kræver din opmærksomhed:
web-refusal-invalid-input = En værdi er ugyldig:
web-refusal-not-now = Denne handling er ikke mulig lige nu.
web-problem-required = Et svar er påkrævet.
web-problem-not-relevant = Dette spørgsmål stilles ikke ud fra dine øvrige svar: lad det stå tomt.
web-problem-out-of-bounds = Svaret ligger uden for det tilladte interval.
web-problem-invalid = Dette svar er ugyldigt.
