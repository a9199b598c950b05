### Textes français des comptes d'utilisateur (definitions/core/workflows/user_account.yaml) :
### enregistrement, connexion, blocage et réinitialisations (R-LOGIN, R-ROLES).
### Les rôles eux-mêmes (role-*) se trouvent dans core.ftl.

## Procédure : compte d'utilisateur (R-LOGIN)

wf-user_account = Compte d'utilisateur

user_account-party-authority = Autorité de l'utilisateur
user_account-party-validating_coordinator = Coordinateur de validation

user_account-state-registered = Enregistré, en attente de la première connexion
user_account-state-active = Actif
user_account-state-blocked = Bloqué
user_account-state-removed = Supprimé

user_account-action-register = Enregistrer un utilisateur
user_account-action-first_login = Première connexion
user_account-action-login_succeeded = Connexion
user_account-action-login_failed = Mot de passe ou code de sécurité erroné
user_account-action-reset = Attribuer un nouveau mot de passe temporaire
user_account-action-reset_only_lda = Attribuer un nouveau mot de passe temporaire (unique administrateur local des données)
user_account-action-change_roles = Modifier les rôles
user_account-action-change_user_id = Modifier l'identifiant d'utilisateur
user_account-action-update_contact = Mettre à jour les coordonnées
user_account-action-remove = Supprimer l'utilisateur

user_account-field-user_id = Identifiant d'utilisateur
user_account-field-name = Nom
user_account-field-email = Adresse électronique individuelle
user_account-field-phone = Téléphone
user_account-field-language = Langue de travail préférée
user_account-field-roles = Rôles
user_account-field-failures = Saisies erronées depuis la dernière connexion
user_account-field-registered_at = Enregistré le
user_account-field-temporary_password_sent_at = Mot de passe temporaire envoyé le
user_account-field-password_changed_at = Mot de passe choisi le
user_account-field-last_login_at = Dernière connexion
user_account-field-blocked_at = Bloqué le

user_account-input-temporary_password = Mot de passe temporaire

## Refus

user_account-guard-register = L'utilisateur ne peut pas être enregistré : l'identifiant d'utilisateur est peut-être déjà pris (les identifiants d'utilisateur sont uniques, sans distinction entre majuscules et minuscules), l'adresse électronique est peut-être mal formée, la langue doit être l'une des 24 langues officielles et l'utilisateur doit avoir au moins un rôle.
user_account-guard-user_id_taken = Cet identifiant d'utilisateur est déjà pris (les identifiants d'utilisateur sont uniques, sans distinction entre majuscules et minuscules). Choisissez-en un autre.
user_account-guard-reset_only_lda = Seul l'administrateur des données du coordinateur de validation peut effectuer cette action, et uniquement pour l'unique administrateur local des données de l'autorité ; cette autorité dispose d'un autre administrateur local des données actif, qui peut attribuer le nouveau mot de passe temporaire.
user_account-guard-change_roles = Un utilisateur doit avoir au moins un rôle, et l'autorité doit conserver au moins un administrateur local des données actif.
user_account-guard-remove = L'autorité doit conserver au moins un administrateur local des données actif.
user_account-guard-update_contact = L'adresse électronique est mal formée, ou la langue n'est pas l'une des 24 langues officielles.

## Courriers électroniques (jamais avec l'identifiant d'utilisateur : il est communiqué par un autre canal)

user_account-email-temporary-password =
    Bonjour { $name },

    votre mot de passe temporaire pour le système d'information du marché intérieur (IMI) est : { $temporary_password }

    Votre identifiant d'utilisateur ne figure pas dans ce courrier électronique : la personne qui vous a enregistré vous le communique. Lors de votre prochaine connexion, saisissez l'identifiant d'utilisateur et ce mot de passe temporaire, puis choisissez votre propre mot de passe (au moins 8 caractères, avec des minuscules, des majuscules et un chiffre) et un nouveau code de sécurité de 12 caractères (mêmes règles). Tous deux sont sensibles à la casse.
    .subject = Votre mot de passe temporaire IMI

user_account-email-blocked =
    Bonjour { $name },

    votre compte IMI a été bloqué après cinq saisies erronées du mot de passe ou du code de sécurité. Demandez un nouveau mot de passe temporaire à l'administrateur local des données de votre autorité (si vous êtes son unique administrateur local des données, adressez-vous à votre coordinateur de validation).
    .subject = Votre compte IMI est bloqué

user_account-input-authority = Autorité de l'utilisateur
