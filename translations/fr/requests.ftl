# Requests for information (R-REQ): the professional qualifications request
# workflow, its e-mails, and the area settings requests depend on.

setting-allocation = Attribution des demandes entrantes aux gestionnaires de demandes
setting-approve_requests = Le coordinateur des demandes approuve les demandes avant leur envoi
setting-approve_replies = Le coordinateur des demandes approuve les réponses avant leur envoi
setting-referral_participation = Participe aux saisines en tant que coordinateur des demandes
setting-coordinator_sees_details = Les coordinateurs des demandes peuvent voir le détail des demandes (jamais les données à caractère personnel)

wf-pq_request = Demande d'informations – qualifications professionnelles
pq_request-party-requester = Autorité requérante
pq_request-party-responder = Autorité répondante
pq_request-party-requester_coordinators = Coordinateurs des demandes de l'autorité requérante
pq_request-party-responder_coordinators = Coordinateurs des demandes de l'autorité répondante
pq_request-party-requester_coordinator = Saisine : coordinateur de l'autorité requérante
pq_request-party-responder_coordinator = Saisine : coordinateur de l'autorité répondante

pq_request-field-answers = Questions et réponses
pq_request-field-proposed_deadline = Date limite proposée
pq_request-field-deadline = Date limite convenue
pq_request-field-handler = Attribuée à
pq_request-field-reason = Motif
pq_request-field-further_question = Informations complémentaires demandées
pq_request-field-overdue = En retard
pq_request-field-rating_timeliness = Évaluation : rapidité
pq_request-field-rating_effort = Évaluation : effort fourni
pq_request-field-sent_at = Envoyée le
pq_request-field-accepted_at = Acceptée le
pq_request-field-replied_at = Réponse donnée le
pq_request-field-closed_at = Clôturée le
pq_request-input-responder = Autorité répondante
pq_request-input-to = Transmettre à
pq_request-input-requester_coordinator = Coordinateur de l'autorité requérante
pq_request-input-responder_coordinator = Coordinateur de l'autorité répondante

pq_request-state-draft = Projet
pq_request-state-awaiting_approval = En attente d'approbation par le coordinateur
pq_request-state-awaiting_acceptance = En attente d'acceptation
pq_request-state-accepted = Acceptée, réponse en cours
pq_request-state-reply_awaiting_approval = Réponse en attente d'approbation par le coordinateur
pq_request-state-replied = Réponse donnée
pq_request-state-further_information_requested = Informations complémentaires demandées
pq_request-state-cannot_provide = Informations complémentaires impossibles à fournir
pq_request-state-referred = Coordinateurs saisis
pq_request-state-closed = Clôturée
pq_request-state-withdrawn = Retirée
pq_request-state-deleted = Supprimée

pq_request-action-create = Nouvelle demande
pq_request-action-save = Sauvegarder le projet
pq_request-action-delete_draft = Supprimer le projet
pq_request-action-send = Envoyer
pq_request-action-approve_request = Approuver la demande
pq_request-action-return_request = Renvoyer la demande
pq_request-action-allocate = Attribuer à un gestionnaire de demandes
pq_request-action-accept = Accepter
pq_request-action-forward = Transmettre à une autre autorité
pq_request-action-reply = Répondre
pq_request-action-approve_reply = Approuver la réponse
pq_request-action-return_reply = Renvoyer la réponse
pq_request-action-ask_further_information = Demander des informations complémentaires
pq_request-action-provide_further_information = Fournir des informations complémentaires
pq_request-action-cannot_provide = Impossible de fournir des informations complémentaires
pq_request-action-refer = Saisir les coordinateurs
pq_request-action-requester_coordinator_opts_out = Ne pas participer à la saisine
pq_request-action-responder_coordinator_opts_out = Ne pas participer à la saisine
pq_request-action-delegate_referral = Déléguer à un gestionnaire de demandes
pq_request-action-conclude_referral = Clore la saisine
pq_request-action-close = Accepter la réponse et clôturer
pq_request-action-withdraw = Retirer
pq_request-action-remind = Rappel avant la date limite
pq_request-action-notice_overdue = Date limite dépassée

pq_request-guard-create = Les deux autorités doivent avoir accès aux qualifications professionnelles, et l'autorité répondante doit être une autre autorité.
pq_request-guard-deadline = La date limite doit être une date future.
pq_request-guard-allocation = Votre autorité n'attribue pas les demandes entrantes.
pq_request-guard-forward = Transmettez uniquement à une autre autorité ayant accès aux qualifications professionnelles.
pq_request-guard-refer = Choisissez un coordinateur des demandes de chaque autorité pour les qualifications professionnelles.
pq_request-guard-rating = Évaluez la rapidité et l'effort fourni de 1 à 5.

pq_request-email-incoming =
    Votre autorité a reçu une demande d'informations concernant des qualifications professionnelles (demande { $request }).
    L'autorité requérante demande une réponse au plus tard le { $deadline }.

    Ouvrez la demande dans l'IMI pour l'accepter ou pour proposer une autre date limite.
    .subject = Nouvelle demande d'informations (qualifications professionnelles)
pq_request-email-approval-needed =
    Une demande d'informations concernant des qualifications professionnelles (demande { $request }) attend votre approbation avant d'être envoyée.
    .subject = Une demande attend votre approbation
pq_request-email-returned =
    La demande { $request } vous a été renvoyée : { $reason }
    .subject = Une demande vous a été renvoyée
pq_request-email-allocated =
    La demande { $request } (qualifications professionnelles) vous a été attribuée.
    .subject = Une demande vous a été attribuée
pq_request-email-accepted =
    Votre demande { $request } a été acceptée. L'autorité répondante répondra au plus tard le { $deadline }.
    .subject = Votre demande a été acceptée
pq_request-email-forwarded =
    Votre demande { $request } a été transmise à une autre autorité ({ $to }), qui doit maintenant l'accepter.
    .subject = Votre demande a été transmise
pq_request-email-replied =
    Votre demande { $request } a reçu une réponse. Ouvrez-la dans l'IMI pour lire la réponse.
    .subject = Votre demande a reçu une réponse
pq_request-email-further-information =
    L'autorité requérante demande des informations complémentaires sur la demande { $request }.
    .subject = Informations complémentaires demandées
pq_request-email-cannot-provide =
    L'autorité répondante ne peut pas fournir les informations complémentaires demandées sur la demande { $request } : { $reason }
    .subject = Les informations complémentaires ne peuvent pas être fournies
pq_request-email-referred =
    Vous avez été saisi de la demande { $request } en tant que coordinateur des demandes. Vous participez à la saisine, sauf si vous choisissez de ne pas y participer.
    .subject = Vous avez été saisi d'une demande
pq_request-email-referral-delegated =
    Votre coordinateur vous a confié la saisine relative à la demande { $request }.
    .subject = Une saisine vous a été déléguée
pq_request-email-closed =
    La demande { $request } a été clôturée par l'autorité requérante.
    .subject = Une demande a été clôturée
pq_request-email-withdrawn =
    La demande { $request } a été retirée par l'autorité requérante : { $reason }
    .subject = Une demande a été retirée
pq_request-email-reminder =
    La réponse à la demande { $request } est attendue au plus tard le { $deadline }.
    .subject = Rappel : la date limite d'une demande approche
pq_request-email-overdue =
    La date limite de la demande { $request } ({ $deadline }) est dépassée sans qu'une réponse ait été donnée.
    .subject = Une demande est en retard
