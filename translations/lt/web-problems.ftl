# The web application: why an action was refused.

web-refusal-invalid-answers = Kai kuriems atsakymams reikia jūsų dėmesio:
web-refusal-invalid-input = Viena iš reikšmių netinkama:
web-refusal-not-now = Šiuo metu šio veiksmo atlikti negalima.
web-problem-required = Atsakymas privalomas.
web-problem-not-relevant = Atsižvelgiant į kitus jūsų atsakymus šis klausimas neužduodamas: palikite jį tuščią.
web-problem-out-of-bounds = Atsakymas nepatenka į leistiną intervalą.
web-problem-invalid = Šis atsakymas netinkamas.
