# The web application: the list of my authority's requests.

web-nav-requests = Requests
web-requests-title = Requests of my authority
web-requests-as = My authority is
web-requests-state = Status
web-requests-all = All
web-requests-filter = Filter
web-requests-updated = Last change
web-requests-none = No request matches.
web-requests-count =
    { $count ->
        [one] One request
       *[other] { $count } requests
    }

# The pages of the definitions' lists (links, coordinators, approval queue, …).
web-lists-title = Lists
web-lists-actions = Actions
web-lists-none = None yet.
