# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Hoidke üldandmed ajakohasena: mitteametlik nimi, kirjeldus, keeled, kontaktandmed ja e-posti aadress
checklist-competences = Kirjeldage pädevusi: majandustegevusalad ja poliitikavaldkonnad
checklist-area_keywords = Valige iga õigusvaldkonna märksõnad
checklist-linked_authorities = Siduge oma riigi seotud asutused
checklist-request_coordinators = Siduge taotluste koordinaatorid
checklist-departments = Otsustage, millised osakonnad IMI-t kasutavad
checklist-substitute_users = Otsustage, mitu kasutajat veel vajate (vähemalt üks asendaja)
checklist-allocation = Otsustage, kas sissetulevad taotlused jaotatakse taotluste käsitlejatele
checklist-roles = Andke igale kasutajale roll
checklist-register_users = Registreerige kasutajad
checklist-tell_user_ids = Teatage kasutajatele nende kasutajatunnused
checklist-users_logged_in = Hoolitsege, et kasutajad sisse logiksid
checklist-data_administrator = Koordinaatorid: otsustage, kes on andmehaldur
checklist-referral_participation = Koordinaatorid: otsustage, kas osalete suunamistes
checklist-approval = Koordinaatorid: otsustage, kas kiidate heaks teie koordineeritavate asutuste taotlused ja vastused
