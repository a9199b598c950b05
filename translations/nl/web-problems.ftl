# The web application: why an action was refused.

web-refusal-invalid-answers = Enkele antwoorden vragen uw aandacht:
web-refusal-invalid-input = Een waarde is ongeldig:
web-refusal-not-now = Deze actie is nu niet mogelijk.
web-problem-required = Een antwoord is verplicht.
web-problem-not-relevant = Deze vraag wordt gezien uw andere antwoorden niet gesteld: laat deze leeg.
web-problem-out-of-bounds = Het antwoord valt buiten het toegestane bereik.
web-problem-invalid = Dit antwoord is ongeldig.
