//! Loading: reads a definitions folder, turns raw files into the checked
//! model and collects *every* problem with its place. Invalid definitions
//! never produce a model.

mod action;
mod analysis;
mod bindings;
mod calendars;
mod effects;
mod expressions;
mod lists;
mod package;
mod questionnaire;
mod record_bindings;
mod scope;
mod texts;
mod values;
mod workflow;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use imi_expr::closest;
use indexmap::IndexMap;
use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::model::*;
use crate::raw::{self, PackageKind};
use crate::source::{path, Seg, SourceFile};

pub use values::{is_ident, json_value, version_of, yaml_value};

/// A text a definition needs, and where it is needed.
#[derive(Debug, Clone)]
pub(crate) struct TextNeed {
    pub key: String,
    pub at: Vec<Seg>,
    /// A message template: it needs a `.subject` attribute too.
    pub subject: bool,
}

/// Collects the problems of one file.
pub(crate) struct Reporter {
    pub source: SourceFile,
    pub diags: Vec<Diagnostic>,
    pub needs: Vec<(TextNeed, PathBuf, Position)>,
}

impl Reporter {
    pub fn new(source: SourceFile) -> Self {
        Reporter {
            source,
            diags: Vec::new(),
            needs: Vec::new(),
        }
    }
    pub fn error(&mut self, at: &[Seg], message: impl Into<String>) {
        self.diags.push(self.source.error_at(at, message));
    }
    pub fn error_key(&mut self, at: &[Seg], message: impl Into<String>) {
        self.diags.push(self.source.error_at_key(at, message));
    }
    pub fn warning(&mut self, at: &[Seg], message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(
            &self.source.path,
            self.source.key_pos(at),
            message,
        ));
    }
    pub fn expr_error(&mut self, at: &[Seg], offset: usize, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(
            &self.source.path,
            self.source.offset_pos(at, offset),
            message,
        ));
    }
    /// The text key of a thing (`explicit`, else `default`), noted as needed.
    pub fn label(&mut self, explicit: &Option<String>, default: String, at: Vec<Seg>) -> String {
        let key = explicit.clone().unwrap_or(default);
        self.need_text(TextNeed {
            key: key.clone(),
            at,
            subject: false,
        });
        key
    }

    pub fn need_text(&mut self, need: TextNeed) {
        let pos = self.source.key_pos(&need.at);
        self.needs.push((need, self.source.path.clone(), pos));
    }
    pub fn error_count(&self) -> usize {
        self.diags
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .count()
    }
}

/// What every workflow may refer to.
pub(crate) struct World<'a> {
    pub raw: IndexMap<String, &'a raw::WorkflowFile>,
    pub keys: BTreeSet<String>,
    pub calendars: BTreeSet<String>,
    pub relations: BTreeSet<String>,
    pub roles: IndexMap<String, Role>,
    /// Questionnaire id → the area it serves.
    pub questionnaires: BTreeMap<String, String>,
    /// Questionnaire id → its top-level questions' answer types.
    pub answer_types: BTreeMap<String, BTreeMap<String, imi_expr::Type>>,
    /// Parent workflow → workflows it spawns.
    pub spawned_by: HashMap<String, Vec<String>>,
    /// Child workflow → workflows that spawn it.
    pub parents_of: HashMap<String, Vec<String>>,
    /// The keyword lists of the system packages, and those some legislative
    /// area has (for `values:`).
    pub system_lists: BTreeSet<String>,
    pub area_lists: BTreeSet<String>,
}

/// The keyword lists of system packages and of legislative areas.
fn list_reach<'p>(
    packages: impl Iterator<Item = &'p Package>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let (mut system, mut areas) = (BTreeSet::new(), BTreeSet::new());
    for p in packages {
        let into = match p.kind {
            raw::PackageKind::System => &mut system,
            raw::PackageKind::LegislativeArea => &mut areas,
        };
        into.extend(p.keyword_lists.keys().cloned());
    }
    (system, areas)
}

impl World<'_> {
    /// Derives the lookup keys and the spawn links from the raw workflows.
    fn link(&mut self) {
        for w in self.raw.values() {
            for k in w.keys.keys() {
                self.keys.insert(format!("{}.{k}", w.id));
            }
            let spawns = w
                .actions
                .values()
                .chain(w.starts.values())
                .flat_map(|a| &a.effects);
            for s in spawns.filter_map(|e| e.spawn.as_ref()) {
                self.spawned_by
                    .entry(w.id.clone())
                    .or_default()
                    .push(s.workflow.clone());
                self.parents_of
                    .entry(s.workflow.clone())
                    .or_default()
                    .push(w.id.clone());
            }
        }
        for v in self
            .spawned_by
            .values_mut()
            .chain(self.parents_of.values_mut())
        {
            v.sort();
            v.dedup();
        }
    }
}

/// Where the folders are.
#[derive(Debug, Clone)]
pub struct Layout {
    pub definitions: PathBuf,
    pub translations: PathBuf,
    pub questionnaires: PathBuf,
}

impl Layout {
    /// `dir` is either a project root (holding `definitions/`,
    /// `translations/` and `questionnaires/`) or a definitions folder (with
    /// the other two beside it).
    pub fn find(dir: &Path) -> Layout {
        if dir.join("definitions").is_dir() {
            Layout {
                definitions: dir.join("definitions"),
                translations: dir.join("translations"),
                questionnaires: dir.join("questionnaires"),
            }
        } else {
            let parent = dir.parent().map(Path::to_path_buf).unwrap_or_default();
            Layout {
                definitions: dir.to_path_buf(),
                translations: parent.join("translations"),
                questionnaires: parent.join("questionnaires"),
            }
        }
    }
}

/// A loaded file: its source and its raw value (if it deserialized).
struct Loaded<T> {
    source: SourceFile,
    value: T,
}

fn read_yaml<T: DeserializeOwned>(file: &Path, diags: &mut Diagnostics) -> Option<Loaded<T>> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            diags.push(Diagnostic::error(
                file,
                Position { line: 1, column: 1 },
                format!("cannot read the file: {e}"),
            ));
            return None;
        }
    };
    match serde_yaml::from_str::<T>(&text) {
        Ok(value) => {
            let source = SourceFile::new(file, text);
            for (key, again, first) in &source.duplicates {
                diags.push(Diagnostic::error(
                    file,
                    *again,
                    format!("`{key}` is written twice (first at line {})", first.line),
                ));
            }
            Some(Loaded { source, value })
        }
        Err(e) => {
            let position = serde_position(&e);
            diags.push(Diagnostic::error(
                file,
                position,
                serde_message(&e.to_string()),
            ));
            None
        }
    }
}

/// Where serde_yaml found a problem (the file's start when it cannot say).
pub(crate) fn serde_position(e: &serde_yaml::Error) -> Position {
    e.location()
        .map(|l| Position {
            line: l.line(),
            column: l.column(),
        })
        .unwrap_or(Position { line: 1, column: 1 })
}

/// Makes serde's message read like ours: no "at line …" tail, and a
/// suggestion for a misspelt key.
fn serde_message(message: &str) -> String {
    let mut m = message.to_string();
    if let Some(i) = m.find(" at line ") {
        m.truncate(i);
    }
    if let Some(rest) = m.split("unknown field `").nth(1) {
        let word = rest.split('`').next().unwrap_or("");
        let options: Vec<&str> = m
            .split("expected ")
            .nth(1)
            .map(|s| s.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        if let Some(c) = closest(word, options) {
            m = format!("unknown key `{word}`, did you mean `{c}`?");
        } else {
            m = m.replace("unknown field", "unknown key");
        }
    }
    m
}

fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(yaml_files(&p));
        } else if matches!(p.extension().and_then(|x| x.to_str()), Some("yaml" | "yml")) {
            out.push(p);
        }
    }
    out.sort();
    out
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|it| {
            it.flatten()
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The result of a load: the model when there were no errors, and every problem.
pub struct LoadResult {
    pub definitions: Option<Definitions>,
    /// The model when its only errors are missing or broken texts: enough
    /// to run scenarios while translations are still being written, never
    /// enough to serve.
    pub without_texts: Option<Definitions>,
    pub diagnostics: Diagnostics,
    /// Scenario files found beside the definitions.
    pub scenarios: Vec<PathBuf>,
}

/// Loads and checks everything under `layout`.
pub fn load(layout: &Layout) -> LoadResult {
    let mut diags = Diagnostics::default();
    let defs_dir = &layout.definitions;
    if !defs_dir.is_dir() {
        diags.push(Diagnostic::error(
            defs_dir,
            Position { line: 1, column: 1 },
            "no such definitions folder",
        ));
        return LoadResult {
            definitions: None,
            without_texts: None,
            diagnostics: diags,
            scenarios: Vec::new(),
        };
    }

    // Languages.
    let lang_file = layout.translations.join("languages.yaml");
    let language_names: IndexMap<String, String> =
        read_yaml::<raw::LanguagesFile>(&lang_file, &mut diags)
            .map(|l| l.value.languages.into_iter().collect())
            .unwrap_or_default();
    let languages: Vec<String> = language_names.keys().cloned().collect();

    let calendars = calendars::read(&defs_dir.join("calendars"), &mut diags);
    let package::Packages {
        packages,
        roles,
        relations,
        raw_workflows,
        mut reporters,
        scenarios,
        bindings: declared_bindings,
    } = package::read_all(defs_dir, &languages, &mut diags);

    let mut questionnaires = questionnaire::read_all(
        &layout.questionnaires,
        &packages.keys().cloned().collect(),
        &mut diags,
    );
    for q in &mut questionnaires {
        diags.0.append(&mut q.rep.diags);
    }

    // Cross-workflow facts.
    let (system_lists, area_lists) = list_reach(packages.values().map(|(p, _)| p));
    let mut world = World {
        system_lists,
        area_lists,
        questionnaires: questionnaires
            .iter()
            .map(|q| (q.model.id.clone(), q.model.area.clone()))
            .collect(),
        answer_types: questionnaires
            .iter()
            .map(|q| (q.model.id.clone(), q.model.answer_types()))
            .collect(),
        raw: IndexMap::new(),
        keys: BTreeSet::new(),
        calendars: calendars.keys().cloned().collect(),
        relations,
        roles: roles.clone(),
        spawned_by: HashMap::new(),
        parents_of: HashMap::new(),
    };
    for (_, w) in &raw_workflows {
        let id = w.value.id.clone();
        if world.raw.contains_key(&id) {
            let mut rep = Reporter::new(w.source.clone());
            rep.error(&path(["id"]), format!("duplicate workflow id `{id}`"));
            diags.0.extend(rep.diags);
            continue;
        }
        world.raw.insert(id, &w.value);
    }
    world.link();

    let mut workflows = IndexMap::new();
    for (pkg, w) in &raw_workflows {
        let Some((package, _)) = packages.get(pkg) else {
            continue;
        };
        let mut rep = Reporter::new(w.source.clone());
        let compiled = workflow::Compiler::new(&w.value, package, &world, &mut rep).compile();
        if let Some(c) = &compiled {
            analysis::analyse(
                c,
                &world,
                &raw_workflows
                    .iter()
                    .map(|(_, w)| &w.value)
                    .collect::<Vec<_>>(),
                &mut rep,
            );
        }
        reporters.push(rep);
        if let Some(c) = compiled {
            workflows.entry(c.id.clone()).or_insert_with(|| Arc::new(c));
        }
    }

    let accounts = bindings::check_accounts(
        declared_bindings
            .iter()
            .filter_map(|(b, src)| b.accounts.clone().map(|a| (a, src.clone())))
            .collect(),
        &workflows,
        &mut reporters,
    );
    let directory = bindings::check_directory(
        declared_bindings
            .iter()
            .filter_map(|(b, src)| b.directory.clone().map(|d| (d, src.clone())))
            .collect(),
        &workflows,
        &world.raw.keys().cloned().collect(),
        &world.relations,
        &mut reporters,
    );
    let search = bindings::check_search(
        declared_bindings
            .iter()
            .filter_map(|(b, src)| b.search.clone().map(|s| (s, src.clone())))
            .collect(),
        directory.as_ref(),
        &workflows,
        &packages.values().map(|(p, _)| p).collect::<Vec<_>>(),
        &mut reporters,
    );

    let package_models: IndexMap<String, Package> = packages
        .iter()
        .map(|(k, (p, _))| (k.clone(), p.clone()))
        .collect();
    let checklist = record_bindings::check_checklist(
        declared_bindings
            .iter()
            .filter_map(|(b, src)| b.checklist.clone().map(|c| (c, src.clone())))
            .collect(),
        &workflows,
        &package_models,
        &world.keys,
        &mut reporters,
    );
    let lists = lists::check_lists(
        declared_bindings
            .iter()
            .filter(|(b, _)| !b.lists.is_empty())
            .map(|(b, src)| (b.lists.clone(), src.clone()))
            .collect(),
        &workflows,
        &mut reporters,
    );
    let statistics = record_bindings::check_statistics(
        declared_bindings
            .iter()
            .filter_map(|(b, src)| b.statistics.clone().map(|s| (s, src.clone())))
            .collect(),
        &workflows,
        &package_models,
        &world.keys,
        &mut reporters,
    );

    // Texts.
    let needs: Vec<_> = reporters.iter().flat_map(|r| r.needs.clone()).collect();
    for rep in reporters {
        diags.0.extend(rep.diags);
    }
    let model_ok = !diags.has_errors();
    let texts::Texts {
        keys: translations,
        sources: translation_sources,
        plain: plain_texts,
    } = texts::check(&layout.translations, &languages, &needs, &mut diags);
    questionnaire::check_texts(
        &layout.questionnaires,
        &mut questionnaires,
        &languages,
        &mut diags,
    );

    diags.sort();
    let model = model_ok.then(|| Definitions {
        languages,
        language_names,
        packages: packages.into_iter().map(|(k, (p, _))| (k, p)).collect(),
        roles,
        workflows,
        calendars,
        translations,
        translation_sources,
        plain_texts,
        accounts,
        directory,
        search,
        statistics,
        checklist,
        lists,
        questionnaires: questionnaires
            .into_iter()
            .map(|q| (q.model.id.clone(), Arc::new(q.model)))
            .collect(),
    });
    let (definitions, without_texts) = if diags.has_errors() {
        (None, model)
    } else {
        (model, None)
    };
    LoadResult {
        definitions,
        without_texts,
        diagnostics: diags,
        scenarios,
    }
}

/// Compiles a stored version of a workflow against today's definitions, for
/// instances that started on it.
pub fn compile_stored(
    raw: &raw::WorkflowFile,
    defs: &Definitions,
) -> Result<Workflow, Diagnostics> {
    let package = defs.packages.get(
        defs.workflows
            .get(&raw.id)
            .map(|w| w.package.as_str())
            .unwrap_or_default(),
    );
    let fallback = Package {
        id: String::new(),
        kind: PackageKind::System,
        name: String::new(),
        legal_basis: None,
        coordinator_relations: Vec::new(),
        settings: IndexMap::new(),
        keyword_lists: IndexMap::new(),
    };
    let package = package.unwrap_or(&fallback);
    let raws: Vec<raw::WorkflowFile> = defs
        .workflows
        .values()
        .filter(|w| w.id != raw.id)
        .map(|w| w.raw.clone())
        .collect();
    let (system_lists, area_lists) = list_reach(defs.packages.values());
    let mut world = World {
        system_lists,
        area_lists,
        raw: raws.iter().map(|w| (w.id.clone(), w)).collect(),
        keys: BTreeSet::new(),
        calendars: defs.calendars.keys().cloned().collect(),
        relations: defs
            .packages
            .values()
            .flat_map(|p| p.coordinator_relations.clone())
            .collect(),
        roles: defs.roles.clone(),
        questionnaires: defs
            .questionnaires
            .values()
            .map(|q| (q.id.clone(), q.area.clone()))
            .collect(),
        answer_types: defs
            .questionnaires
            .values()
            .map(|q| (q.id.clone(), q.answer_types()))
            .collect(),
        spawned_by: HashMap::new(),
        parents_of: HashMap::new(),
    };
    world.raw.insert(raw.id.clone(), raw);
    world.link();
    let source = SourceFile::new(
        format!("<stored {} {}>", raw.id, version_of(raw)),
        String::new(),
    );
    let mut rep = Reporter::new(source);
    let compiled = workflow::Compiler::new(raw, package, &world, &mut rep).compile();
    match compiled {
        Some(w) => Ok(w),
        None => Err(Diagnostics(rep.diags)),
    }
}
