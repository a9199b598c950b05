# Rozdělení žádosti (R-FACTS): vybrané předměty se přesunou do nové žádosti
# adresované jinému orgánu.

request-field-split_from = Oddělena od žádosti
request-action-split = Rozdělit: přesunout předměty jinému orgánu
request-action-split_off = Oddělena od jiné žádosti
request-input-split_to = Orgán, kterému se předměty přesunou
request-input-topics = Předměty k přesunutí
pq_request-guard-split = Jinému orgánu s přístupem k odborným kvalifikacím lze přesunout jen některé, nikoli všechny požadované předměty.
services_request-guard-split = Jinému orgánu s přístupem ke službám lze přesunout jen některé, nikoli všechny požadované předměty.
request-email-split =
    Část vaší žádosti { $request } byla přesunuta do nové žádosti adresované jinému orgánu ({ $to }). Přesunuté předměty byly z této žádosti odstraněny.
    .subject = Část vaší žádosti byla přesunuta jinému orgánu
