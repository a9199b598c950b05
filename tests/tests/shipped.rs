//! The shipped definitions: `imi check definitions` is clean and every
//! scenario file passes (what `imi test definitions` does).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test helpers may fail loudly

use std::path::Path;
use std::sync::Arc;

use imi_engine::{load, Layout, Severity};

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

#[test]
fn shipped_definitions_check_clean_in_every_language() {
    let result = load(&Layout::find(root()));
    let errors: Vec<String> = result
        .diagnostics
        .0
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert!(
        errors.is_empty(),
        "{} errors:\n{}",
        errors.len(),
        errors.join("\n")
    );
    let defs = result.definitions.expect("definitions");
    assert_eq!(defs.languages.len(), 24);
    for lang in &defs.languages {
        assert!(!defs.translations[lang].is_empty(), "no texts in {lang}");
    }
    assert_eq!(defs.calendars.len(), 30, "one calendar per EEA state");
}

#[test]
fn every_shipped_scenario_passes() {
    let result = load(&Layout::find(root()));
    let defs = Arc::new(
        result
            .definitions
            .or(result.without_texts)
            .expect("a model"),
    );
    assert!(
        result.scenarios.len() >= 10,
        "scenarios: {:?}",
        result.scenarios
    );
    let mut failures = Vec::new();
    for file in &result.scenarios {
        let report = imi_engine::scenario::run(defs.clone(), file);
        for f in report.failures {
            failures.push(format!(
                "{}:{}:{}: step {}: {}",
                file.display(),
                f.position.line,
                f.position.column,
                f.step,
                f.message
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
