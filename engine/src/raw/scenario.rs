//! Raw types of scenario files (`scenarios/*.yaml` beside an area's
//! definitions): how policy owners test a workflow without Rust.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A scenario: a small world, then steps that act and expect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// What the scenario shows, in a sentence.
    pub name: String,
    /// The simulated clock at the start: `2026-03-02T08:00:00Z`.
    pub start: String,
    /// Authorities, users and coordinator relations that exist.
    #[serde(default)]
    pub world: WorldDef,
    pub steps: Vec<StepDef>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct WorldDef {
    #[serde(default)]
    pub authorities: IndexMap<String, AuthorityDef>,
    #[serde(default)]
    pub users: IndexMap<String, UserDef>,
    #[serde(default)]
    pub coordinators: Vec<CoordinatorDef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AuthorityDef {
    pub country: String,
    /// Chosen settings per area: `{ services: { allocation: true } }`.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, IndexMap<String, serde_json::Value>>")]
    pub settings: IndexMap<String, IndexMap<String, serde_yaml::Value>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UserDef {
    pub authority: String,
    /// Roles held: `local_data_administrator` (every area) or
    /// `request_handler@services` (one area).
    #[serde(default)]
    pub roles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoordinatorDef {
    pub coordinator: String,
    pub of: String,
    pub relation: String,
    /// Only for this area (default: every area).
    #[serde(default)]
    pub area: Option<String>,
}

/// One step: exactly one of `start`, `act`, `advance`, `advance_to`; then
/// what is expected.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StepDef {
    /// A remark for the reader.
    #[serde(default)]
    pub note: Option<String>,
    /// Create an instance of this workflow.
    #[serde(default)]
    pub start: Option<String>,
    /// Which of the workflow's `starts` (may be left out when it has one).
    #[serde(default)]
    pub via: Option<String>,
    /// Name for the new instance, to refer to it with `on:` later.
    #[serde(default)]
    pub name: Option<String>,
    /// Take this action.
    #[serde(default)]
    pub act: Option<String>,
    /// On this instance: a name given at `start`, or `<name>/<workflow>` for
    /// its latest child of that workflow (default: the instance of the
    /// previous step).
    #[serde(default)]
    pub on: Option<String>,
    /// Who acts: a user of the world, `system` or `outside`.
    #[serde(default, rename = "as")]
    pub actor: Option<String>,
    /// Inputs; a value `=expr` is computed on the instance (e.g. `=token`),
    /// a value `$name` is one kept with `remember`.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, serde_json::Value>")]
    pub inputs: IndexMap<String, serde_yaml::Value>,
    /// Move the clock forward by a duration (`1d`, `36h`), firing timers on the way.
    #[serde(default)]
    pub advance: Option<String>,
    /// Move the clock forward to a datetime, firing timers on the way.
    #[serde(default)]
    pub advance_to: Option<String>,
    /// The action must be refused with this reason: `wrong_state`,
    /// `wrong_party`, `missing_role`, `invalid_input`, `guard_false`, …
    #[serde(default)]
    pub refused: Option<String>,
    #[serde(default)]
    pub expect: Option<ExpectDef>,
    /// After the step, keep values computed on the instance, to use later
    /// as `$name` in inputs or expected fields: `{ old_token: token }`.
    #[serde(default)]
    pub remember: IndexMap<String, String>,
    /// After the step, name instances, e.g. a spawned child:
    /// `{ auth: r1/authority }`; later steps say `on: auth`.
    #[serde(default)]
    pub names: IndexMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpectDef {
    /// Which instance (default: the step's).
    #[serde(default)]
    pub on: Option<String>,
    #[serde(default)]
    pub state: Option<String>,
    /// Field values, written as in definitions; `null` for empty.
    #[serde(default)]
    #[schemars(with = "IndexMap<String, serde_json::Value>")]
    pub fields: IndexMap<String, serde_yaml::Value>,
    /// Authority bound to each party.
    #[serde(default)]
    pub parties: IndexMap<String, String>,
    /// Due time of each timer, or `null` for a timer that is not running.
    #[serde(default)]
    pub timers: IndexMap<String, Option<String>>,
    /// Messages queued during this step (all of them, in any order).
    #[serde(default)]
    pub notified: Option<Vec<NotifiedDef>>,
    /// The instance no longer exists.
    #[serde(default)]
    pub deleted: Option<bool>,
    /// Actions each actor may take now (exactly these).
    #[serde(default)]
    pub actions: IndexMap<String, Vec<String>>,
    /// Each user's *My tasks* now: the names of the instances (exactly these).
    #[serde(default)]
    pub tasks: IndexMap<String, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotifiedDef {
    pub template: String,
    /// An e-mail address or an authority id (optional).
    #[serde(default)]
    pub to: Option<String>,
}
