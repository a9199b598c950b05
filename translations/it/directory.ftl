# Autorità e coordinatori: profili, acquisizioni, collegamenti tra autorità,
# coordinatori delle richieste; il piè di pagina dei messaggi e-mail.

authority-field-economic_activities = Attività economiche
authority-field-policy_areas = Settori politici
authority-field-coordinator = Coordinatore IMI
authority-field-coordinated_areas = Settori legislativi coordinati
authority-field-region = Regione
authority-input-user_id = ID utente del primo utente
authority-input-temporary_password = Password temporanea del primo utente
authority-input-validating_coordinator = Coordinatore di convalida
authority-action-imported = Acquisisci dal sistema precedente
authority-action-update_competences = Modifica le competenze
authority-action-designate_coordinator = Designa come coordinatore IMI
authority-guard-imported = L'autorità è già nota, il suo indirizzo e-mail generale non è valido oppure il tipo di coordinatore non è nimic, dimic o sdimic.
authority-guard-designate_coordinator = Il tipo di coordinatore deve essere nimic, dimic o sdimic.

area_access-field-professions = Professioni
area_access-input-authority = Autorità
area_access-action-imported = Acquisisci dal sistema precedente

user_account-action-first_user = Registra il primo utente
user_account-action-imported = Acquisisci dal sistema precedente

wf-authority_link = Collegamento tra autorità
authority_link-party-authority = Autorità
authority_link-party-linked = Autorità collegata
authority_link-field-linked_at = Collegata il
authority_link-state-linked = Collegata
authority_link-state-unlinked = Collegamento rimosso
authority_link-action-link = Collega un'autorità
authority_link-action-unlink = Rimuovi il collegamento
authority_link-input-linked = Autorità da collegare
authority_link-guard-link = È possibile collegare solo un'altra autorità attiva del proprio paese, e una sola volta.

wf-request_coordination = Coordinatore delle richieste
request_coordination-party-authority = Autorità coordinata
request_coordination-party-coordinator = Coordinatore delle richieste
request_coordination-field-area = Settore legislativo
request_coordination-field-linked_at = Collegato il
request_coordination-state-linked = Collegato
request_coordination-state-unlinked = Scollegato
request_coordination-action-at_access = Collega il coordinatore dell'accesso
request_coordination-action-link = Collega un coordinatore delle richieste
request_coordination-action-unlink = Scollega il coordinatore delle richieste
request_coordination-input-coordinator = Coordinatore
request_coordination-guard-link = Il coordinatore deve essere un coordinatore IMI attivo del suo paese, non ancora collegato per questo settore, e la sua autorità deve avere accesso al settore.
request_coordination-guard-unlink = La sua autorità mantiene almeno un coordinatore delle richieste in ciascun settore legislativo.
request_coordination-email-linked =
    L'autorità { $authority } ha collegato la sua autorità come proprio coordinatore delle richieste per il settore legislativo { $area }.
    .subject = Nuova autorità coordinata

mail-footer = Questo messaggio e-mail è stato inviato automaticamente dal sistema di informazione del mercato interno (IMI). La preghiamo di non rispondere.

keywords-countries = Paesi
keywords-levels = Livelli
keywords-languages = Lingue
