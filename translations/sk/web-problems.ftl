# The web application: why an action was refused.

web-refusal-invalid-answers = Niektoré odpovede si vyžadujú vašu pozornosť:
web-refusal-invalid-input = Jedna z hodnôt nie je platná:
web-refusal-not-now = Túto akciu teraz nie je možné vykonať.
web-problem-required = Odpoveď je povinná.
web-problem-not-relevant = Vzhľadom na vaše ostatné odpovede sa táto otázka nekladie: nechajte ju prázdnu.
web-problem-out-of-bounds = Odpoveď je mimo povoleného rozsahu.
web-problem-invalid = Táto odpoveď nie je platná.
