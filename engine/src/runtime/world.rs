//! What the engine needs from outside, as small traits: who acts, who
//! coordinates whom, what time it is.

use std::collections::BTreeMap;
use std::sync::Mutex;

use chrono::{DateTime, Utc};
use imi_expr::Value;
use serde::{Deserialize, Serialize};

/// A role a user holds: in one legislative area, or everywhere (`area: None`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    pub role: String,
    pub area: Option<String>,
}

impl RoleGrant {
    /// Reads `role` or `role@area`.
    pub fn parse(text: &str) -> RoleGrant {
        match text.split_once('@') {
            Some((role, area)) => RoleGrant {
                role: role.to_string(),
                area: Some(area.to_string()),
            },
            None => RoleGrant {
                role: text.to_string(),
                area: None,
            },
        }
    }
}

/// Who takes an action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Actor {
    /// Timers and triggers.
    System,
    /// The application around the engine, after checks it made in code.
    Application,
    /// Someone without an account.
    Outside,
    /// A user of an authority.
    User {
        user: String,
        authority: String,
        roles: Vec<RoleGrant>,
    },
}

impl Actor {
    pub fn describe(&self) -> String {
        match self {
            Actor::System => "system".into(),
            Actor::Application => "application".into(),
            Actor::Outside => "outside".into(),
            Actor::User {
                user, authority, ..
            } => format!("{user} ({authority})"),
        }
    }
}

/// Facts about authorities that workflows ask for.
pub trait Directory: Send + Sync {
    /// Whether `coordinator` has `relation` to authority `of` (in `area`, if given).
    fn is_coordinator(
        &self,
        coordinator: &str,
        of: &str,
        area: Option<&str>,
        relation: &str,
    ) -> bool;
    /// The country of an authority.
    fn country(&self, authority: &str) -> Option<String>;
    /// A setting the authority chose for an area (`None`: the area's default).
    fn setting(&self, authority: &str, area: &str, setting: &str) -> Option<Value>;
    /// The authorities `coordinator` has `relation` to (in any area).
    fn coordinated_by(&self, _coordinator: &str, _relation: &str) -> Vec<String> {
        Vec::new()
    }
}

/// A directory held in memory: used by scenarios and tests, and as the
/// starting point for the server's own.
#[derive(Debug, Clone, Default)]
pub struct StaticDirectory {
    pub countries: BTreeMap<String, String>,
    /// (authority, area, setting) → value.
    pub settings: BTreeMap<(String, String, String), Value>,
    /// (coordinator, of, relation, area or None).
    pub coordinators: Vec<(String, String, String, Option<String>)>,
}

impl Directory for StaticDirectory {
    fn is_coordinator(
        &self,
        coordinator: &str,
        of: &str,
        area: Option<&str>,
        relation: &str,
    ) -> bool {
        self.coordinators.iter().any(|(c, o, r, a)| {
            c == coordinator
                && o == of
                && r == relation
                && (a.is_none() || area.is_none() || a.as_deref() == area)
        })
    }
    fn country(&self, authority: &str) -> Option<String> {
        self.countries.get(authority).cloned()
    }
    fn setting(&self, authority: &str, area: &str, setting: &str) -> Option<Value> {
        self.settings
            .get(&(authority.to_string(), area.to_string(), setting.to_string()))
            .cloned()
    }
    fn coordinated_by(&self, coordinator: &str, relation: &str) -> Vec<String> {
        self.coordinators
            .iter()
            .filter(|(c, _, r, _)| c == coordinator && r == relation)
            .map(|(_, o, _, _)| o.clone())
            .collect()
    }
}

/// The time, injected so that tests and simulations move it at will.
pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to.
pub struct SimulatedClock(Mutex<DateTime<Utc>>);

impl SimulatedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        SimulatedClock(Mutex::new(at))
    }
    pub fn set(&self, at: DateTime<Utc>) {
        if let Ok(mut t) = self.0.lock() {
            *t = at;
        }
    }
}

impl Clock for SimulatedClock {
    fn now(&self) -> DateTime<Utc> {
        self.0
            .lock()
            .map(|t| *t)
            .unwrap_or_else(|p| *p.into_inner())
    }
}
