# The web application: why an action was refused.

web-refusal-invalid-answers = Certaines réponses requièrent votre attention :
web-refusal-invalid-input = Une valeur n'est pas valide :
web-refusal-not-now = Cette action n'est pas possible pour le moment.
web-problem-required = Une réponse est requise.
web-problem-not-relevant = Compte tenu de vos autres réponses, cette question n'est pas posée : laissez-la vide.
web-problem-out-of-bounds = La réponse est en dehors de la plage autorisée.
web-problem-invalid = Cette réponse n'est pas valide.
