# The first user's checklist (R-SETUP: application.checklist in
# definitions/core/area.yaml).

checklist-general_data = Pidä yleiset tiedot ajan tasalla: epävirallinen nimi, kuvaus, kielet, yhteystiedot ja sähköpostiosoite
checklist-competences = Kuvaa toimivaltuudet: toimialat ja politiikanalat
checklist-area_keywords = Valitse kunkin lainsäädäntöalan hakusanat
checklist-linked_authorities = Yhdistä maasi asiaan liittyvät viranomaiset
checklist-request_coordinators = Yhdistä pyyntökoordinaattorit
checklist-departments = Päätä, mitkä osastot käyttävät IMI:tä
checklist-substitute_users = Päätä, montako käyttäjää tarvitset lisää (vähintään yksi varahenkilö)
checklist-allocation = Päätä, jaetaanko saapuvat pyynnöt pyyntöjen käsittelijöille
checklist-roles = Anna jokaiselle käyttäjälle rooli
checklist-register_users = Rekisteröi käyttäjät
checklist-tell_user_ids = Kerro käyttäjille heidän käyttäjätunnuksensa
checklist-users_logged_in = Huolehdi, että käyttäjät kirjautuvat sisään
checklist-data_administrator = Koordinaattorit: päätä, kuka on tietojen ylläpitäjä
checklist-referral_participation = Koordinaattorit: päätä, osallistutko siirtoihin
checklist-approval = Koordinaattorit: päätä, hyväksytkö koordinoimiesi viranomaisten pyynnöt ja vastaukset
