//! The runtime driven through its public API over a small fixture area:
//! restarts, timers, versions, refusals, concurrency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;
use common::{copy_dir, defs_from, fixture, inputs, open, t, user};

use std::collections::BTreeMap;
use std::sync::Arc;

use imi_engine::runtime::{Clock, SimulatedClock};
use imi_engine::{Actor, EngineError, RoleGrant};
use imi_expr::Value;

#[test]
fn a_timer_due_while_down_fires_after_restart_and_only_once() {
    let store = tempfile::tempdir().unwrap();
    let defs = defs_from(&fixture());
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let id = {
        let engine = open(store.path(), defs.clone(), clock.clone());
        engine
            .start("ticket", None, &user("clerk"), inputs(&[("title", "x")]))
            .unwrap()
            .instance
    }; // the process "stops" here
    clock.set(t("2026-03-05T08:00:00Z"));
    let engine = open(store.path(), defs, clock.clone());
    assert_eq!(engine.next_due().unwrap(), Some(t("2026-03-03T08:00:00Z")));
    let fired = engine.fire_due().unwrap();
    assert_eq!(fired.len(), 1);
    assert_eq!(engine.instance(id).unwrap().unwrap().state, "late");
    assert!(engine.fire_due().unwrap().is_empty(), "a timer fired twice");
    let audit = engine.audit(id).unwrap();
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[1].action, "overdue");
    assert_eq!(audit[1].cause.as_deref(), Some("timer deadline"));
    assert_eq!(audit[1].at, clock.now());
}

#[test]
fn refusals_say_why_and_change_nothing() {
    let store = tempfile::tempdir().unwrap();
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let engine = open(store.path(), defs_from(&fixture()), clock);
    let id = engine
        .start(
            "ticket",
            None,
            &user("clerk"),
            inputs(&[("title", "x"), ("secret", "keep")]),
        )
        .unwrap()
        .instance;
    let before = engine.instance(id).unwrap();
    let code = |r: Result<_, EngineError>| match r {
        Err(EngineError::Refused(r)) => r.code(),
        other => panic!("expected a refusal, got {other:?}"),
    };
    assert_eq!(
        code(engine.act(id, "close", &user("clerk"), BTreeMap::new())),
        "missing_role"
    );
    assert_eq!(
        code(engine.act(id, "close", &Actor::Outside, BTreeMap::new())),
        "wrong_party"
    );
    let other = Actor::User {
        user: "o".into(),
        authority: "FI-0001".into(),
        roles: vec![RoleGrant {
            role: "head".into(),
            area: None,
        }],
    };
    assert_eq!(
        code(engine.act(id, "close", &other, BTreeMap::new())),
        "wrong_party"
    );
    assert_eq!(
        code(engine.act(id, "touch", &user("clerk"), inputs(&[("nope", "1")]))),
        "invalid_input"
    );
    assert_eq!(
        code(engine.act(id, "overdue", &user("head"), BTreeMap::new())),
        "wrong_party"
    );
    assert_eq!(
        code(engine.act(id, "nosuch", &user("head"), BTreeMap::new())),
        "unknown_action"
    );
    match engine.act(id, "close", &user("head"), BTreeMap::new()) {
        Err(EngineError::Refused(r)) => {
            assert_eq!(r.code(), "guard_false");
            let text = r.to_string();
            // The guard read personal data: the refusal names it but masks its value.
            assert!(text.contains("secret = ‹personal data›"), "{text}");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(engine.instance(id).unwrap(), before);
    assert_eq!(engine.audit(id).unwrap().len(), 1);
    // `head` includes `clerk`.
    engine
        .act(id, "touch", &user("head"), BTreeMap::new())
        .unwrap();
    let audit = engine.audit(id).unwrap();
    assert_eq!(
        audit[0].inputs.get("secret"),
        Some(&imi_engine::runtime::masked())
    );
}

#[test]
fn running_instances_keep_the_version_they_started_on() {
    let store = tempfile::tempdir().unwrap();
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let old_id = {
        let engine = open(store.path(), defs_from(&fixture()), clock.clone());
        engine
            .start("ticket", None, &user("clerk"), inputs(&[("title", "old")]))
            .unwrap()
            .instance
    };
    // A policy owner changes the workflow: `touch` now closes the ticket.
    let changed = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), changed.path());
    let wf = changed
        .path()
        .join("definitions/demo/workflows/ticket.yaml");
    let text = std::fs::read_to_string(&wf).unwrap().replace(
        "      - set: { count: \"count + 1\" }\n    to: open",
        "      - set: { count: \"count + 1\" }\n      - cancel: deadline\n    to: closed",
    );
    std::fs::write(&wf, text).unwrap();
    let engine = open(store.path(), defs_from(changed.path()), clock);
    let new_id = engine
        .start("ticket", None, &user("clerk"), inputs(&[("title", "new")]))
        .unwrap()
        .instance;
    assert_ne!(
        engine.instance(old_id).unwrap().unwrap().version,
        engine.instance(new_id).unwrap().unwrap().version
    );
    assert_eq!(
        engine
            .act(old_id, "touch", &user("clerk"), BTreeMap::new())
            .unwrap()
            .state,
        "open"
    );
    assert_eq!(
        engine
            .act(new_id, "touch", &user("clerk"), BTreeMap::new())
            .unwrap()
            .state,
        "closed"
    );
}

#[test]
fn concurrent_actions_are_all_kept() {
    let store = tempfile::tempdir().unwrap();
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let engine = Arc::new(open(store.path(), defs_from(&fixture()), clock));
    let id = engine
        .start(
            "ticket",
            None,
            &user("clerk"),
            inputs(&[("title", "shared")]),
        )
        .unwrap()
        .instance;
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let engine = engine.clone();
            std::thread::spawn(move || {
                for _ in 0..10 {
                    engine
                        .act(id, "touch", &user("clerk"), BTreeMap::new())
                        .unwrap();
                }
            })
        })
        .collect();
    for th in threads {
        th.join().unwrap();
    }
    let inst = engine.instance(id).unwrap().unwrap();
    assert_eq!(inst.fields.get("count"), Some(&Value::Number(80.0)));
    assert_eq!(engine.audit(id).unwrap().len(), 81);
}

#[test]
fn the_fixture_scenarios_pass() {
    let defs = defs_from(&fixture());
    let file = fixture().join("definitions/demo/scenarios/ticket.yaml");
    let report = imi_engine::scenario::run(defs, &file);
    assert!(report.passed(), "{:?}", report.failures);
    assert_eq!(report.steps, 6);
}

#[test]
fn find_follows_lookup_keys() {
    let store = tempfile::tempdir().unwrap();
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let engine = open(store.path(), defs_from(&fixture()), clock);
    let a = engine
        .start(
            "ticket",
            None,
            &user("clerk"),
            inputs(&[("title", "Alpha")]),
        )
        .unwrap()
        .instance;
    let b = engine
        .start(
            "ticket",
            None,
            &user("clerk"),
            inputs(&[("title", "alpha")]),
        )
        .unwrap()
        .instance;
    engine
        .start("ticket", None, &user("clerk"), inputs(&[("title", "Beta")]))
        .unwrap();
    let alpha = Value::String("alpha".into());
    let mut found = engine.find("ticket", "open_title", &alpha).unwrap();
    found.sort();
    assert_eq!(found, vec![a, b]);
    engine
        .act(a, "close", &user("head"), BTreeMap::new())
        .unwrap();
    assert_eq!(
        engine.find("ticket", "open_title", &alpha).unwrap(),
        vec![b],
        "closed: no longer has the key"
    );
    assert!(engine
        .find("ticket", "open_title", &Value::String("gamma".into()))
        .unwrap()
        .is_empty());
}

#[test]
fn the_change_feed_tells_each_durable_batch_and_refusals_tell_nothing() {
    let store = tempfile::tempdir().unwrap();
    let defs = defs_from(&fixture());
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let engine = open(store.path(), defs.clone(), clock.clone());
    let before = engine.change_seq().unwrap();
    let feed = engine.subscribe();
    let id = engine
        .start("ticket", None, &user("clerk"), inputs(&[("title", "x")]))
        .unwrap()
        .instance;
    let changes = feed
        .recv_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    assert_eq!(changes.instances, vec![id]);
    assert_eq!(changes.seq, before + 1);
    assert_eq!(engine.change_seq().unwrap(), before + 1);
    // A refused action writes nothing and tells nothing.
    assert!(engine
        .start("ticket", None, &user("nobody"), inputs(&[("title", "x")]))
        .is_err());
    assert!(feed
        .recv_timeout(std::time::Duration::from_millis(200))
        .is_err());
    assert_eq!(engine.change_seq().unwrap(), before + 1);
    // The number survives a restart.
    drop(feed);
    drop(engine);
    let engine = open(store.path(), defs, clock);
    assert_eq!(engine.change_seq().unwrap(), before + 1);
}
