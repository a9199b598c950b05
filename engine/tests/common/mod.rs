//! Helpers shared by the engine's integration tests.

#![allow(dead_code, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use imi_engine::runtime::{SimulatedClock, StaticDirectory};
use imi_engine::{load, Actor, Definitions, Engine, Layout, RoleGrant};
use imi_expr::{parse_datetime, Value};

/// Copies the folder `from` (recursively) to `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The small fixture area (`tests/fixtures/mini`).
pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

pub fn defs_from(dir: &Path) -> Arc<Definitions> {
    let r = load(&Layout::find(dir));
    assert!(r.definitions.is_some(), "{}", r.diagnostics);
    Arc::new(r.definitions.unwrap())
}

pub fn user(role: &str) -> Actor {
    Actor::User {
        user: "u".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: role.into(),
            area: None,
        }],
    }
}

pub fn open(dir: &Path, defs: Arc<Definitions>, clock: Arc<SimulatedClock>) -> Engine {
    let mut d = StaticDirectory::default();
    d.countries.insert("EE-0001".into(), "EE".into());
    Engine::open(dir, defs, clock, Arc::new(d)).unwrap()
}

pub fn inputs(pairs: &[(&str, &str)]) -> BTreeMap<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect()
}

pub fn t(s: &str) -> chrono::DateTime<chrono::Utc> {
    parse_datetime(s).unwrap()
}
