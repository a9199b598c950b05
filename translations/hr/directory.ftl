# Tijela i koordinatori: profili, preuzimanja, veze između tijela,
# koordinatori zahtjeva; podnožje poruka e-pošte.

authority-field-economic_activities = Gospodarske djelatnosti
authority-field-policy_areas = Područja politike
authority-field-coordinator = Koordinator IMI-ja
authority-field-coordinated_areas = Koordinirana zakonodavna područja
authority-field-region = Regija
authority-input-user_id = Korisničko ime prvog korisnika
authority-input-temporary_password = Privremena lozinka prvog korisnika
authority-input-validating_coordinator = Koordinator za potvrđivanje
authority-action-imported = Preuzmi iz prethodnog sustava
authority-action-update_competences = Promijeni nadležnosti
authority-action-designate_coordinator = Imenuj koordinatorom IMI-ja
authority-guard-imported = Tijelo je već poznato, njegova opća adresa e-pošte nije valjana ili vrsta koordinatora nije nimic, dimic ni sdimic.
authority-guard-designate_coordinator = Vrsta koordinatora mora biti nimic, dimic ili sdimic.

area_access-field-professions = Profesije
area_access-input-authority = Tijelo
area_access-action-imported = Preuzmi iz prethodnog sustava

user_account-action-first_user = Registriraj prvog korisnika
user_account-action-imported = Preuzmi iz prethodnog sustava

wf-authority_link = Veza između tijela
authority_link-party-authority = Tijelo
authority_link-party-linked = Povezano tijelo
authority_link-field-linked_at = Datum povezivanja
authority_link-state-linked = Povezano
authority_link-state-unlinked = Veza uklonjena
authority_link-action-link = Poveži tijelo
authority_link-action-unlink = Ukloni vezu
authority_link-input-linked = Tijelo koje treba povezati
authority_link-guard-link = Možete povezati samo drugo aktivno tijelo iz svoje zemlje i to samo jednom.

wf-request_coordination = Koordinator zahtjeva
request_coordination-party-authority = Koordinirano tijelo
request_coordination-party-coordinator = Koordinator zahtjeva
request_coordination-field-area = Zakonodavno područje
request_coordination-field-linked_at = Datum povezivanja
request_coordination-state-linked = Povezan
request_coordination-state-unlinked = Veza prekinuta
request_coordination-action-at_access = Poveži koordinatora za pristup
request_coordination-action-link = Poveži koordinatora zahtjeva
request_coordination-action-unlink = Prekini vezu s koordinatorom zahtjeva
request_coordination-input-coordinator = Koordinator
request_coordination-guard-link = Koordinator mora biti aktivni koordinator IMI-ja iz Vaše zemlje koji još nije povezan za to područje, a Vaše tijelo mora imati pristup tom području.
request_coordination-guard-unlink = Vaše tijelo zadržava barem jednog koordinatora zahtjeva u svakom zakonodavnom području.
request_coordination-email-linked =
    Tijelo { $authority } povezalo je Vaše tijelo kao svojeg koordinatora zahtjeva za zakonodavno područje { $area }.
    .subject = Novo koordinirano tijelo

mail-footer = Ovu poruku e-pošte automatski je poslao Informacijski sustav unutarnjeg tržišta (IMI). Molimo Vas da na nju ne odgovarate.

keywords-countries = Države
keywords-levels = Razine
keywords-languages = Jezici
