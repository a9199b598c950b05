# The web application: why an action was refused.

web-refusal-invalid-answers = Dažas atbildes prasa jūsu uzmanību:
web-refusal-invalid-input = Kāda vērtība nav derīga:
web-refusal-not-now = Šī darbība pašlaik nav iespējama.
web-problem-required = Atbilde ir obligāta.
web-problem-not-relevant = Ņemot vērā jūsu citas atbildes, šis jautājums netiek uzdots: atstājiet to tukšu.
web-problem-out-of-bounds = Atbilde ir ārpus atļautā diapazona.
web-problem-invalid = Šī atbilde nav derīga.
