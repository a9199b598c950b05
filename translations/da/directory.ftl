# Myndigheder og koordinatorer: profiler, importer, tilknytninger mellem myndigheder,
# anmodningskoordinatorer; e-mailfoden.

authority-field-economic_activities = Økonomiske aktiviteter
authority-field-policy_areas = Politikområder
authority-field-coordinator = IMI-koordinator
authority-field-coordinated_areas = Koordinerede lovgivningsområder
authority-field-region = Region
authority-input-user_id = Første brugers bruger-id
authority-input-temporary_password = Første brugers midlertidige adgangskode
authority-input-validating_coordinator = Validerende koordinator
authority-action-imported = Overtag fra det tidligere system
authority-action-update_competences = Ændr kompetencer
authority-action-designate_coordinator = Udpeg som IMI-koordinator
authority-guard-imported = Myndigheden er allerede kendt, dens generelle e-mailadresse er ikke gyldig, eller koordinatortypen er ikke nimic, dimic eller sdimic.
authority-guard-designate_coordinator = Koordinatortypen skal være nimic, dimic eller sdimic.

area_access-field-professions = Erhverv
area_access-input-authority = Myndighed
area_access-action-imported = Overtag fra det tidligere system

user_account-action-first_user = Registrér den første bruger
user_account-action-imported = Overtag fra det tidligere system

wf-authority_link = Tilknytning mellem myndigheder
authority_link-party-authority = Myndighed
authority_link-party-linked = Tilknyttet myndighed
authority_link-field-linked_at = Tilknyttet den
authority_link-state-linked = Tilknyttet
authority_link-state-unlinked = Tilknytning fjernet
authority_link-action-link = Tilknyt en myndighed
authority_link-action-unlink = Fjern tilknytningen
authority_link-input-linked = Myndighed, der skal tilknyttes
authority_link-guard-link = Du kan kun tilknytte en anden aktiv myndighed i dit eget land, og kun én gang.

wf-request_coordination = Anmodningskoordinator
request_coordination-party-authority = Koordineret myndighed
request_coordination-party-coordinator = Anmodningskoordinator
request_coordination-field-area = Lovgivningsområde
request_coordination-field-linked_at = Tilknyttet den
request_coordination-state-linked = Tilknyttet
request_coordination-state-unlinked = Ikke længere tilknyttet
request_coordination-action-at_access = Tilknyt adgangskoordinatoren
request_coordination-action-link = Tilknyt en anmodningskoordinator
request_coordination-action-unlink = Fjern tilknytningen af anmodningskoordinatoren
request_coordination-input-coordinator = Koordinator
request_coordination-guard-link = Koordinatoren skal være en aktiv IMI-koordinator i dit land, som endnu ikke er tilknyttet for dette område, og din myndighed skal have adgang til området.
request_coordination-guard-unlink = Din myndighed skal beholde mindst én anmodningskoordinator på hvert lovgivningsområde.
request_coordination-email-linked =
    Myndigheden { $authority } har tilknyttet din myndighed som sin anmodningskoordinator for lovgivningsområdet { $area }.
    .subject = Ny koordineret myndighed

mail-footer = Denne e-mail er sendt automatisk af informationssystemet for det indre marked (IMI). Svar venligst ikke på den.

keywords-countries = Lande
keywords-levels = Niveauer
keywords-languages = Sprog
