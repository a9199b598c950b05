# The web application: why an action was refused.

web-refusal-invalid-answers = Mõned vastused vajavad teie tähelepanu:
web-refusal-invalid-input = Üks väärtus ei ole kehtiv:
web-refusal-not-now = See toiming ei ole praegu võimalik.
web-problem-required = Vastus on kohustuslik.
web-problem-not-relevant = Teie teiste vastuste põhjal seda küsimust ei esitata: jätke see tühjaks.
web-problem-out-of-bounds = Vastus on väljaspool lubatud vahemikku.
web-problem-invalid = See vastus ei ole kehtiv.
