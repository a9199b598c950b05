//! Translation files: every language has the reference language's keys
//! (English) and no others, also keys no definition names (the web pages').
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::copy_dir;

use std::path::Path;

use imi_engine::{load, Layout, Severity};

#[test]
fn every_language_has_the_same_keys() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini"),
        dir.path(),
    );
    let tr = dir.path().join("translations");
    std::fs::write(
        tr.join("languages.yaml"),
        "languages: { en: English, et: Eesti }\n",
    )
    .unwrap();
    copy_dir(&tr.join("en"), &tr.join("et"));
    std::fs::write(
        tr.join("en/web.ftl"),
        "web-title = Tasks\nweb-search = Search\n",
    )
    .unwrap();
    std::fs::write(
        tr.join("et/web.ftl"),
        "web-title = Ülesanded\nweb-serach = Otsi\n",
    )
    .unwrap();
    let found: Vec<String> = load(&Layout::find(dir.path()))
        .diagnostics
        .0
        .iter()
        .filter(|d| d.severity == Severity::Error && d.file.extension().is_some_and(|x| x == "ftl"))
        .map(|d| {
            format!(
                "{}/{}:{}: {}",
                d.file
                    .parent()
                    .unwrap()
                    .file_name()
                    .unwrap()
                    .to_string_lossy(),
                d.file.file_name().unwrap().to_string_lossy(),
                d.position.line,
                d.message
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            "en/web.ftl:2: text `web-search` is missing in et",
            "et/web.ftl:2: text `web-serach` is not in en: a key unknown to the reference language (misspelt?)",
        ]
    );
}
