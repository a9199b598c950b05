# The web application: why an action was refused.

web-refusal-invalid-answers = Egyes válaszok figyelmet igényelnek:
web-refusal-invalid-input = Egy érték érvénytelen:
web-refusal-not-now = Ez a művelet jelenleg nem lehetséges.
web-problem-required = Válasz megadása kötelező.
web-problem-not-relevant = Ezt a kérdést a többi válasza alapján nem kell megválaszolni: hagyja üresen.
web-problem-out-of-bounds = A válasz kívül esik a megengedett tartományon.
web-problem-invalid = Ez a válasz érvénytelen.
