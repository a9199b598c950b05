# The web application: why an action was refused.

web-refusal-invalid-answers = Alcune risposte richiedono la sua attenzione:
web-refusal-invalid-input = Un valore non è valido:
web-refusal-not-now = Questa azione non è possibile al momento.
web-problem-required = È richiesta una risposta.
web-problem-not-relevant = In base alle altre sue risposte questa domanda non è prevista: la lasci vuota.
web-problem-out-of-bounds = La risposta è al di fuori dell'intervallo consentito.
web-problem-invalid = Questa risposta non è valida.
