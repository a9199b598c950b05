# Divizarea unei cereri (R-FACTS): subiectele alese sunt transferate într-o cerere nouă
# adresată unei alte autorități.

request-field-split_from = Separată de cererea
request-action-split = Divizați: transferați subiecte către o altă autoritate
request-action-split_off = Separată de o altă cerere
request-input-split_to = Autoritatea către care se transferă subiectele
request-input-topics = Subiecte de transferat
pq_request-guard-split = Transferați unele, dar nu toate, dintre subiectele solicitate către o altă autoritate care are acces la domeniul calificărilor profesionale.
services_request-guard-split = Transferați unele, dar nu toate, dintre subiectele solicitate către o altă autoritate care are acces la domeniul serviciilor.
request-email-split =
    O parte din cererea dumneavoastră { $request } a fost transferată într-o cerere nouă adresată unei alte autorități ({ $to }). Subiectele transferate au fost eliminate din această cerere.
    .subject = O parte din cererea dumneavoastră a fost transferată către o altă autoritate
