# The web application: why an action was refused.

web-refusal-invalid-answers = Neki odgovori zahtijevaju vašu pozornost:
web-refusal-invalid-input = Jedna vrijednost nije valjana:
web-refusal-not-now = Ova radnja trenutačno nije moguća.
web-problem-required = Odgovor je obvezan.
web-problem-not-relevant = S obzirom na vaše ostale odgovore ovo se pitanje ne postavlja: ostavite ga praznim.
web-problem-out-of-bounds = Odgovor je izvan dopuštenog raspona.
web-problem-invalid = Ovaj odgovor nije valjan.
