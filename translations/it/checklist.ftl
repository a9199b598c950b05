# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Mantenga aggiornati i dati generali: denominazione informale, descrizione, lingue, contatti e indirizzo e-mail
checklist-competences = Descriva le competenze: attività economiche e settori politici
checklist-area_keywords = Scelga le parole chiave di ciascun settore legislativo
checklist-linked_authorities = Colleghi le autorità correlate del suo paese
checklist-request_coordinators = Colleghi i coordinatori delle richieste
checklist-departments = Decida quali uffici utilizzano IMI
checklist-substitute_users = Decida quanti altri utenti le servono (almeno un sostituto)
checklist-allocation = Decida se le richieste in arrivo sono assegnate ai gestori delle richieste
checklist-roles = Assegni un ruolo a ciascun utente
checklist-register_users = Registri gli utenti
checklist-tell_user_ids = Comunichi agli utenti i loro ID utente
checklist-users_logged_in = Si assicuri che gli utenti accedano al sistema
checklist-data_administrator = Coordinatori: decida chi è l'amministratore dei dati
checklist-referral_participation = Coordinatori: decida se partecipare ai rinvii
checklist-approval = Coordinatori: decida se approvare le richieste e le risposte delle autorità che coordina
