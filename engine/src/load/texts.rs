//! Translation files (Fluent): every key the definitions need must exist in
//! every language.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::TextNeed;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};

fn position_of(text: &str, offset: usize) -> Position {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    Position { line, column }
}

/// The texts read: keys per language (`id`, `id.attr`), and the Fluent
/// sources per language (for whoever renders them: mail, pages).
pub(crate) struct Texts {
    pub keys: BTreeMap<String, BTreeSet<String>>,
    pub sources: BTreeMap<String, Vec<String>>,
    /// Messages that are plain text (no variables), per language: what
    /// the engine itself may quote, such as a guard's message.
    pub plain: BTreeMap<String, BTreeMap<String, String>>,
}

/// Reads `dir/<lang>/*.ftl` and reports keys missing per language.
pub(crate) fn check(
    dir: &Path,
    languages: &[String],
    needs: &[(TextNeed, PathBuf, Position)],
    diags: &mut Diagnostics,
) -> Texts {
    let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut sources: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut plain: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    // Where each key of each language is defined (for the check that every
    // language has the same keys).
    let mut places: BTreeMap<(String, String), (PathBuf, Position)> = BTreeMap::new();
    for lang in languages {
        let lang_dir = dir.join(lang);
        let set = keys.entry(lang.clone()).or_default();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&lang_dir)
            .map(|it| {
                it.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        for file in files {
            let text = match std::fs::read_to_string(&file) {
                Ok(t) => t,
                Err(e) => {
                    diags.push(Diagnostic::error(
                        &file,
                        Position { line: 1, column: 1 },
                        format!("cannot read the file: {e}"),
                    ));
                    continue;
                }
            };
            let resource = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        diags.push(Diagnostic::error(
                            &file,
                            position_of(&text, e.pos.start),
                            format!("Fluent syntax error: {}", e.kind),
                        ));
                    }
                    r
                }
            };
            sources.entry(lang.clone()).or_default().push(text.clone());
            for entry in resource.body {
                if let ast::Entry::Message(m) = &entry {
                    if let Some(text) = m.value.as_ref().and_then(plain_text) {
                        plain
                            .entry(lang.clone())
                            .or_default()
                            .insert(m.id.name.to_string(), text);
                    }
                }
                let (id, attrs, span_id) = match entry {
                    ast::Entry::Message(m) => (
                        m.id.name.to_string(),
                        m.attributes
                            .iter()
                            .map(|a| a.id.name.to_string())
                            .collect::<Vec<_>>(),
                        m.id.name,
                    ),
                    ast::Entry::Term(t) => (
                        format!("-{}", t.id.name),
                        t.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                        t.id.name,
                    ),
                    _ => continue,
                };
                let offset = span_id.as_ptr() as usize - text.as_ptr() as usize;
                places
                    .entry((lang.clone(), id.clone()))
                    .or_insert_with(|| (file.clone(), position_of(&text, offset)));
                if !set.insert(id.clone()) {
                    diags.push(Diagnostic::error(
                        &file,
                        position_of(&text, offset),
                        format!("text `{id}` is defined twice in {lang}"),
                    ));
                }
                for a in attrs {
                    set.insert(format!("{id}.{a}"));
                }
            }
        }
    }
    // Each key once, at the first place that needs it.
    let mut seen = BTreeSet::new();
    for (need, file, pos) in needs {
        if !seen.insert((need.key.clone(), need.subject)) {
            continue;
        }
        if !is_fluent_id(&need.key) {
            diags.push(Diagnostic::error(file, *pos, format!("`{}` is not a valid text key (letters, digits, `-` and `_`, starting with a letter)", need.key)));
            continue;
        }
        let missing: Vec<&str> = languages
            .iter()
            .filter(|l| !keys.get(*l).is_some_and(|s| s.contains(&need.key)))
            .map(String::as_str)
            .collect();
        if !missing.is_empty() {
            diags.push(Diagnostic::error(
                file,
                *pos,
                format!(
                    "text `{}` is missing in {}",
                    need.key,
                    list(&missing, languages.len())
                ),
            ));
        }
        if need.subject {
            let sub = format!("{}.subject", need.key);
            let missing: Vec<&str> = languages
                .iter()
                .filter(|l| {
                    keys.get(*l)
                        .is_some_and(|s| s.contains(&need.key) && !s.contains(&sub))
                })
                .map(String::as_str)
                .collect();
            if !missing.is_empty() {
                diags.push(Diagnostic::error(
                    file,
                    *pos,
                    format!(
                        "message `{}` has no `.subject` in {}",
                        need.key,
                        list(&missing, languages.len())
                    ),
                ));
            }
        }
    }
    let needed: BTreeSet<&str> = needs.iter().map(|(n, _, _)| n.key.as_str()).collect();
    same_keys(languages, &keys, &places, &needed, diags);
    Texts {
        keys,
        sources,
        plain,
    }
}

/// Every language has the keys of the reference language (English when
/// there is one) and no others, so that texts nothing in the definitions
/// names (the web pages' own) are complete too.
fn same_keys(
    languages: &[String],
    keys: &BTreeMap<String, BTreeSet<String>>,
    places: &BTreeMap<(String, String), (PathBuf, Position)>,
    needed: &BTreeSet<&str>,
    diags: &mut Diagnostics,
) {
    let reference = if languages.iter().any(|l| l == "en") {
        "en"
    } else {
        match languages.first() {
            Some(l) => l.as_str(),
            None => return,
        }
    };
    let empty = BTreeSet::new();
    let base = keys.get(reference).unwrap_or(&empty);
    // (A key the definitions need is reported where they need it.)
    for id in base
        .iter()
        .filter(|k| !k.contains('.') && !needed.contains(k.as_str()))
    {
        let missing: Vec<&str> = languages
            .iter()
            .filter(|l| !keys.get(*l).is_some_and(|s| s.contains(id)))
            .map(String::as_str)
            .collect();
        if let (false, Some((file, pos))) = (
            missing.is_empty(),
            places.get(&(reference.to_string(), id.clone())),
        ) {
            diags.push(Diagnostic::error(
                file,
                *pos,
                format!(
                    "text `{id}` is missing in {}",
                    list(&missing, languages.len())
                ),
            ));
        }
    }
    for lang in languages.iter().filter(|l| l.as_str() != reference) {
        for id in keys.get(lang).unwrap_or(&empty) {
            if id.contains('.') || base.contains(id) {
                continue;
            }
            if let Some((file, pos)) = places.get(&(lang.clone(), id.clone())) {
                diags.push(Diagnostic::error(
                    file,
                    *pos,
                    format!("text `{id}` is not in {reference}: a key unknown to the reference language (misspelt?)"),
                ));
            }
        }
    }
}

/// The text of a pattern made of text only.
fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out.trim().to_string())
}

fn list(langs: &[&str], total: usize) -> String {
    if langs.len() == total && total > 1 {
        format!("every language ({})", langs.join(", "))
    } else {
        langs.join(", ")
    }
}

fn is_fluent_id(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(x) if x.is_ascii_alphabetic())
        && c.all(|x| x.is_ascii_alphanumeric() || x == '-' || x == '_')
}
