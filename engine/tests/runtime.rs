//! The runtime driven through its public API over a small fixture area:
//! restarts, timers, versions, refusals, concurrency.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;
use common::copy_dir;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use imi_engine::runtime::{Clock, SimulatedClock, StaticDirectory};
use imi_engine::{load, Actor, Definitions, Engine, EngineError, Layout, RoleGrant};
use imi_expr::{parse_datetime, Value};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini")
}

fn defs_from(dir: &Path) -> Arc<Definitions> {
    let r = load(&Layout::find(dir));
    assert!(r.definitions.is_some(), "{}", r.diagnostics);
    Arc::new(r.definitions.unwrap())
}

fn user(role: &str) -> Actor {
    Actor::User {
        user: "u".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: role.into(),
            area: None,
        }],
    }
}

fn open(dir: &Path, defs: Arc<Definitions>, clock: Arc<SimulatedClock>) -> Engine {
    let mut d = StaticDirectory::default();
    d.countries.insert("EE-0001".into(), "EE".into());
    Engine::open(dir, defs, clock, Arc::new(d)).unwrap()
}

fn inputs(pairs: &[(&str, &str)]) -> BTreeMap<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Value::String(v.to_string())))
        .collect()
}

fn t(s: &str) -> chrono::DateTime<chrono::Utc> {
    parse_datetime(s).unwrap()
}

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

/// `application.checklist`: its conditions are checked where they are, and
/// evaluated on a record (a step without `done` is the user's to check).
#[test]
fn a_checklist_is_checked_and_evaluated_on_a_record() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let area = dir.path().join("definitions/demo/area.yaml");
    let with = |steps: &str| {
        let base = std::fs::read_to_string(fixture().join("definitions/demo/area.yaml")).unwrap();
        // (Bindings belong to a system package.)
        std::fs::write(&area, format!("{base}kind: system\napplication:\n  checklist:\n    workflow: ticket\n    steps:\n{steps}")).unwrap();
        load(&Layout::find(dir.path()))
    };
    let texts = dir.path().join("translations/en/checklist.ftl");
    std::fs::write(&texts, "checklist-titled = Give it a title\nchecklist-touched = Touch it\nchecklist-by_hand = Ask around\n").unwrap();
    let broken =
        with("      titled: { done: \"titel != null\" }\n      touched: { done: \"count\" }\n");
    let errors: Vec<String> = broken
        .diagnostics
        .0
        .iter()
        .map(|d| format!("{}: {}", d.position.line, d.message))
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("16:")
                && e.contains("unknown name `titel`, did you mean `title`?")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("17:") && e.contains("expected a bool")),
        "{errors:?}"
    );
    let fine = with("      titled: { done: \"title != null\" }\n      touched: { done: \"count > 0\" }\n      by_hand: {}\n");
    let defs = Arc::new(
        fine.definitions
            .unwrap_or_else(|| panic!("{}", fine.diagnostics)),
    );
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let store = tempfile::tempdir().unwrap();
    let engine = open(store.path(), defs, clock);
    let id = engine
        .start(
            "ticket",
            Some("open"),
            &user("clerk"),
            inputs(&[("title", "Printer")]),
        )
        .unwrap()
        .instance;
    let inst = engine.instance(id).unwrap().unwrap();
    let steps: Vec<(String, Option<bool>)> = engine
        .checklist(&inst)
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.done))
        .collect();
    assert_eq!(
        steps,
        [
            ("titled".to_string(), Some(true)),
            ("touched".to_string(), Some(false)),
            ("by_hand".to_string(), None)
        ]
    );
}

/// `application.lists`: each name it uses is checked where it is written,
/// and a list holds the records the authority takes part in as one of its
/// parties, in its states, with its start offered to who may take it.
#[test]
fn a_list_is_checked_and_holds_the_authoritys_records() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let area = dir.path().join("definitions/demo/area.yaml");
    let with = |list: &str| {
        let base = std::fs::read_to_string(fixture().join("definitions/demo/area.yaml")).unwrap();
        std::fs::write(
            &area,
            format!("{base}kind: system\napplication:\n  lists:\n    open_tickets:\n{list}"),
        )
        .unwrap();
        load(&Layout::find(dir.path()))
    };
    std::fs::write(
        dir.path().join("translations/en/lists.ftl"),
        "list-open_tickets = Open tickets\nlist-group-desk = Desk\n",
    )
    .unwrap();
    let broken = with(concat!(
        "      group: desk\n",
        "      workflows: [ticket]\n",
        "      parties: [ownr]\n",
        "      states: [opn]\n",
        "      columns: [titel]\n",
        "      start: opne\n",
    ));
    let errors: Vec<String> = broken
        .diagnostics
        .0
        .iter()
        .map(|d| format!("{}:{}: {}", d.position.line, d.position.column, d.message))
        .collect();
    for (line, message) in [
        (17, "`ticket` has no party `ownr`, did you mean `owner`?"),
        (18, "`ticket` has no state `opn`, did you mean `open`?"),
        (
            19,
            "`ticket` has no field or party `titel`, did you mean `title`?",
        ),
        (20, "`ticket` has no start `opne`, did you mean `open`?"),
    ] {
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(&format!("{line}:")) && e.contains(message)),
            "{message} at line {line}: {errors:?}"
        );
    }
    let unknown = with("      group: desk\n      workflows: [tiket]\n      parties: [owner]\n");
    assert!(
        unknown.diagnostics.0.iter().any(|d| d.position.line == 16
            && d.message
                .contains("unknown workflow `tiket`, did you mean `ticket`?")),
        "{}",
        unknown.diagnostics
    );

    let fine = with(concat!(
        "      group: desk\n",
        "      workflows: [ticket]\n",
        "      parties: [owner]\n",
        "      states: [open, late]\n",
        "      columns: [title, owner]\n",
        "      start: open\n",
    ));
    let defs = Arc::new(
        fine.definitions
            .unwrap_or_else(|| panic!("{}", fine.diagnostics)),
    );
    assert_eq!(defs.lists["open_tickets"].label, "list-open_tickets");
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let store = tempfile::tempdir().unwrap();
    let engine = open(store.path(), defs, clock);
    let start = |title: &str| {
        engine
            .start(
                "ticket",
                Some("open"),
                &user("head"),
                inputs(&[("title", title)]),
            )
            .unwrap()
            .instance
    };
    let printer = start("Printer");
    let closed = start("Coffee");
    engine
        .act(closed, "close", &user("head"), BTreeMap::new())
        .unwrap();
    let listed = |authority: &str| -> Vec<(u64, String)> {
        engine
            .list("open_tickets", authority)
            .unwrap()
            .unwrap()
            .into_iter()
            .map(|r| (r.instance, r.party))
            .collect()
    };
    assert_eq!(listed("EE-0001"), [(printer, "owner".to_string())]);
    assert!(listed("EE-0002").is_empty(), "another authority's records");
    assert!(engine.list("no_such_list", "EE-0001").unwrap().is_none());
    // The start goes to those whose role it asks for.
    assert!(engine.may_start("ticket", "open", &user("clerk")));
    assert!(!engine.may_start("ticket", "open", &user("nobody")));
    assert!(!engine.may_start("ticket", "nope", &user("clerk")));
    assert!(!engine.may_start("ticket", "open", &Actor::Outside));
}

/// `values:` names a keyword list: checked where it is written, and the
/// inputs that feed such a field take only the list's entry ids.
#[test]
fn values_come_from_a_keyword_list() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture(), dir.path());
    let ticket = dir.path().join("definitions/demo/workflows/ticket.yaml");
    let base = std::fs::read_to_string(&ticket).unwrap();
    let with = |title: &str, count: &str| {
        let text = base
            .replace(
                "  title: { type: string }\n",
                &format!("  title: {title}\n"),
            )
            .replace(
                "  count: { type: number, default: 0 }\n",
                &format!("  count: {count}\n"),
            );
        std::fs::write(&ticket, text).unwrap();
        load(&Layout::find(dir.path()))
    };
    let broken = with(
        "{ type: string, values: topcs }",
        "{ type: number, default: 0, values: topics }",
    );
    let errors: Vec<String> = broken
        .diagnostics
        .0
        .iter()
        .map(|d| format!("{}: {}", d.position.line, d.message))
        .collect();
    assert!(
        errors.contains(&"5: unknown keyword list `topcs`, did you mean `topics`?".to_string()),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("8: `values` is for a `string` or `strings`")),
        "{errors:?}"
    );
    let fine = with(
        "{ type: string, values: topics }",
        "{ type: number, default: 0 }",
    );
    let defs = Arc::new(
        fine.definitions
            .unwrap_or_else(|| panic!("{}", fine.diagnostics)),
    );
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let store = tempfile::tempdir().unwrap();
    let engine = open(store.path(), defs, clock);
    let refused = engine
        .start(
            "ticket",
            Some("open"),
            &user("clerk"),
            inputs(&[("title", "permit")]),
        )
        .unwrap_err();
    assert!(
        refused
            .to_string()
            .contains("`permit` is not in the list `topics`, did you mean `permits`?"),
        "{refused}"
    );
    assert!(engine
        .start(
            "ticket",
            Some("open"),
            &user("clerk"),
            inputs(&[("title", "permits")])
        )
        .is_ok());
}

/// The indexes by party and by workflow follow every action, and a store
/// written before they existed gets them at open.
#[test]
fn indexes_follow_the_records_and_are_built_for_an_older_store() {
    let defs = defs_from(&fixture());
    let clock = Arc::new(SimulatedClock::new(t("2026-03-02T08:00:00Z")));
    let store = tempfile::tempdir().unwrap();
    let engine = open(store.path(), defs.clone(), clock.clone());
    let mut ids = Vec::new();
    for title in ["Printer", "Coffee", "Keys"] {
        ids.push(
            engine
                .start(
                    "ticket",
                    Some("open"),
                    &user("head"),
                    inputs(&[("title", title)]),
                )
                .unwrap()
                .instance,
        );
    }
    engine
        .act(ids[1], "close", &user("head"), BTreeMap::new())
        .unwrap();
    let of = |engine: &Engine, authority: &str| -> Vec<u64> {
        engine
            .instances_of_authority(authority, &["ticket"])
            .unwrap()
            .into_iter()
            .map(|i| i.id)
            .collect()
    };
    assert_eq!(of(&engine, "EE-0001"), ids);
    assert!(of(&engine, "EE-0002").is_empty());
    assert!(engine
        .instances_of_authority("EE-0001", &["other"])
        .unwrap()
        .is_empty());
    assert_eq!(engine.instances_of_workflow("ticket").unwrap().len(), 3);
    assert!(engine.index_problems().unwrap().is_empty());
    drop(engine);

    // A store from before the indexes: no `p`/`w` keys, no marker.
    {
        let db = sled::open(store.path()).unwrap();
        let tree = db.open_tree("imi").unwrap();
        for prefix in [&b"p"[..], b"w", b"mindex"] {
            for k in tree.scan_prefix(prefix).keys() {
                tree.remove(k.unwrap()).unwrap();
            }
        }
        db.flush().unwrap();
    }
    let engine = open(store.path(), defs, clock);
    assert!(engine.index_problems().unwrap().is_empty());
    assert_eq!(of(&engine, "EE-0001"), ids);
}
