//! The `application` section of a system package: how the application's
//! own features (login, directory, search) reach workflows, so that no
//! workflow, action or field name is written in its code.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How the application's built-in features reach workflows, so that no
/// workflow or action name is written in its code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationBindings {
    #[serde(default)]
    pub accounts: Option<AccountsBinding>,
    #[serde(default)]
    pub directory: Option<DirectoryBinding>,
    #[serde(default)]
    pub search: Option<SearchBinding>,
    #[serde(default)]
    pub statistics: Option<StatisticsBinding>,
    #[serde(default)]
    pub checklist: Option<ChecklistBinding>,
    /// Lists of records shown to an authority's users, by id.
    #[serde(default)]
    pub lists: IndexMap<String, ListDef>,
}

/// A list of the records an authority takes part in (its links, its
/// request coordinators, the requests awaiting its approval, …), shown to
/// its users in a group of lists (a page). Its title is the text
/// `list-<id>`; a group's is `list-group-<group>`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ListDef {
    /// The group (page) it is shown in, e.g. `my_authority`, `coordination`.
    pub group: String,
    /// The workflows whose instances are listed.
    pub workflows: Vec<String>,
    /// The parties the reader's authority is (any of them): authority
    /// parties bound to it, or coordinator parties it coordinates.
    pub parties: Vec<String>,
    /// Only instances in these states (every state when empty).
    #[serde(default)]
    pub states: Vec<String>,
    /// The fields and parties shown per record, in order.
    #[serde(default)]
    pub columns: Vec<String>,
    /// A start offered with the list (one workflow only), e.g. `link`.
    #[serde(default)]
    pub start: Option<String>,
}

/// A checklist shown on a record (R-SETUP: the first user's steps on the
/// authority): steps in order, each with its text `checklist-<id>` and,
/// when the data can tell, `done`: a condition on the record (the
/// workflow's fields, parties and lookups). A step without `done` is
/// checked by the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistBinding {
    pub workflow: String,
    pub steps: IndexMap<String, ChecklistStepDef>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChecklistStepDef {
    #[serde(default)]
    pub done: Option<String>,
}

/// The indicators computed over exchanges (R-FACTS), per authority, country
/// and legislative area: each is the share of the exchanges where something
/// holds, or the average of a number, among the exchanges it counts; bands
/// say what is green and what is red (yellow between).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatisticsBinding {
    /// The workflows whose instances are the exchanges.
    pub workflows: Vec<String>,
    /// The authority party the indicators are about (e.g. `responder`).
    pub party: String,
    /// By id; the label is the text `indicator-<id>`.
    pub indicators: IndexMap<String, IndicatorDef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorDef {
    /// Which exchanges count (an expression on the instance).
    pub of: String,
    /// The share, in percent, of those where this holds …
    #[serde(default)]
    pub share: Option<String>,
    /// … or the average of this number over them.
    #[serde(default)]
    pub average: Option<String>,
    /// Expressions on `value` (the share or the average): green when
    /// `green` holds, red when `red` holds, yellow otherwise.
    pub green: String,
    pub red: String,
}

/// What the authority search indexes of the directory's authorities (the
/// instances of `directory.authorities`; found by every user while their
/// workflow's `public` holds) and of their area settings (`directory.settings`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SearchBinding {
    /// `texts` field: the informal name per language.
    pub names: String,
    /// `texts` field: the description per language.
    pub descriptions: String,
    /// `string` fields shown and searched as they are.
    pub official_name: String,
    pub level: String,
    /// A keyword list (of any package) whose entry ids are country codes:
    /// the country's name in every language is searched too.
    #[serde(default)]
    pub country_names: Option<String>,
    /// `strings` fields of the authority holding keyword ids; each is
    /// labelled from the keyword list of the same name.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// `strings` fields of an area-settings instance holding keyword ids;
    /// each is labelled from that area's keyword list of the same name.
    #[serde(default)]
    pub area_keywords: Vec<String>,
}

/// Where the engine finds what it knows about authorities: which workflow
/// instances are authorities, and which lookup keys hold coordinator
/// relations, links and per-area settings. Each key's values are lists of
/// authority ids (and an area id), in the order given below.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DirectoryBinding {
    /// One instance per authority, found by a key whose value is its id.
    pub authorities: AuthoritiesBinding,
    /// Per coordinator relation (of `coordinator_relations`): a key whose
    /// values are `[coordinator, authority]` (every area) or
    /// `[coordinator, authority, area]`.
    #[serde(default)]
    pub relations: IndexMap<String, KeyRef>,
    /// Linked authorities: a key whose values are `[authority, authority]`
    /// (a link works both ways).
    #[serde(default)]
    pub links: Option<KeyRef>,
    /// Per-area settings: the fields of the instance whose key value is
    /// `[authority, area]`, named as the area's settings.
    #[serde(default)]
    pub settings: Option<KeyRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthoritiesBinding {
    pub workflow: String,
    /// Lookup key whose value is the authority id.
    pub key: String,
    /// The `string` field holding the country code.
    pub country: String,
    /// The field holding the general e-mail (notifications to the authority).
    #[serde(default)]
    pub email: Option<String>,
    /// The field holding the languages it works in (the first is written in).
    #[serde(default)]
    pub language: Option<String>,
}

/// A lookup key of a workflow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyRef {
    pub workflow: String,
    pub key: String,
}

/// The user-account workflow the login runs on. The application takes the
/// three actions (as `application`) after checking credentials; which of
/// them it may take tells whether the account must choose its credentials,
/// is active, or is blocked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountsBinding {
    pub workflow: String,
    /// Lookup key whose value is the lower-cased user id.
    pub key: String,
    pub first_login: String,
    pub login_succeeded: String,
    pub login_failed: String,
    /// The start a local data administrator registers a user with.
    pub register: String,
    /// Its input that receives the generated user id.
    pub user_id_input: String,
    /// Its input that receives the generated temporary password.
    pub password_input: String,
    /// The account's authority party: the user's authority.
    pub authority_party: String,
    /// The account's field listing its roles (`role` or `role@area`).
    pub roles_field: String,
    /// Actions that issue a new temporary password (their input
    /// `password_input` receives it); the first the caller may take is taken.
    #[serde(default)]
    pub resets: Vec<String>,
    /// Lookup key whose value is the authority id of the accounts that
    /// receive notifications sent to the authority's users with a role.
    #[serde(default)]
    pub by_authority: Option<String>,
    /// The field holding the account's individual e-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// The field holding the account's preferred language.
    #[serde(default)]
    pub language: Option<String>,
    /// The fields holding the user id and the user's name (shown in
    /// lists of users).
    #[serde(default)]
    pub user_id: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
}
