# The web application: why an action was refused.

web-refusal-invalid-answers = Některé odpovědi vyžadují vaši pozornost:
web-refusal-invalid-input = Jedna z hodnot není platná:
web-refusal-not-now = Tuto akci nyní nelze provést.
web-problem-required = Odpověď je povinná.
web-problem-not-relevant = Vzhledem k vašim ostatním odpovědím se tato otázka neklade: ponechte ji prázdnou.
web-problem-out-of-bounds = Odpověď je mimo povolený rozsah.
web-problem-invalid = Tato odpověď není platná.
