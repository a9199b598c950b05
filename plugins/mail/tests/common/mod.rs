//! Shared by the integration tests: engines over the shipped definitions
//! or the `notice` fixture, and the actions that queue notifications.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly
#![allow(dead_code)] // not every test file uses every helper

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use imi_engine::runtime::{Notification, SimulatedClock, StaticDirectory};
use imi_engine::{load, Actor, Definitions, Engine, Layout, RoleGrant};
use imi_expr::Value;
use imi_mail::{Email, MailError, Transport};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn load_from(dir: &Path) -> Arc<Definitions> {
    let r = load(&Layout::find(dir));
    assert!(
        r.definitions.is_some(),
        "definitions in {} do not load:\n{}",
        dir.display(),
        r.diagnostics
    );
    Arc::new(r.definitions.unwrap())
}

/// The shipped definitions and translations (loaded once).
pub fn shipped() -> Arc<Definitions> {
    static DEFS: OnceLock<Arc<Definitions>> = OnceLock::new();
    DEFS.get_or_init(|| load_from(&repo_root())).clone()
}

/// The `notice` fixture: a start that notifies two addresses.
pub fn notice_defs() -> Arc<Definitions> {
    load_from(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notice"))
}

pub fn engine(defs: Arc<Definitions>) -> Engine {
    let clock = Arc::new(SimulatedClock::new(
        chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00Z")
            .unwrap()
            .into(),
    ));
    let mut directory = StaticDirectory::default();
    directory.countries.insert("EE-0001".into(), "EE".into());
    Engine::temporary(defs, clock, Arc::new(directory)).unwrap()
}

fn user(role: &str) -> Actor {
    Actor::User {
        user: "someone".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: role.into(),
            area: None,
        }],
    }
}

fn s(v: &str) -> Value {
    Value::String(v.into())
}

/// Registers a user (as the authority's local data administrator): queues
/// the e-mail with the temporary password.
pub fn register(engine: &Engine, user_id: &str, email: &str, language: &str, password: &str) {
    let inputs = BTreeMap::from([
        ("user_id".to_string(), s(user_id)),
        ("name".to_string(), s("Mari Maasikas")),
        ("email".to_string(), s(email)),
        ("language".to_string(), s(language)),
        (
            "roles".to_string(),
            Value::List(vec![s("request_handler@services")]),
        ),
        ("temporary_password".to_string(), s(password)),
    ]);
    engine
        .start(
            "user_account",
            Some("register"),
            &user("local_data_administrator"),
            inputs,
        )
        .unwrap();
}

/// Sends a notice to `first` (in German) and `second` (default language).
pub fn send_notice(engine: &Engine, title: &str, first: &str, second: &str) {
    let inputs = BTreeMap::from([
        ("title".to_string(), s(title)),
        ("first".to_string(), s(first)),
        ("second".to_string(), s(second)),
        ("count".to_string(), Value::Number(3.0)),
    ]);
    engine
        .start("notice", Some("send"), &user("clerk"), inputs)
        .unwrap();
}

/// The only queued notification.
pub fn only_notification(engine: &Engine) -> Notification {
    let mut all = engine.notifications().unwrap();
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

/// A transport that keeps what it sends, and fails for the addresses in
/// `failing`. Clones share both lists.
#[derive(Clone, Default)]
pub struct Recording {
    pub sent: Arc<Mutex<Vec<(String, Email)>>>,
    pub failing: Arc<Mutex<Vec<String>>>,
}

impl Recording {
    pub fn failing_for(address: &str) -> Recording {
        let r = Recording::default();
        r.failing.lock().unwrap().push(address.to_string());
        r
    }

    /// The addresses sent to so far, in order.
    pub fn recipients(&self) -> Vec<String> {
        self.sent
            .lock()
            .unwrap()
            .iter()
            .map(|(to, _)| to.clone())
            .collect()
    }
}

impl Transport for Recording {
    fn send(&self, to: &str, email: &Email) -> Result<(), MailError> {
        if self.failing.lock().unwrap().iter().any(|f| f == to) {
            return Err(MailError::Transport {
                address: to.to_string(),
                message: "the test server is down".into(),
            });
        }
        self.sent
            .lock()
            .unwrap()
            .push((to.to_string(), email.clone()));
        Ok(())
    }
}
