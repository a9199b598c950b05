# Opdeling af en anmodning (R-FACTS): de valgte emner flyttes til en ny anmodning
# til en anden myndighed.

request-field-split_from = Udskilt fra anmodning
request-action-split = Opdel: flyt emner til en anden myndighed
request-action-split_off = Udskilt fra en anden anmodning
request-input-split_to = Myndighed, som emnerne skal flyttes til
request-input-topics = Emner, der skal flyttes
pq_request-guard-split = Flyt nogle, men ikke alle, af de emner, der anmodes om, til en anden myndighed med adgang til erhvervsmæssige kvalifikationer.
services_request-guard-split = Flyt nogle, men ikke alle, af de emner, der anmodes om, til en anden myndighed med adgang til tjenesteydelser.
request-email-split =
    En del af din anmodning { $request } er blevet flyttet til en ny anmodning til en anden myndighed ({ $to }). De flyttede emner er blevet fjernet fra denne anmodning.
    .subject = En del af din anmodning er blevet flyttet til en anden myndighed
