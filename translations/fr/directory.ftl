# Autorités et coordinateurs : profils, reprises, liens entre autorités,
# coordinateurs des demandes ; le pied de page des courriers électroniques.

authority-field-economic_activities = Activités économiques
authority-field-policy_areas = Domaines d'action
authority-field-coordinator = Coordinateur IMI
authority-field-coordinated_areas = Domaines législatifs coordonnés
authority-field-region = Région
authority-input-user_id = Identifiant d'utilisateur du premier utilisateur
authority-input-temporary_password = Mot de passe temporaire du premier utilisateur
authority-input-validating_coordinator = Coordinateur de validation
authority-action-imported = Reprendre depuis l'ancien système
authority-action-update_competences = Modifier les compétences
authority-action-designate_coordinator = Désigner comme coordinateur IMI
authority-guard-imported = L'autorité est déjà connue, son adresse électronique générale n'est pas valide, ou le type de coordinateur n'est pas nimic, dimic ou sdimic.
authority-guard-designate_coordinator = Le type de coordinateur doit être nimic, dimic ou sdimic.

area_access-field-professions = Professions
area_access-input-authority = Autorité
area_access-action-imported = Reprendre depuis l'ancien système

user_account-action-first_user = Enregistrer le premier utilisateur
user_account-action-imported = Reprendre depuis l'ancien système

wf-authority_link = Lien entre autorités
authority_link-party-authority = Autorité
authority_link-party-linked = Autorité liée
authority_link-field-linked_at = Liée le
authority_link-state-linked = Liée
authority_link-state-unlinked = Lien supprimé
authority_link-action-link = Lier une autorité
authority_link-action-unlink = Supprimer le lien
authority_link-input-linked = Autorité à lier
authority_link-guard-link = Vous ne pouvez lier qu'une autre autorité active de votre propre pays, et une seule fois.

wf-request_coordination = Coordinateur des demandes
request_coordination-party-authority = Autorité coordonnée
request_coordination-party-coordinator = Coordinateur des demandes
request_coordination-field-area = Domaine législatif
request_coordination-field-linked_at = Lié le
request_coordination-state-linked = Lié
request_coordination-state-unlinked = Délié
request_coordination-action-at_access = Lier le coordinateur d'accès
request_coordination-action-link = Lier un coordinateur des demandes
request_coordination-action-unlink = Délier le coordinateur des demandes
request_coordination-input-coordinator = Coordinateur
request_coordination-guard-link = Le coordinateur doit être un coordinateur IMI actif de votre pays, pas encore lié pour ce domaine, et votre autorité doit avoir accès au domaine.
request_coordination-guard-unlink = Votre autorité conserve au moins un coordinateur des demandes dans chaque domaine législatif.
request_coordination-email-linked =
    L'autorité { $authority } a lié votre autorité en tant que son coordinateur des demandes pour le domaine législatif { $area }.
    .subject = Nouvelle autorité coordonnée

mail-footer = Ce courrier électronique a été envoyé automatiquement par le système d'information du marché intérieur (IMI). Merci de ne pas y répondre.

keywords-countries = Pays
keywords-levels = Niveaux
keywords-languages = Langues
