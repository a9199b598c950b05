//! What is indexed of one authority, read from the engine's store through
//! the definitions' search and directory bindings (or, for benchmarks,
//! from a data file in the format of the demo authorities).

use std::collections::BTreeMap;

use imi_engine::raw::SearchBinding;
use imi_engine::{Definitions, Engine, Instance};
use imi_expr::Value;
use tantivy::TantivyDocument;

use crate::analysis::LANGUAGES;
use crate::schema::{Fields, Part};

/// One authority as the search sees it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuthorityDoc {
    pub id: String,
    pub country: String,
    pub level: String,
    pub official_name: String,
    /// Informal name per language.
    pub names: BTreeMap<String, String>,
    /// Description per language.
    pub descriptions: BTreeMap<String, String>,
    pub keyword_ids: Vec<String>,
    /// The labels of its keywords: id → language → label (indexed once, in
    /// the vocabulary, not in the document).
    pub keyword_labels: BTreeMap<String, BTreeMap<String, String>>,
    pub areas: Vec<String>,
    /// Found by every user (an active authority).
    pub public: bool,
}

impl AuthorityDoc {
    /// Adds the labels of keyword `id` of list `list` (in `package`, or any).
    pub fn add_keyword(&mut self, defs: &Definitions, package: Option<&str>, list: &str, id: &str) {
        self.keyword_ids.push(id.to_string());
        if let Some(labels) = defs.keyword_labels(package, list, id) {
            self.keyword_labels
                .entry(id.to_string())
                .or_default()
                .extend(labels.iter().map(|(l, t)| (l.clone(), t.clone())));
        }
    }

    /// The tantivy document.
    pub fn to_document(&self, f: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_text(f.id, &self.id);
        doc.add_text(f.country, &self.country);
        doc.add_text(f.level, &self.level);
        doc.add_text(f.public, if self.public { "yes" } else { "no" });
        doc.add_facet(f.facets, Fields::country_facet(&self.country));
        for a in &self.areas {
            doc.add_text(f.areas, a);
            doc.add_facet(f.facets, Fields::area_facet(a));
        }
        for k in &self.keyword_ids {
            doc.add_text(f.keyword_ids, k);
        }
        for lang in LANGUAGES {
            for (part, text) in [
                (Part::Name, self.names.get(lang)),
                (Part::Description, self.descriptions.get(lang)),
            ] {
                let Some(text) = text else { continue };
                for t in f.of(part, lang) {
                    doc.add_text(t.field, text);
                }
            }
        }
        for t in f.of(Part::Official, "any") {
            doc.add_text(t.field, &self.official_name);
        }
        doc
    }

    /// An authority from one line of the demo data format (`id`, `country`,
    /// `level`, `official_name`, `informal_name` and `description` per
    /// language, `economic_activities`, `policy_areas`, `areas` with their
    /// `keywords` and `professions`), labelled from the definitions'
    /// keyword lists as the search binding says.
    pub fn from_json(
        row: &serde_json::Value,
        defs: &Definitions,
        b: &SearchBinding,
    ) -> AuthorityDoc {
        let text = |k: &str| {
            row.get(k)
                .and_then(|v| v.as_str())
                .unwrap_or_default()
                .to_string()
        };
        let map = |k: &str| -> BTreeMap<String, String> {
            row.get(k)
                .and_then(|v| v.as_object())
                .map(|m| {
                    m.iter()
                        .filter_map(|(l, t)| Some((l.clone(), t.as_str()?.to_string())))
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut doc = AuthorityDoc {
            id: text("id"),
            country: text("country"),
            level: text("level"),
            official_name: text("official_name"),
            names: map("informal_name"),
            descriptions: map("description"),
            public: true,
            ..AuthorityDoc::default()
        };
        for list in &b.keywords {
            for id in strings(row.get(list)) {
                doc.add_keyword(defs, None, list, &id);
            }
        }
        if let Some(areas) = row.get("areas").and_then(|a| a.as_object()) {
            for (area, settings) in areas {
                doc.areas.push(area.clone());
                for list in &b.area_keywords {
                    for id in strings(settings.get(list)) {
                        doc.add_keyword(defs, Some(area), list, &id);
                    }
                }
            }
        }
        doc
    }

    /// The authority `inst` (an instance of the directory's authorities
    /// workflow) with its area settings, as the store holds them now.
    pub fn from_store(engine: &Engine, inst: &Instance) -> Option<AuthorityDoc> {
        let defs = engine.definitions();
        let b = defs.search.as_ref()?;
        let dir = defs.directory.as_ref()?;
        let key = inst.keys.get(&dir.authorities.key)?;
        let Value::String(id) = key else { return None };
        let field = |name: &str| match inst.fields.get(name) {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        let texts = |name: &str| match inst.fields.get(name) {
            Some(Value::Texts(t)) => t.clone(),
            _ => BTreeMap::new(),
        };
        let mut doc = AuthorityDoc {
            id: id.clone(),
            country: field(&dir.authorities.country),
            level: field(&b.level),
            official_name: field(&b.official_name),
            names: texts(&b.names),
            descriptions: texts(&b.descriptions),
            public: engine.is_public(inst),
            ..AuthorityDoc::default()
        };
        for list in &b.keywords {
            for kw in strings_value(inst.fields.get(list)) {
                doc.add_keyword(defs, None, list, &kw);
            }
        }
        if let Some(settings) = &dir.settings {
            for (area, inst) in area_settings(engine, &settings.workflow, &settings.key, id) {
                doc.areas.push(area.clone());
                for list in &b.area_keywords {
                    for kw in strings_value(inst.fields.get(list)) {
                        doc.add_keyword(defs, Some(&area), list, &kw);
                    }
                }
            }
        }
        Some(doc)
    }
}

/// The authority's area-settings instances, by area: those whose settings
/// key is `[authority, area]`.
fn area_settings(
    engine: &Engine,
    workflow: &str,
    key: &str,
    authority: &str,
) -> Vec<(String, Instance)> {
    let mut out = Vec::new();
    for area in engine.definitions().packages.keys() {
        let value = Value::List(vec![
            Value::String(authority.to_string()),
            Value::String(area.clone()),
        ]);
        let Ok(ids) = engine.find(workflow, key, &value) else {
            continue;
        };
        if let Some(inst) = ids
            .first()
            .and_then(|id| engine.instance(*id).ok().flatten())
        {
            out.push((area.clone(), inst));
        }
    }
    out
}

fn strings(v: Option<&serde_json::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn strings_value(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::List(items)) => items
            .iter()
            .filter_map(|i| match i {
                Value::String(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}
