# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Attribution des demandes entrantes aux gestionnaires de demandes
setting-approve_requests = Le coordinateur des demandes approuve les demandes avant leur envoi
setting-approve_replies = Le coordinateur des demandes approuve les réponses avant leur envoi
setting-referral_participation = Participe aux saisines en tant que coordinateur des demandes
setting-coordinator_sees_details = Les coordinateurs des demandes peuvent voir le détail des demandes (jamais les données à caractère personnel)

wf-pq_request = Demande d'informations – qualifications professionnelles
request-party-requester = Autorité requérante
request-party-responder = Autorité répondante
request-party-requester_coordinators = Coordinateurs des demandes de l'autorité requérante
request-party-responder_coordinators = Coordinateurs des demandes de l'autorité répondante
request-party-requester_coordinator = Saisine : coordinateur de l'autorité requérante
request-party-responder_coordinator = Saisine : coordinateur de l'autorité répondante

request-field-answers = Questions et réponses
request-field-proposed_deadline = Date limite proposée
request-field-deadline = Date limite convenue
request-field-handler = Attribuée à
request-field-reason = Motif
request-field-further_question = Informations complémentaires demandées
request-field-overdue = En retard
request-field-rating_timeliness = Évaluation : rapidité
request-field-rating_effort = Évaluation : effort fourni
request-field-sent_at = Envoyée le
request-field-accepted_at = Acceptée le
request-field-replied_at = Réponse donnée le
request-field-closed_at = Clôturée le
request-input-responder = Autorité répondante
request-input-to = Transmettre à
request-input-requester_coordinator = Coordinateur de l'autorité requérante
request-input-responder_coordinator = Coordinateur de l'autorité répondante

request-state-draft = Projet
request-state-awaiting_approval = En attente d'approbation par le coordinateur
request-state-awaiting_acceptance = En attente d'acceptation
request-state-accepted = Acceptée, réponse en cours
request-state-reply_awaiting_approval = Réponse en attente d'approbation par le coordinateur
request-state-replied = Réponse donnée
request-state-further_information_requested = Informations complémentaires demandées
request-state-cannot_provide = Informations complémentaires impossibles à fournir
request-state-referred = Coordinateurs saisis
request-state-closed = Clôturée
request-state-withdrawn = Retirée
request-state-deleted = Supprimée

request-action-create = Nouvelle demande
request-action-save = Sauvegarder le projet
request-action-delete_draft = Supprimer le projet
request-action-send = Envoyer
request-action-approve_request = Approuver la demande
request-action-return_request = Renvoyer la demande
request-action-allocate = Attribuer à un gestionnaire de demandes
request-action-accept = Accepter
request-action-forward = Transmettre à une autre autorité
request-action-reply = Répondre
request-action-approve_reply = Approuver la réponse
request-action-return_reply = Renvoyer la réponse
request-action-ask_further_information = Demander des informations complémentaires
request-action-provide_further_information = Fournir des informations complémentaires
request-action-cannot_provide = Impossible de fournir des informations complémentaires
request-action-refer = Saisir les coordinateurs
request-action-requester_coordinator_opts_out = Ne pas participer à la saisine
request-action-responder_coordinator_opts_out = Ne pas participer à la saisine
request-action-delegate_referral = Déléguer à un gestionnaire de demandes
request-action-conclude_referral = Clore la saisine
request-action-close = Accepter la réponse et clôturer
request-action-withdraw = Retirer
request-action-remind = Rappel avant la date limite
request-action-notice_overdue = Date limite dépassée

pq_request-guard-create = Les deux autorités doivent avoir accès aux qualifications professionnelles, et l'autorité répondante doit être une autre autorité.
request-guard-deadline = La date limite doit être une date future.
request-guard-allocation = Votre autorité n'attribue pas les demandes entrantes.
pq_request-guard-forward = Transmettez uniquement à une autre autorité ayant accès aux qualifications professionnelles.
pq_request-guard-refer = Choisissez un coordinateur des demandes de chaque autorité pour les qualifications professionnelles.
request-guard-rating = Évaluez la rapidité et l'effort fourni de 1 à 5.

pq_request-email-incoming =
    Votre autorité a reçu une demande d'informations concernant des qualifications professionnelles (demande { $request }).
    L'autorité requérante demande une réponse au plus tard le { $deadline }.

    Ouvrez la demande dans l'IMI pour l'accepter ou pour proposer une autre date limite.
    .subject = Nouvelle demande d'informations (qualifications professionnelles)
pq_request-email-approval-needed =
    Une demande d'informations concernant des qualifications professionnelles (demande { $request }) attend votre approbation avant d'être envoyée.
    .subject = Une demande attend votre approbation
request-email-returned =
    La demande { $request } vous a été renvoyée : { $reason }
    .subject = Une demande vous a été renvoyée
pq_request-email-allocated =
    La demande { $request } (qualifications professionnelles) vous a été attribuée.
    .subject = Une demande vous a été attribuée
request-email-accepted =
    Votre demande { $request } a été acceptée. L'autorité répondante répondra au plus tard le { $deadline }.
    .subject = Votre demande a été acceptée
request-email-forwarded =
    Votre demande { $request } a été transmise à une autre autorité ({ $to }), qui doit maintenant l'accepter.
    .subject = Votre demande a été transmise
request-email-replied =
    Votre demande { $request } a reçu une réponse. Ouvrez-la dans l'IMI pour lire la réponse.
    .subject = Votre demande a reçu une réponse
request-email-further-information =
    L'autorité requérante demande des informations complémentaires sur la demande { $request }.
    .subject = Informations complémentaires demandées
request-email-cannot-provide =
    L'autorité répondante ne peut pas fournir les informations complémentaires demandées sur la demande { $request } : { $reason }
    .subject = Les informations complémentaires ne peuvent pas être fournies
request-email-referred =
    Vous avez été saisi de la demande { $request } en tant que coordinateur des demandes. Vous participez à la saisine, sauf si vous choisissez de ne pas y participer.
    .subject = Vous avez été saisi d'une demande
request-email-referral-delegated =
    Votre coordinateur vous a confié la saisine relative à la demande { $request }.
    .subject = Une saisine vous a été déléguée
request-email-closed =
    La demande { $request } a été clôturée par l'autorité requérante.
    .subject = Une demande a été clôturée
request-email-withdrawn =
    La demande { $request } a été retirée par l'autorité requérante : { $reason }
    .subject = Une demande a été retirée
request-email-reminder =
    La réponse à la demande { $request } est attendue au plus tard le { $deadline }.
    .subject = Rappel : la date limite d'une demande approche
request-email-overdue =
    La date limite de la demande { $request } ({ $deadline }) est dépassée sans qu'une réponse ait été donnée.
    .subject = Une demande est en retard

wf-services_request = Demande d'informations – services
services_request-guard-create = Les deux autorités doivent avoir accès aux services, et l'autorité répondante doit être une autre autorité.
services_request-guard-forward = Transmettez uniquement à une autre autorité ayant accès aux services.
services_request-guard-refer = Choisissez un coordinateur des demandes de chaque autorité pour les services.
services_request-email-incoming =
    Votre autorité a reçu une demande d'informations concernant un prestataire (demande { $request }).
    L'autorité requérante demande une réponse au plus tard le { $deadline }.

    Ouvrez la demande dans l'IMI pour l'accepter ou pour proposer une autre date limite.
    .subject = Nouvelle demande d'informations (services)
services_request-email-approval-needed =
    Une demande d'informations concernant un prestataire (demande { $request }) attend votre approbation avant d'être envoyée.
    .subject = Une demande attend votre approbation
services_request-email-allocated =
    La demande { $request } (services) vous a été attribuée.
    .subject = Une demande vous a été attribuée

request-field-personal_data_blocked = Données à caractère personnel verrouillées
request-action-block_personal_data = Verrouiller les données à caractère personnel
request-action-consult_personal_data = Consulter les données à caractère personnel verrouillées
request-action-purge = Supprimer définitivement
request-input-justification = Justification
request-guard-justification = Les données à caractère personnel sont verrouillées six mois après la clôture ; pour les consulter, indiquez une justification d'au moins 20 caractères.
