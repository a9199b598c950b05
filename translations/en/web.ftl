# The web application's own texts (web/templates). Workflow, state, action
# and field names come from the definitions' texts.

web-brand = IMI – Internal Market Information System
web-skip-to-content = Skip to the content
web-nav-label = Main menu
web-nav-tasks = My tasks
web-nav-search = Find an authority
web-logout = Log out
web-language = Language
web-language-apply = Change
web-yes = Yes
web-no = No

web-login-title = Log in
web-login-user-id = User ID
web-login-password = Password
web-login-next = Continue
web-login-submit = Log in
web-login-wrong = The user ID, the password or the characters of the security code are wrong.
web-login-blocked = Your account is blocked after five wrong entries. Your local data administrator can issue a new temporary password.
web-login-too-many = Too many login attempts from this address. Wait a minute and try again.
web-login-expired = This login step has expired. Start again.
web-code-title = Security code
web-code-intro = Type the characters of your security code at the positions asked.
web-code-character = Character { $position } of your security code
web-first-title = Choose your password and security code
web-first-intro = This is your first login (or your password was reset): choose a password and a security code of 12 characters. At each login you will be asked for three of its characters.
web-first-password = New password
web-first-password-again = New password again
web-first-security-code = Security code (12 characters)
web-first-security-code-hint = Letters and digits; keep it secret, like the password.
web-first-mismatch = The two passwords are not the same.

web-tasks-title = My tasks
web-tasks-count =
    { $count ->
        [one] One task awaits you
       *[other] { $count } tasks await you
    }
web-tasks-none = Nothing awaits you now.
web-tasks-what = Request
web-tasks-state = Status
web-tasks-due = Deadline
web-tasks-overdue = overdue

web-search-title = Find an authority
web-search-query = What does the authority do? (in any language)
web-search-country = Country
web-search-country-hint = Two-letter code, e.g. PT
web-search-area = Legislative area
web-search-level = Level
web-search-any = Any
web-search-submit = Search
web-search-found =
    { $count ->
        [0] No authority found
        [one] One authority found
       *[other] { $count } authorities found
    }

web-authority-title = Authority

web-request-title = Request
web-request-parties = Parties and details
web-request-actions = What you can do
web-request-timeline = Timeline
web-timeline-system = IMI (automatic)
web-machine-translation = Machine translation from { $language }
web-untranslated = Written in { $language }; no machine translation is available
web-personal-data = Personal data: shown only to the parties of the exchange
web-personal-data-mark = personal data

web-error-title = Something went wrong
web-error-not-found = This page does not exist, or you may not see it.
web-error-csrf = This form has expired or did not come from this site. Go back, reload the page and try again.
web-error-home = Go to the start page
