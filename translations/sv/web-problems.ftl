# The web application: why an action was refused.

web-refusal-invalid-answers = Några svar behöver din uppmärksamhet:
web-refusal-invalid-input = Ett värde är ogiltigt:
web-refusal-not-now = Åtgärden är inte möjlig just nu.
web-problem-required = Ett svar krävs.
web-problem-not-relevant = Frågan ställs inte utifrån dina övriga svar: lämna den tom.
web-problem-out-of-bounds = Svaret ligger utanför det tillåtna intervallet.
web-problem-invalid = Svaret är ogiltigt.
