//! The `application` bindings and store indexes on a record, driven
//! through the engine's API over the small fixture area: checklists,
//! lists, keyword values, and the indexes by party and workflow.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

mod common;
use common::{copy_dir, defs_from, fixture, inputs, open, t, user};

use std::collections::BTreeMap;
use std::sync::Arc;

use imi_engine::runtime::SimulatedClock;
use imi_engine::{load, Actor, Engine, Layout};

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
