# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Uzturiet aktuālus vispārīgos datus: neoficiālo nosaukumu, aprakstu, valodas, kontaktinformāciju un e-pasta adresi
checklist-competences = Aprakstiet kompetences: saimniecisko darbību un politikas jomas
checklist-area_keywords = Izvēlieties katras tiesību aktu jomas atslēgvārdus
checklist-linked_authorities = Sasaistiet savas valsts saistītās iestādes
checklist-request_coordinators = Sasaistiet pieprasījumu koordinatorus
checklist-departments = Izlemiet, kuras nodaļas izmantos IMI
checklist-substitute_users = Izlemiet, cik vēl lietotāju jums vajag (vismaz vienu aizvietotāju)
checklist-allocation = Izlemiet, vai ienākošos pieprasījumus piešķir pieprasījumu apstrādātājiem
checklist-roles = Piešķiriet katram lietotājam lomu
checklist-register_users = Reģistrējiet lietotājus
checklist-tell_user_ids = Paziņojiet lietotājiem viņu lietotāja ID
checklist-users_logged_in = Panāciet, lai lietotāji pieteiktos
checklist-data_administrator = Koordinatori: izlemiet, kurš būs datu administrators
checklist-referral_participation = Koordinatori: izlemiet, vai piedalīsieties koordinatoriem nodoto pieprasījumu izskatīšanā
checklist-approval = Koordinatori: izlemiet, vai apstiprināsiet jūsu koordinēto iestāžu pieprasījumus un atbildes
