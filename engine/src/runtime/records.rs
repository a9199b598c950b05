//! What the engine stores and returns: instances, audit records, queued
//! notifications, and the typed refusal of an action.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use imi_expr::Value;
use serde::{Deserialize, Serialize};

use super::world::Actor;

pub type InstanceId = u64;

/// One running (or finished) workflow instance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Instance {
    pub id: InstanceId,
    pub workflow: String,
    /// The definition version it started on and keeps.
    pub version: String,
    pub state: String,
    pub fields: BTreeMap<String, Value>,
    /// Authority bound to each authority party.
    pub parties: BTreeMap<String, String>,
    /// Due time of each running timer.
    pub timers: BTreeMap<String, DateTime<Utc>>,
    /// Current value of each lookup key it has.
    pub keys: BTreeMap<String, Value>,
    pub parent: Option<InstanceId>,
    pub children: Vec<(String, InstanceId)>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Number of audit records (the next record's sequence number).
    pub audit_len: u64,
}

/// One line of an instance's audit trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub actor: Actor,
    pub action: String,
    /// `None` for a start.
    pub from: Option<String>,
    pub to: String,
    pub inputs: BTreeMap<String, Value>,
    /// The values the guard read (personal data masked).
    pub guard_saw: BTreeMap<String, Value>,
    pub version: String,
    /// Timer that fired the action, or instance that triggered it.
    pub cause: Option<String>,
}

/// Where a message goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Recipient {
    Email {
        address: String,
        /// The language to write in, when the definition says.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
    },
    /// The authority's general address, or its users holding `role`.
    Authority {
        authority: String,
        role: Option<String>,
    },
    /// One user's account, by user id.
    User { user: String },
}

impl std::fmt::Display for Recipient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Recipient::Email { address, .. } => f.write_str(address),
            Recipient::Authority {
                authority,
                role: None,
            } => f.write_str(authority),
            Recipient::Authority {
                authority,
                role: Some(r),
            } => write!(f, "{authority}/{r}"),
            Recipient::User { user } => write!(f, "user {user}"),
        }
    }
}

/// A message queued in the durable outbox, for a delivery worker to render
/// (in each recipient's language) and send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub id: u64,
    pub instance: InstanceId,
    pub workflow: String,
    pub template: String,
    pub to: Vec<Recipient>,
    pub params: BTreeMap<String, Value>,
    pub at: DateTime<Utc>,
    /// Addresses it was delivered to so far (a delivery worker records each
    /// before going on, so a restart sends to none twice).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub delivered: std::collections::BTreeSet<String>,
}

/// Why an action was not taken. Nothing changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Refusal {
    #[error("unknown workflow `{0}`")]
    UnknownWorkflow(String),
    #[error("no instance {0}")]
    UnknownInstance(InstanceId),
    #[error("`{workflow}` has no action `{action}`")]
    UnknownAction { workflow: String, action: String },
    #[error("`{action}` is not allowed in state `{state}` (only in {allowed})")]
    WrongState {
        action: String,
        state: String,
        allowed: String,
    },
    #[error("{actor} may not take `{action}`: it is for {allowed}")]
    WrongParty {
        action: String,
        actor: String,
        allowed: String,
    },
    #[error("`{action}` needs the role `{role}`")]
    MissingRole { action: String, role: String },
    #[error("input `{input}`: {message}")]
    InvalidInput { input: String, message: String },
    #[error("the guard of `{action}` does not hold: {guard} (it saw {saw})")]
    GuardFalse {
        action: String,
        guard: String,
        saw: String,
        /// The guard's message key (`guard_message`), if it has one.
        message: Option<String>,
        /// That message in English (for callers without a language).
        text: Option<String>,
    },
    #[error("`{action}` could not be computed: {message}")]
    Evaluation { action: String, message: String },
    #[error("input `{input}`: {}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    InvalidAnswers {
        input: String,
        /// Every problem, in question order.
        problems: Vec<crate::questionnaire::AnswerProblem>,
    },
}

impl Refusal {
    /// A stable code, for scenario files and API clients.
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::UnknownWorkflow(_) => "unknown_workflow",
            Refusal::UnknownInstance(_) => "unknown_instance",
            Refusal::UnknownAction { .. } => "unknown_action",
            Refusal::WrongState { .. } => "wrong_state",
            Refusal::WrongParty { .. } => "wrong_party",
            Refusal::MissingRole { .. } => "missing_role",
            Refusal::InvalidInput { .. } => "invalid_input",
            Refusal::GuardFalse { .. } => "guard_false",
            Refusal::Evaluation { .. } => "evaluation_failed",
            Refusal::InvalidAnswers { .. } => "invalid_answers",
        }
    }
}

/// An engine failure: a refusal (the caller's fault) or a storage problem.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error("storage: {0}")]
    Storage(String),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
    #[error("workflow `{workflow}` version {version} cannot run: {message}")]
    Version {
        workflow: String,
        version: String,
        message: String,
    },
}

impl From<sled::Error> for EngineError {
    fn from(e: sled::Error) -> Self {
        EngineError::Storage(e.to_string())
    }
}

/// What an action did.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub instance: InstanceId,
    pub state: String,
    pub notifications: Vec<Notification>,
    /// Instances created by `spawn`.
    pub spawned: Vec<InstanceId>,
}
