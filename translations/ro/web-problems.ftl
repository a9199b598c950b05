# The web application: why an action was refused.

web-refusal-invalid-answers = Unele răspunsuri necesită atenția dumneavoastră:
web-refusal-invalid-input = O valoare nu este validă:
web-refusal-not-now = Această acțiune nu este posibilă în acest moment.
web-problem-required = Este necesar un răspuns.
web-problem-not-relevant = Având în vedere celelalte răspunsuri ale dumneavoastră, această întrebare nu se aplică: lăsați-o necompletată.
web-problem-out-of-bounds = Răspunsul se află în afara intervalului permis.
web-problem-invalid = Acest răspuns nu este valid.
