### Textes français du paquet système `core` (definitions/core) :
### rôles, relations de coordination et procédures registration_request,
### authority et area_access.

area-core = Système IMI

## Rôles (R-ROLES)

role-basic_user = Utilisateur de base
role-request_handler = Gestionnaire de demandes
role-allocator = Répartiteur
role-local_data_administrator = Administrateur local des données
role-data_administrator = Administrateur des données
role-system_administrator = Administrateur système

## Relations de coordination (R-ACTORS)

relation-validating = Coordinateur de validation
relation-legislation_access = Coordinateur d'accès à la législation
relation-request = Coordinateur des demandes

## Procédure : demande d'enregistrement (R-REG)

wf-registration_request = Demande d'enregistrement

registration_request-party-coordinator = Coordinateur
registration_request-party-applicant = Autorité invitée
registration_request-party-commission = Commission européenne

registration_request-state-draft = Projet
registration_request-state-saved = Sauvegardée
registration_request-state-saving_blocked = Sauvegarde bloquée
registration_request-state-rejected = Rejetée
registration_request-state-sent = Envoyée, en attente d'enregistrement
registration_request-state-pending_validation = Enregistrement en attente de validation
registration_request-state-validated = Autorité validée
registration_request-state-validation_refused = Validation refusée
registration_request-state-expired = Expirée
registration_request-state-cancelled = Annulée
registration_request-state-deleted = Supprimée

registration_request-action-create = Nouvelle demande d'enregistrement
registration_request-action-edit = Modifier
registration_request-action-edit_sent = Modifier et envoyer une nouvelle invitation
registration_request-action-save = Sauvegarder en vue de l'envoi
registration_request-action-stop = Suspendre l'envoi
registration_request-action-release = Autoriser l'envoi
registration_request-action-dispatch = Envoyer l'invitation
registration_request-action-remind = Envoyer un rappel
registration_request-action-expire = Faire expirer
registration_request-action-cancel = Annuler
registration_request-action-discard = Supprimer
registration_request-action-register = Enregistrer l'autorité
registration_request-action-authority_validated = Autorité validée
registration_request-action-authority_refused = Autorité refusée
registration_request-action-purge = Supprimer définitivement

registration_request-field-email = Adresse électronique de travail de l'autorité
registration_request-field-name = Nom (pour votre liste uniquement)
registration_request-field-areas = Domaines législatifs
registration_request-field-note = Note d'accompagnement
registration_request-field-country = Pays
registration_request-field-rejection_reason = Motif du rejet
registration_request-field-saved_at = Sauvegardée le
registration_request-field-dispatch_at = À envoyer le
registration_request-field-sent_at = Envoyée le
registration_request-field-token = Code d'enregistrement
registration_request-field-token_expires_at = Code valable jusqu'au
registration_request-field-registered_at = Enregistrée le
registration_request-field-authority_name = Autorité enregistrée
registration_request-field-delete_at = À supprimer le
registration_request-field-coordinator_name = Coordinateur (tel qu'indiqué dans l'invitation)
registration_request-field-coordinator_email = Adresse électronique du coordinateur (telle qu'indiquée dans l'invitation)

registration_request-input-summary_kept = J'ai imprimé le récapitulatif ou je l'ai sauvegardé sous forme de document
registration_request-input-official_name = Nom officiel
registration_request-input-national_languages = Langues nationales
registration_request-input-informal_name = Nom usuel
registration_request-input-description = Brève description des compétences
registration_request-input-languages = Autres langues comprises
registration_request-input-level = Niveau (local, régional, national)
registration_request-input-address = Adresse postale
registration_request-input-phone = Téléphone
registration_request-input-website = Site web
registration_request-input-first_user_name = Nom du premier utilisateur
registration_request-input-first_user_email = Adresse électronique du premier utilisateur
registration_request-input-first_user_language = Langue de travail préférée du premier utilisateur

registration_request-rejection-malformed_email = L'adresse électronique n'est pas valide.
registration_request-rejection-email_in_use = L'adresse électronique est déjà utilisée par une autorité ou par une autre demande d'enregistrement.

registration_request-guard-save = Choisissez au moins un domaine législatif.
registration_request-guard-edit_sent = L'adresse électronique n'est pas valide ou elle est déjà utilisée par une autorité ou par une autre demande d'enregistrement.
registration_request-guard-register = Le contrôle de sécurité a échoué : le code est erroné ou a expiré, le récapitulatif n'a pas été conservé, le pays ne correspond pas à l'invitation, ou l'adresse électronique n'est pas valide ou est déjà utilisée par une autorité.

registration_request-email-invitation =
    { $coordinator_name } ({ $coordinator_email }) invite votre autorité à s'enregistrer dans le système d'information du marché intérieur (IMI).

    { $note }

    Pour vous enregistrer, ouvrez { $link } et saisissez votre code d'enregistrement : { $token }
    Le code est valable jusqu'au { $expires_on }.
    .subject = Invitation à s'enregistrer dans l'IMI

registration_request-email-reminder =
    L'invitation à vous enregistrer dans l'IMI que vous a adressée { $coordinator_name } ({ $coordinator_email }) expire le { $expires_on }.
    Pour vous enregistrer, ouvrez { $link }.
    .subject = Rappel : votre invitation à vous enregistrer dans l'IMI expire bientôt

registration_request-email-token_void =
    L'invitation à vous enregistrer dans l'IMI que { $coordinator_name } ({ $coordinator_email }) vous a envoyée a été modifiée. Le lien et le code que vous avez reçus ne sont plus valables. Une nouvelle invitation contenant un nouveau code va suivre.
    .subject = Votre lien d'enregistrement dans l'IMI n'est plus valable

registration_request-email-registered =
    L'autorité { $official_name } s'est enregistrée dans l'IMI au moyen de votre demande d'enregistrement { $name } ({ $email }). Son enregistrement est en attente de votre validation.
    .subject = Un enregistrement est en attente de votre validation

registration_request-email-confirmation =
    Nous vous remercions d'avoir enregistré { $official_name } ({ $informal_name }, { $country }) dans l'IMI.
    Premier utilisateur : { $first_user_name }.
    Votre coordinateur { $coordinator_name } va maintenant valider l'enregistrement ; vous recevrez ensuite les instructions de connexion.
    .subject = Votre enregistrement dans l'IMI

## Procédure : autorité (R-CA-LIFE, R-PROFILE)

wf-authority = Autorité

authority-party-own = Autorité
authority-party-validating_coordinator = Coordinateur de validation
authority-party-commission = Commission européenne

authority-state-pending_validation = Enregistrement en attente de validation
authority-state-refused = Enregistrement refusé
authority-state-active = Active
authority-state-deletion_in_progress = Suppression en cours
authority-state-inactive = Inactive
authority-state-deleted = Supprimée

authority-action-register_directly = Enregistrer une autorité
authority-action-self_registration = Auto-enregistrement
authority-action-validate = Valider
authority-action-refuse = Refuser l'enregistrement
authority-action-update_profile = Mettre à jour les données de l'autorité
authority-action-change_official_name = Modifier le nom officiel
authority-action-translations_done = Traductions effectuées
authority-action-start_deletion = Lancer la suppression
authority-action-deactivate = Rendre inactive
authority-action-purge = Supprimer définitivement

authority-field-official_name = Nom officiel
authority-field-country = Pays
authority-field-level = Niveau (local, régional, national)
authority-field-national_languages = Langues nationales
authority-field-informal_name = Nom usuel
authority-field-description = Brève description des compétences
authority-field-languages = Autres langues comprises
authority-field-address = Adresse postale
authority-field-phone = Téléphone
authority-field-website = Site web
authority-field-email = Adresse électronique générale
authority-field-new_translation_needed = Nouvelle traduction nécessaire
authority-field-first_user_name = Nom du premier utilisateur
authority-field-first_user_email = Adresse électronique du premier utilisateur
authority-field-first_user_language = Langue de travail préférée du premier utilisateur
authority-field-areas = Domaines législatifs
authority-field-validated_at = Validée le
authority-field-refused_at = Refusée le
authority-field-refusal_reason = Motif du refus
authority-field-deletion_started_at = Suppression lancée le
authority-field-inactive_since = Inactive depuis le
authority-field-delete_at = À supprimer le

authority-input-authority_id = Identifiant d'une autorité existante (migration uniquement)
authority-input-reason = Motif

authority-guard-register_directly = L'autorité doit relever de votre pays et disposer d'une adresse électronique générale valide qu'aucune autre autorité n'utilise.
authority-guard-email = L'adresse électronique générale n'est pas valide ou une autre autorité l'utilise déjà.
authority-guard-translations_done = Aucune nouvelle traduction n'a été demandée.

authority-email-login_instructions =
    L'enregistrement de { $official_name } dans l'IMI est terminé.
    { $first_user_name } reçoit un mot de passe temporaire dans un courrier électronique distinct ; l'identifiant d'utilisateur est communiqué par votre coordinateur, jamais par courrier électronique. Lors de la première connexion, choisissez un mot de passe et un code de sécurité de 12 caractères.
    .subject = Votre autorité est enregistrée dans l'IMI : instructions de connexion

authority-email-refused =
    L'enregistrement de { $official_name } dans l'IMI a été refusé. { $reason }
    Votre coordinateur peut encore le valider dans un délai de six mois ; passé ce délai, il est supprimé.
    .subject = Votre enregistrement dans l'IMI a été refusé

authority-email-deletion_started =
    La suppression de { $official_name } de l'IMI a commencé. Vous pouvez mener à terme vos échanges en cours, mais vous ne pouvez plus envoyer ni recevoir de nouvelles demandes.
    .subject = La suppression de votre autorité dans l'IMI a commencé

authority-email-deactivated =
    { $official_name } est désormais inactive dans l'IMI. Les utilisateurs peuvent toujours se connecter et consulter les informations, mais plus rien de nouveau ne peut être envoyé ni reçu. L'autorité sera définitivement supprimée le { $delete_on }.
    .subject = Votre autorité est inactive dans l'IMI

## Procédure : accès à un domaine législatif (R-ACCESS)

wf-area_access = Accès à un domaine législatif

area_access-party-authority = Autorité
area_access-party-access_coordinator = Coordinateur d'accès à la législation

area_access-state-requested = Demandé
area_access-state-granted = Accordé
area_access-state-suspended = Suspendu
area_access-state-removed = Retiré
area_access-state-reactivation_requested = Réactivation demandée
area_access-state-removed_reactivation_requested = Réactivation demandée (retiré)
area_access-state-refused = Refusé

area_access-action-request = Demander l'accès à un domaine législatif
area_access-action-at_registration = Accès lors de l'enregistrement
area_access-action-edit_keywords = Modifier les paramètres du domaine
area_access-action-coordinator_edit_keywords = Modifier les paramètres du domaine de l'autorité demanderesse
area_access-action-grant = Accorder l'accès
area_access-action-refuse = Refuser l'accès
area_access-action-suspend = Suspendre l'accès
area_access-action-reinstate = Lever la suspension
area_access-action-remove = Retirer l'accès
area_access-action-request_reactivation = Demander la réactivation
area_access-action-approve_reactivation = Réactiver
area_access-action-refuse_reactivation = Refuser la réactivation

area_access-field-area = Domaine législatif
area_access-field-area_workflow = Procédure
area_access-field-keywords = Mots-clés
area_access-field-note = Note
area_access-field-reason = Motif
area_access-field-requested_at = Demandé le
area_access-field-granted_at = Accordé le
area_access-field-suspended_at = Suspendu le
area_access-field-removed_at = Retiré le
area_access-field-reactivation_requested_at = Réactivation demandée le

area_access-input-coordinator = Coordinateur auquel l'accès est demandé

area_access-guard-request = Votre autorité a déjà accès à ce domaine ou l'a déjà demandé, n'est pas active, ou s'est choisie elle-même comme coordinateur.
area_access-guard-authority_not_active = L'autorité n'est pas active : aucun nouvel accès ne peut être accordé.

area_access-email-requested =
    L'autorité { $authority } demande l'accès au domaine législatif { $area }.
    .subject = Demande d'accès à un domaine législatif

area_access-email-granted =
    Votre autorité a désormais accès au domaine législatif { $area }.
    .subject = Accès à un domaine législatif accordé

area_access-email-refused =
    Votre demande d'accès au domaine législatif { $area } a été refusée. { $reason }
    .subject = Accès à un domaine législatif refusé

area_access-email-suspended =
    Votre accès au domaine législatif { $area } est suspendu : vous pouvez mener à terme les demandes en cours, mais vous ne pouvez rien entreprendre de nouveau.
    .subject = Accès à un domaine législatif suspendu

area_access-email-removed =
    Votre accès au domaine législatif { $area } a été retiré.
    .subject = Accès à un domaine législatif retiré

area_access-email-reactivation_requested =
    L'autorité { $authority } demande la réactivation de son accès au domaine législatif { $area }.
    .subject = Demande de réactivation de l'accès à un domaine législatif

area_access-email-reactivated =
    Votre demande de réactivation de votre accès au domaine législatif { $area } a été acceptée.
    .subject = Accès à un domaine législatif réactivé

area_access-email-reactivation_refused =
    Votre demande de réactivation de votre accès au domaine législatif { $area } a été refusée. { $reason }
    .subject = Réactivation de l'accès à un domaine législatif refusée

area_access-field-allocation = Attribution des demandes entrantes
area_access-field-referral_participation = Participe aux saisines
area_access-field-coordinator_sees_details = Les coordinateurs des demandes voient le détail des demandes
area_access-field-approve_requests = Les demandes nécessitent l'approbation du coordinateur
area_access-field-approve_replies = Les réponses nécessitent l'approbation du coordinateur
area_access-action-change_settings = Modifier les paramètres
area_access-action-change_approval = Modifier les paramètres d'approbation
