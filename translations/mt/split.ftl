# Qsim ta' talba (R-FACTS): is-suġġetti magħżula jiġu ttrasferiti għal talba ġdida
# lil awtorità oħra.

request-field-split_from = Mifruda mit-talba
request-action-split = Aqsam: ittrasferixxi suġġetti lil awtorità oħra
request-action-split_off = Mifruda minn talba oħra
request-input-split_to = Awtorità li lilha jiġu ttrasferiti s-suġġetti
request-input-topics = Suġġetti li għandhom jiġu ttrasferiti
pq_request-guard-split = Ittrasferixxi xi wħud mis-suġġetti mitluba, iżda mhux kollha, lil awtorità oħra li għandha aċċess għall-kwalifiki professjonali.
services_request-guard-split = Ittrasferixxi xi wħud mis-suġġetti mitluba, iżda mhux kollha, lil awtorità oħra li għandha aċċess għas-servizzi.
request-email-split =
    Parti mit-talba tiegħek { $request } ġiet ittrasferita għal talba ġdida lil awtorità oħra ({ $to }). Is-suġġetti ttrasferiti tneħħew minn din it-talba.
    .subject = Parti mit-talba tiegħek ġiet ittrasferita lil awtorità oħra
