//! Raw file types: exactly what the YAML files of `definitions/` say, with
//! no meaning checked yet. Every struct refuses unknown keys, and every type
//! derives a JSON Schema so that editors can complete and validate the files.
//!
//! [`crate::load`] turns these into the checked model of [`crate::model`].

mod bindings;
pub mod questionnaire;
mod scenario;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use bindings::*;
pub use scenario::*;

/// A list written either as one item or as a YAML sequence: `by: coordinator`
/// or `by: [coordinator, system]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    pub fn items(&self) -> Vec<&str> {
        match self {
            OneOrMany::One(s) => vec![s.as_str()],
            OneOrMany::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }
}

/// `area.yaml`: one package of definitions, normally a legislative area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaFile {
    /// Identifier, also the folder name: `professional-qualifications`.
    pub id: String,
    /// `legislative_area` (the default) or `system` for the workflows that
    /// every area shares (registration, authority and access lifecycles).
    #[serde(default)]
    pub kind: PackageKind,
    /// Translation key of the area's name.
    pub name: String,
    /// The act the area implements: `Directive 2005/36/EC`.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Roles that exist in this area (in a `system` package: roles every area has).
    #[serde(default)]
    pub roles: IndexMap<String, RoleDef>,
    /// Relations a coordinator can have to an authority (`validating`, `request`, …).
    #[serde(default)]
    pub coordinator_relations: IndexMap<String, LabelOnly>,
    /// Settings authorities and coordinators choose for this area.
    #[serde(default)]
    pub settings: IndexMap<String, SettingDef>,
    /// Keyword lists of the area, each in its own file beside `area.yaml`.
    #[serde(default)]
    pub keyword_lists: IndexMap<String, KeywordListDef>,
    /// (`system` packages only) which workflows the application's own
    /// features run on.
    #[serde(default)]
    pub application: Option<ApplicationBindings>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PackageKind {
    #[default]
    LegislativeArea,
    System,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LabelOnly {
    /// Translation key; default `<kind>-<id>`.
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleDef {
    /// Translation key; default `role-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// `area` (held per legislative area, the default) or `authority` (authority-wide).
    #[serde(default)]
    pub scope: RoleScope,
    /// Roles whose rights this role also has (`request_handler` includes `basic_user`).
    #[serde(default)]
    pub includes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoleScope {
    #[default]
    Area,
    Authority,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SettingDef {
    /// Translation key; default `setting-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// Who chooses the value: `authority` or `coordinator`.
    pub chosen_by: ChosenBy,
    /// `bool`, `number`, `string`, `duration`, ….
    #[serde(rename = "type")]
    pub ty: FieldType,
    /// The value when nobody chose one.
    #[schemars(with = "serde_json::Value")]
    pub default: serde_yaml::Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChosenBy {
    Authority,
    Coordinator,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeywordListDef {
    /// Translation key of the list's name; default `keywords-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// File beside `area.yaml` holding the entries (see [`KeywordFile`]).
    pub file: String,
}

/// A keyword list file: entries with a label in every language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeywordFile {
    pub entries: Vec<KeywordEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeywordEntry {
    pub id: String,
    /// Label per language code: `{ en: Architects, et: Arhitektid, … }`.
    pub labels: IndexMap<String, String>,
}

/// Value types of fields, inputs and settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    String,
    Number,
    Bool,
    Date,
    Datetime,
    Time,
    Duration,
    /// A list of strings (area ids, keyword ids, …).
    Strings,
    /// A text per language code: `{ en: Medical council, de: Ärztekammer }`.
    Texts,
    /// Answers to a questionnaire (the field names it: `questionnaire:`),
    /// by question id and choice id.
    Answers,
}

/// `workflows/<id>.yaml`: a state machine over a typed record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorkflowFile {
    /// Identifier, unique across all packages: `registration_request`.
    pub id: String,
    /// Translation key; default `wf-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// The prefix of its other translation keys (`<texts>-state-<state>`,
    /// …; default its id): workflows of several areas that share states
    /// and actions share their texts.
    #[serde(default)]
    pub texts: Option<String>,
    /// Expression giving the legislative area an instance belongs to, for
    /// role checks and settings (default: the package, if it is an area).
    #[serde(default)]
    pub area: Option<String>,
    /// Who takes part: each party is an authority bound to the instance
    /// (`kind: authority`), a coordinator of one (`kind: coordinator`), any
    /// holder of a role (`kind: role`) or someone outside (`kind: outside`).
    /// The party `system` (timers and triggers) always exists.
    #[serde(default)]
    pub parties: IndexMap<String, PartyDef>,
    /// The record: named, typed fields.
    #[serde(default)]
    pub fields: IndexMap<String, FieldDef>,
    pub states: IndexMap<String, StateDef>,
    /// Ways to create an instance (an action with no from-state).
    pub starts: IndexMap<String, ActionDef>,
    #[serde(default)]
    pub actions: IndexMap<String, ActionDef>,
    #[serde(default)]
    pub timers: IndexMap<String, TimerDef>,
    /// Lookup keys: other instances count and find this one by them
    /// (`count(<workflow>.<key>, value)`, `exists(<workflow>.<key>, value)`).
    #[serde(default)]
    pub keys: IndexMap<String, KeyDef>,
    /// When every logged-in user may read the instance's fields that are
    /// not personal data (an active authority's profile). Without it, only
    /// its parties read them; coordinators and linked authorities of a
    /// party see its state, dates, parties and area.
    #[serde(default)]
    pub public: Option<String>,
    /// Blocking of personal data (R-PRIVACY): while `blocked` holds, its
    /// personal data is shown to nobody, except through the `reveal` action
    /// (whose audit record says who asked and why).
    #[serde(default)]
    pub personal_data: Option<PersonalDataDef>,
    /// Coordinators (in `relation`) of a party read the instance's fields
    /// that are not personal data when that party's `setting` (a bool
    /// setting of the area) says so; otherwise only its state and dates.
    #[serde(default)]
    pub coordinators_see_details: Option<CoordinatorDetailsDef>,
    /// What each state awaits, for the users' *My tasks*.
    #[serde(default)]
    pub tasks: Option<TasksDef>,
}

/// An instance is a task of a user when its state awaits a party the user
/// acts for and the user may take one of that party's actions there.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TasksDef {
    /// State → the party (or parties) it awaits.
    pub awaits: IndexMap<String, OneOrMany>,
    /// A `date` field: the task's due date (overdue after it).
    #[serde(default)]
    pub due: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoordinatorDetailsDef {
    pub relation: String,
    pub setting: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonalDataDef {
    /// Expression: the personal data is blocked.
    pub blocked: String,
    /// The action through which a party reaches blocked personal data
    /// (typically with a justification input and a guard on it).
    pub reveal: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyDef {
    pub kind: PartyKind,
    /// Translation key; default `party-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// For `coordinator`: the authority party it coordinates.
    #[serde(default)]
    pub of: Option<String>,
    /// For `coordinator`: the coordinator relation (`request`, `validating`, …).
    #[serde(default)]
    pub relation: Option<String>,
    /// For `role`: the role a user must hold.
    #[serde(default)]
    pub role: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// An authority bound to the instance (when it starts it, or by `assign`).
    Authority,
    /// A coordinator of another party's authority.
    Coordinator,
    /// Any user holding `role`, whatever the authority (e.g. the Commission's
    /// system administrator).
    Role,
    /// Someone without an account (an applicant holding a token).
    Outside,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldDef {
    #[serde(rename = "type")]
    pub ty: FieldType,
    /// Translation key; default `<workflow>-field-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// The field holds personal data: masked in audit trails, erased by `erase: personal_data`.
    /// (In an `answers` field, the questionnaire marks the questions that do.)
    #[serde(default)]
    pub personal_data: bool,
    /// For `type: answers`: the questionnaire (`questionnaires/<id>/`).
    #[serde(default)]
    pub questionnaire: Option<String>,
    /// A string a party writes for the other side to read (a reason, a
    /// question): the writer's language is kept, and a reader in another
    /// language gets a machine translation beside it. Never personal data.
    #[serde(default)]
    pub free_text: bool,
    /// The keyword list whose entry ids the field holds (a `string` or
    /// `strings` field), e.g. `countries`: labelled in the reader's
    /// language and offered as choices; inputs are checked against it.
    /// Looked up in the instance's legislative area (the workflow's
    /// package, for a workflow of one area), then the system packages.
    #[serde(default)]
    pub values: Option<String>,
    /// The value a new instance starts with (default: empty).
    #[serde(default)]
    #[schemars(with = "Option<serde_json::Value>")]
    pub default: Option<serde_yaml::Value>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StateDef {
    /// Translation key; default `<workflow>-state-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// No action leaves this state, on purpose.
    #[serde(default, rename = "final")]
    pub is_final: bool,
}

/// An action (or, under `starts:`, a way to create an instance).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionDef {
    /// Translation key; default `<workflow>-action-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// States the action may be taken in (not allowed under `starts:`).
    #[serde(default)]
    pub from: Option<OneOrMany>,
    /// The state the instance moves to (or use `choose`).
    #[serde(default)]
    pub to: Option<String>,
    /// A computed choice of state: the first branch whose `when` holds; the
    /// last branch has no `when`.
    #[serde(default)]
    pub choose: Option<Vec<Branch>>,
    /// Parties that may take the action.
    pub by: OneOrMany,
    /// The role the acting user must hold.
    #[serde(default)]
    pub role: Option<String>,
    /// What the actor supplies, readable as `input.<name>`.
    #[serde(default)]
    pub inputs: IndexMap<String, InputDef>,
    /// Expression that must hold for the action to be allowed.
    #[serde(default)]
    pub guard: Option<String>,
    /// Translation key of the message shown when the guard refuses.
    #[serde(default)]
    pub guard_message: Option<String>,
    /// What the action does, in order.
    #[serde(default)]
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    #[serde(default)]
    pub when: Option<String>,
    pub to: String,
    /// Effects only this branch has, run after the action's own effects.
    #[serde(default)]
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InputDef {
    #[serde(rename = "type")]
    pub ty: FieldType,
    /// Translation key; default `<workflow>-input-<id>`.
    #[serde(default)]
    pub label: Option<String>,
    /// Must be given (default true).
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub personal_data: bool,
    /// Text a person writes for others to read (a reason, a question, a
    /// justification): a paragraph in forms. Default: as the workflow field
    /// of the same name says (`free_text`). Only for `string` inputs.
    #[serde(default)]
    pub free_text: bool,
    /// The keyword list whose entry ids the input takes (default: as the
    /// workflow field of the same name says, see `FieldDef::values`).
    #[serde(default)]
    pub values: Option<String>,
    /// For `type: answers` (answers to the questionnaire of the field of
    /// the same name, checked together with those it holds): whose
    /// questions they answer, `requester` or `responder`.
    #[serde(default)]
    pub answered_by: Option<questionnaire::AnsweredBy>,
    /// For `type: answers`: whether the answers must be complete (required
    /// questions answered, constraints hold; default true). `false` for a
    /// draft: only answers that cannot be right (unknown question, wrong
    /// type or choice, out of bounds, the other party's) are refused.
    #[serde(default = "yes")]
    pub complete: bool,
}

fn yes() -> bool {
    true
}

/// One effect: exactly one of the keys.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Effect {
    /// Set fields to computed values: `{ saved_on: "now()" }`.
    #[serde(default)]
    pub set: Option<IndexMap<String, String>>,
    /// Start (or restart) timers.
    #[serde(default)]
    pub start: Option<OneOrMany>,
    /// Cancel timers.
    #[serde(default)]
    pub cancel: Option<OneOrMany>,
    /// Queue a message for delivery.
    #[serde(default)]
    pub notify: Option<NotifyDef>,
    /// Bind authority parties to authority ids: `{ responding: "input.authority" }`.
    #[serde(default)]
    pub assign: Option<IndexMap<String, String>>,
    /// Create instances of another workflow (one, or one per item of `for_each`).
    #[serde(default)]
    pub spawn: Option<SpawnDef>,
    /// Take an action, as the system, on the parent or the children.
    #[serde(default)]
    pub trigger: Option<TriggerDef>,
    /// Empty fields: a list of field names, or `personal_data` for every
    /// field marked so.
    #[serde(default)]
    pub erase: Option<OneOrMany>,
    /// Delete the instance for good (its audit trail stays).
    #[serde(default)]
    pub delete: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotifyDef {
    /// Translation key of the message (with a `.subject` attribute).
    pub template: String,
    pub to: Vec<RecipientDef>,
    /// Values the template may use: `{ link: "…" }`.
    #[serde(default)]
    pub params: IndexMap<String, String>,
    /// Only when this holds (an expression; default: always).
    #[serde(default)]
    pub when: Option<String>,
}

/// A recipient: an e-mail address (`email: <expr>`), a party's authority
/// (its general address, or with `role` its users holding that role), or
/// one user (`user: <expr>`, a user id: the account's address and language).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecipientDef {
    #[serde(default)]
    pub email: Option<String>,
    /// With `email`: the language code to write in (`language`); without
    /// it, the mail writer uses its default language.
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub party: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub user: Option<String>,
    /// With `party` (and `value`): the party of every instance a lookup key
    /// finds (`request_coordination.of_area`), e.g. every request
    /// coordinator of an authority in the area.
    #[serde(default)]
    pub found_by: Option<String>,
    /// With `found_by`: the key's value to look for (an expression).
    #[serde(default)]
    pub value: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpawnDef {
    pub workflow: String,
    /// Which of its `starts` (may be left out when it has only one).
    #[serde(default)]
    pub start: Option<String>,
    /// One child per item of this list; the item is `item` in the other expressions.
    #[serde(default)]
    pub for_each: Option<String>,
    /// Parties of the child: party name → authority id expression.
    #[serde(default)]
    pub parties: IndexMap<String, String>,
    /// Inputs of the child's start: input name → expression.
    #[serde(default)]
    pub inputs: IndexMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TriggerDef {
    /// `parent` or `children`.
    pub target: TriggerTarget,
    /// With `children`: only children of this workflow.
    #[serde(default)]
    pub workflow: Option<String>,
    pub action: String,
    /// Inputs of the triggered action: name → expression.
    #[serde(default)]
    pub inputs: IndexMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TriggerTarget {
    Parent,
    Children,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TimerDef {
    /// Expression giving the due datetime, computed when the timer starts.
    pub at: String,
    /// The action the system takes when the timer is due.
    pub fires: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyDef {
    /// Expression giving the key's value for an instance.
    pub value: String,
    /// The instance has the key only while this holds (default: always).
    #[serde(default)]
    pub when: Option<String>,
}

/// `calendars/<country>.yaml`: working days of one country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CalendarFile {
    /// Country code (EEA, `EL` for Greece).
    pub id: String,
    /// IANA time zone: `Europe/Tallinn`.
    pub timezone: String,
    /// Days of the week that are not working days.
    pub weekend: Vec<Weekday>,
    pub holidays: Vec<Holiday>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub date: chrono::NaiveDate,
    #[serde(default)]
    pub note: Option<String>,
}

/// `translations/languages.yaml`: the languages every text must exist in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LanguagesFile {
    /// Code → the language's own name: `{ et: eesti, fi: suomi, … }`.
    pub languages: IndexMap<String, String>,
}
