# The web application: why an action was refused.

web-refusal-invalid-answers = Nekateri odgovori zahtevajo vašo pozornost:
web-refusal-invalid-input = Ena od vrednosti ni veljavna:
web-refusal-not-now = To dejanje trenutno ni mogoče.
web-problem-required = Odgovor je obvezen.
web-problem-not-relevant = Glede na vaše druge odgovore se to vprašanje ne postavlja: pustite ga prazno.
web-problem-out-of-bounds = Odgovor je zunaj dovoljenega razpona.
web-problem-invalid = Ta odgovor ni veljaven.
