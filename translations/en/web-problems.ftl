# The web application: why an action was refused.

web-refusal-invalid-answers = Some answers need your attention:
web-refusal-invalid-input = A value is not valid:
web-refusal-not-now = This action is not possible now.
web-problem-required = An answer is required.
web-problem-not-relevant = This question is not asked given your other answers: leave it empty.
web-problem-out-of-bounds = The answer is outside the allowed range.
web-problem-invalid = This answer is not valid.
