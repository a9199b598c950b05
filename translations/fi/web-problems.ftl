# The web application: why an action was refused.

web-refusal-invalid-answers = Osa vastauksista vaatii huomiotasi:
web-refusal-invalid-input = Arvo ei ole kelvollinen:
web-refusal-not-now = Tämä toiminto ei ole nyt mahdollinen.
web-problem-required = Vastaus on pakollinen.
web-problem-not-relevant = Tätä kysymystä ei kysytä muiden vastaustesi perusteella: jätä se tyhjäksi.
web-problem-out-of-bounds = Vastaus on sallitun vaihteluvälin ulkopuolella.
web-problem-invalid = Tämä vastaus ei ole kelvollinen.
