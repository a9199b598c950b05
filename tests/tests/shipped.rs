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

/// The keyword lists of R-PROFILE come with a label in every language.
#[test]
fn keyword_lists_are_shipped_in_every_language() {
    let defs = load(&Layout::find(root()))
        .definitions
        .expect("definitions");
    let areas: Vec<_> = defs
        .packages
        .values()
        .filter(|p| p.kind == imi_engine::raw::PackageKind::LegislativeArea)
        .collect();
    assert_eq!(areas.len(), 9, "the nine legislative areas of R-AREAS");
    for area in &areas {
        assert!(area.legal_basis.is_some(), "{}", area.id);
        let keywords = &area.keyword_lists["keywords"];
        assert!(!keywords.entries.is_empty(), "{}", area.id);
    }
    let core = &defs.packages["core"];
    let sizes = |p: &imi_engine::model::Package, list: &str| p.keyword_lists[list].entries.len();
    assert_eq!(sizes(core, "economic_activities"), 36);
    assert_eq!(sizes(core, "policy_areas"), 14);
    assert_eq!(
        sizes(&defs.packages["professional-qualifications"], "professions"),
        19
    );
    for p in defs.packages.values() {
        for list in p.keyword_lists.values() {
            for (id, labels) in &list.entries {
                for lang in &defs.languages {
                    assert!(
                        labels.get(lang).is_some_and(|l| !l.trim().is_empty()),
                        "{}/{id} in {lang}",
                        list.id
                    );
                }
            }
        }
    }
}
