# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Système d'information du marché intérieur
web-skip-to-content = Aller au contenu
web-nav-label = Menu principal
web-nav-tasks = Mes tâches
web-nav-search = Rechercher une autorité
web-logout = Se déconnecter
web-language = Langue
web-language-apply = Changer
web-yes = Oui
web-no = Non

web-login-title = Connexion
web-login-user-id = Identifiant d'utilisateur
web-login-password = Mot de passe
web-login-next = Continuer
web-login-submit = Se connecter
web-login-wrong = L'identifiant d'utilisateur, le mot de passe ou les caractères du code de sécurité sont erronés.
web-login-blocked = Votre compte est bloqué après cinq saisies erronées. L'administrateur local des données de votre autorité peut vous attribuer un nouveau mot de passe temporaire.
web-login-too-many = Trop de tentatives de connexion depuis cette adresse. Attendez une minute et réessayez.
web-login-expired = Cette étape de connexion a expiré. Recommencez.
web-code-title = Code de sécurité
web-code-intro = Saisissez les caractères de votre code de sécurité aux positions demandées.
web-code-character = Caractère { $position } de votre code de sécurité
web-first-title = Choisissez votre mot de passe et votre code de sécurité
web-first-intro = Il s'agit de votre première connexion (ou votre mot de passe a été réinitialisé) : choisissez un mot de passe et un code de sécurité de 12 caractères. À chaque connexion, trois de ses caractères vous seront demandés.
web-first-password = Nouveau mot de passe
web-first-password-again = Confirmez le nouveau mot de passe
web-first-security-code = Code de sécurité (12 caractères)
web-first-security-code-hint = Lettres et chiffres ; gardez-le secret, comme le mot de passe.
web-first-mismatch = Les deux mots de passe ne sont pas identiques.

web-tasks-title = Mes tâches
web-tasks-count =
    { $count ->
        [one] { $count } tâche vous attend
       *[other] { $count } tâches vous attendent
    }
web-tasks-none = Aucune tâche ne vous attend pour le moment.
web-tasks-what = Demande
web-tasks-state = Statut
web-tasks-due = Date limite
web-tasks-overdue = en retard

web-search-title = Rechercher une autorité
web-search-query = Que fait l'autorité ? (dans n'importe quelle langue)
web-search-country = Pays
web-search-country-hint = Code à deux lettres, p. ex. PT
web-search-area = Domaine législatif
web-search-level = Niveau
web-search-any = Tous
web-search-submit = Rechercher
web-search-found =
    { $count ->
        [0] Aucune autorité trouvée
        [one] { $count } autorité trouvée
       *[other] { $count } autorités trouvées
    }

web-authority-title = Autorité

web-request-title = Demande
web-request-parties = Parties et détails
web-request-actions = Actions possibles
web-request-timeline = Historique
web-timeline-system = IMI (automatique)
web-machine-translation = Traduction automatique (langue d'origine : { $language })
web-untranslated = Langue d'origine : { $language } ; aucune traduction automatique n'est disponible
web-personal-data = Données à caractère personnel : visibles uniquement par les parties à l'échange
web-personal-data-mark = données à caractère personnel

web-error-title = Une erreur s'est produite
web-error-not-found = Cette page n'existe pas, ou vous n'êtes pas autorisé à la consulter.
web-error-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
web-error-home = Aller à la page d'accueil
