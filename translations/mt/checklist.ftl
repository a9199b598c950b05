# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Żomm id-data ġenerali aġġornata: isem informali, deskrizzjoni, lingwi, kuntatti u indirizz elettroniku
checklist-competences = Iddeskrivi l-kompetenzi: attivitajiet ekonomiċi u oqsma ta' politika
checklist-area_keywords = Agħżel il-kliem ewlieni ta' kull qasam leġiżlattiv
checklist-linked_authorities = Orbot l-awtoritajiet relatati ta' pajjiżek
checklist-request_coordinators = Orbot il-koordinaturi tat-talbiet
checklist-departments = Iddeċiedi liema dipartimenti jużaw l-IMI
checklist-substitute_users = Iddeċiedi kemm għandek bżonn utenti oħra (mill-inqas sostitut wieħed)
checklist-allocation = Iddeċiedi jekk it-talbiet li jaslu jiġux allokati lill-ġesturi tat-talbiet
checklist-roles = Agħti rwol lil kull utent
checklist-register_users = Irreġistra l-utenti
checklist-tell_user_ids = Għid lill-utenti l-ID tal-utent tagħhom
checklist-users_logged_in = Żgura li l-utenti jidħlu fis-sistema
checklist-data_administrator = Koordinaturi: iddeċiedi min hu l-amministratur tad-data
checklist-referral_participation = Koordinaturi: iddeċiedi jekk tiħux sehem fir-riferimenti
checklist-approval = Koordinaturi: iddeċiedi jekk tapprovax it-talbiet u t-tweġibiet tal-awtoritajiet li tikkoordina
