//! The definitions, translations and questionnaires built into the binary, so that it runs
//! on its defaults from anywhere.

use std::path::{Path, PathBuf};

use anyhow::Context;
use imi_engine::Layout;
use include_dir::{include_dir, Dir};

static DEFINITIONS: Dir = include_dir!("$CARGO_MANIFEST_DIR/../definitions");
static TRANSLATIONS: Dir = include_dir!("$CARGO_MANIFEST_DIR/../translations");
static QUESTIONNAIRES: Dir = include_dir!("$CARGO_MANIFEST_DIR/../questionnaires");

/// Where to read definitions from: `dir`, else `.` when it is a project,
/// else the built-in copy (extracted into a temporary folder kept alive by
/// the returned guard).
pub fn layout(dir: Option<PathBuf>) -> anyhow::Result<(Layout, Option<tempfile::TempDir>)> {
    if let Some(dir) = dir {
        return Ok((Layout::find(&dir), None));
    }
    if Path::new("definitions").is_dir() {
        return Ok((Layout::find(Path::new(".")), None));
    }
    let tmp = tempfile::tempdir().context("cannot create a temporary folder")?;
    for dir in ["definitions", "translations", "questionnaires"] {
        std::fs::create_dir_all(tmp.path().join(dir))
            .context("cannot create a temporary folder")?;
    }
    DEFINITIONS
        .extract(tmp.path().join("definitions"))
        .context("cannot extract the built-in definitions")?;
    TRANSLATIONS
        .extract(tmp.path().join("translations"))
        .context("cannot extract the built-in translations")?;
    QUESTIONNAIRES
        .extract(tmp.path().join("questionnaires"))
        .context("cannot extract the built-in questionnaires")?;
    Ok((Layout::find(tmp.path()), Some(tmp)))
}
