# Iarratas a roinnt (R-FACTS): aistrítear na hábhair a roghnaítear go hiarratas nua
# chuig údarás eile.

request-field-split_from = Scartha ó iarratas
request-action-split = Roinn: aistrigh ábhair chuig údarás eile
request-action-split_off = Scartha ó iarratas eile
request-input-split_to = An t-údarás chuig a n-aistreofar na hábhair
request-input-topics = Na hábhair atá le haistriú
pq_request-guard-split = Aistrigh cuid de na hábhair a iarradh, ach ní iad go léir, chuig údarás eile a bhfuil rochtain aige ar cháilíochtaí gairmiúla.
services_request-guard-split = Aistrigh cuid de na hábhair a iarradh, ach ní iad go léir, chuig údarás eile a bhfuil rochtain aige ar sheirbhísí.
request-email-split =
    Aistríodh cuid de d'iarratas { $request } go hiarratas nua chuig údarás eile ({ $to }). Baineadh na hábhair a aistríodh den iarratas seo.
    .subject = Aistríodh cuid de d'iarratas chuig údarás eile
