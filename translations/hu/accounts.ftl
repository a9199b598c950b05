### A felhasználói fiókok magyar szövegei (definitions/core/workflows/user_account.yaml):
### regisztráció, bejelentkezés, letiltás és visszaállítás (R-LOGIN, R-ROLES).
### Maguk a szerepkörök (role-*) a core.ftl fájlban találhatók.

## Munkafolyamat: felhasználói fiók (R-LOGIN)

wf-user_account = Felhasználói fiók

user_account-party-authority = A felhasználó hatósága
user_account-party-validating_coordinator = Jóváhagyó koordinátor

user_account-state-registered = Regisztrálva, első bejelentkezésre vár
user_account-state-active = Aktív
user_account-state-blocked = Letiltva
user_account-state-removed = Eltávolítva

user_account-action-register = Felhasználó regisztrálása
user_account-action-first_login = Első bejelentkezés
user_account-action-login_succeeded = Bejelentkezés
user_account-action-login_failed = Hibás jelszó vagy biztonsági kód
user_account-action-reset = Új ideiglenes jelszó kiadása
user_account-action-reset_only_lda = Új ideiglenes jelszó kiadása (az egyetlen helyi adatadminisztrátor részére)
user_account-action-change_roles = Szerepkörök módosítása
user_account-action-change_user_id = Felhasználói azonosító módosítása
user_account-action-update_contact = Elérhetőségek frissítése
user_account-action-remove = A felhasználó eltávolítása

user_account-field-user_id = Felhasználói azonosító
user_account-field-name = Név
user_account-field-email = Egyéni e-mail-cím
user_account-field-phone = Telefon
user_account-field-language = Előnyben részesített munkanyelv
user_account-field-roles = Szerepkörök
user_account-field-failures = Hibás megadások az utolsó bejelentkezés óta
user_account-field-registered_at = Regisztráció dátuma
user_account-field-temporary_password_sent_at = Az ideiglenes jelszó elküldésének dátuma
user_account-field-password_changed_at = A jelszó megválasztásának dátuma
user_account-field-last_login_at = Utolsó bejelentkezés
user_account-field-blocked_at = Letiltás dátuma

user_account-input-temporary_password = Ideiglenes jelszó

## Elutasítások

user_account-guard-register = A felhasználó nem regisztrálható: lehet, hogy a felhasználói azonosító már foglalt (a felhasználói azonosítók a kis- és nagybetűktől függetlenül egyediek), lehet, hogy az e-mail-cím formátuma hibás, a nyelvnek a 24 hivatalos nyelv egyikének kell lennie, és a felhasználónak legalább egy szerepkörrel kell rendelkeznie.
user_account-guard-user_id_taken = Ez a felhasználói azonosító már foglalt (a felhasználói azonosítók a kis- és nagybetűktől függetlenül egyediek). Válasszon másikat.
user_account-guard-reset_only_lda = Ezt csak a jóváhagyó koordinátor adatadminisztrátora teheti meg, és csak a hatóság egyetlen helyi adatadminisztrátora esetében; ennek a hatóságnak van egy másik aktív helyi adatadminisztrátora is, aki kiadhatja az új ideiglenes jelszót.
user_account-guard-change_roles = A felhasználónak legalább egy szerepkörrel kell rendelkeznie, és a hatóságnak meg kell tartania legalább egy aktív helyi adatadminisztrátort.
user_account-guard-remove = A hatóságnak meg kell tartania legalább egy aktív helyi adatadminisztrátort.
user_account-guard-update_contact = Az e-mail-cím formátuma hibás, vagy a nyelv nem a 24 hivatalos nyelv egyike.

## E-mailek (soha nem tartalmazzák a felhasználói azonosítót: azt más csatornán közlik)

user_account-email-temporary-password =
    Tisztelt { $name }!

    Az Ön ideiglenes jelszava a Belső Piaci Információs Rendszerhez (IMI): { $temporary_password }

    Felhasználói azonosítója nem szerepel ebben az e-mailben: azt az a személy közli Önnel, aki Önt regisztrálta. A következő bejelentkezéskor adja meg a felhasználói azonosítót és ezt az ideiglenes jelszót, majd válasszon saját jelszót (legalább 8 karakter, kisbetűvel, nagybetűvel és számjeggyel), valamint egy új, 12 karakterből álló biztonsági kódot (ugyanezekkel a szabályokkal). Mindkettő megkülönbözteti a kis- és nagybetűket.
    .subject = Az Ön ideiglenes IMI-jelszava

user_account-email-blocked =
    Tisztelt { $name }!

    IMI-fiókját a rendszer letiltotta, mert ötször hibásan adta meg a jelszót vagy a biztonsági kódot. Kérjen új ideiglenes jelszót hatósága helyi adatadminisztrátorától (ha Ön a hatóság egyetlen helyi adatadminisztrátora, forduljon jóváhagyó koordinátorához).
    .subject = Az Ön IMI-fiókja le van tiltva

user_account-input-authority = A felhasználó hatósága
