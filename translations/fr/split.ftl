# Scission d'une demande (R-FACTS) : les objets choisis sont transférés dans une nouvelle
# demande adressée à une autre autorité.

request-field-split_from = Issue de la scission de la demande
request-action-split = Scinder : transférer des objets à une autre autorité
request-action-split_off = Issue de la scission d'une autre demande
request-input-split_to = Autorité à laquelle transférer les objets
request-input-topics = Objets à transférer
pq_request-guard-split = Transférez certains des objets demandés, mais pas tous, à une autre autorité ayant accès aux qualifications professionnelles.
services_request-guard-split = Transférez certains des objets demandés, mais pas tous, à une autre autorité ayant accès aux services.
request-email-split =
    Une partie de votre demande { $request } a été transférée dans une nouvelle demande adressée à une autre autorité ({ $to }). Les objets transférés ont été retirés de la présente demande.
    .subject = Une partie de votre demande a été transférée à une autre autorité
