//! The checked model: what the engine runs. Built from the raw files by
//! [`crate::load`]; every name in it is known to exist and every expression
//! has been type-checked.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use imi_expr::{Expr, Type, Value};
use indexmap::IndexMap;

use crate::calendar::Calendar;
use crate::raw::{ChosenBy, PackageKind, PartyKind, RoleScope, TriggerTarget, WorkflowFile};

/// Everything loaded from a definitions folder.
#[derive(Debug, Clone, Default)]
pub struct Definitions {
    /// Language codes every text must exist in.
    pub languages: Vec<String>,
    /// Each language's name in itself (`languages.yaml`).
    pub language_names: IndexMap<String, String>,
    pub packages: IndexMap<String, Package>,
    /// Roles of every package (ids are unique across packages).
    pub roles: IndexMap<String, Role>,
    pub workflows: IndexMap<String, Arc<Workflow>>,
    pub calendars: BTreeMap<String, Calendar>,
    /// Translation keys present, per language.
    pub translations: BTreeMap<String, BTreeSet<String>>,
    /// The Fluent sources per language, for rendering texts.
    pub translation_sources: BTreeMap<String, Vec<String>>,
    /// Plain-text messages (no variables) per language.
    pub plain_texts: BTreeMap<String, BTreeMap<String, String>>,
    /// The account workflow of the application's login, if declared.
    pub accounts: Option<crate::raw::AccountsBinding>,
    /// Where authorities, coordinator relations, links and settings are
    /// kept in the store, if declared.
    pub directory: Option<crate::raw::DirectoryBinding>,
    /// What the authority search indexes, if declared (needs `directory`).
    pub search: Option<crate::raw::SearchBinding>,
    /// The indicators over exchanges, if declared.
    pub statistics: Option<Statistics>,
    /// The checklist of `application.checklist`, if declared.
    pub checklist: Option<Checklist>,
    /// The lists of `application.lists`, by id, in order.
    pub lists: IndexMap<String, RecordList>,
    /// The questionnaires (`questionnaires/<id>/`), by id.
    pub questionnaires: IndexMap<String, Arc<crate::questionnaire::Questionnaire>>,
}

impl Definitions {
    /// The keyword list `list` values of a record in `area` come from: the
    /// area's, else a system package's (`None` while the area is unknown
    /// and only areas have such a list).
    pub fn value_list(&self, area: Option<&str>, list: &str) -> Option<&KeywordList> {
        area.and_then(|a| self.packages.get(a)?.keyword_lists.get(list))
            .or_else(|| {
                self.packages
                    .values()
                    .filter(|p| p.kind == PackageKind::System)
                    .find_map(|p| p.keyword_lists.get(list))
            })
    }

    /// An entry of keyword list `list` (as [`Definitions::value_list`]
    /// finds it) by its label in `lang` (else English, else its id).
    pub fn value_label(&self, area: Option<&str>, list: &str, id: &str, lang: &str) -> String {
        self.value_list(area, list)
            .and_then(|l| l.labelled(lang).find(|(i, _)| *i == id))
            .map_or_else(|| id.to_string(), |(_, label)| label.to_string())
    }

    /// The labels of entry `id` of keyword list `list`: in `package` when
    /// given, else in the first package that has such a list.
    pub fn keyword_labels(
        &self,
        package: Option<&str>,
        list: &str,
        id: &str,
    ) -> Option<&BTreeMap<String, String>> {
        fn in_package<'a>(
            p: &'a Package,
            list: &str,
            id: &str,
        ) -> Option<&'a BTreeMap<String, String>> {
            p.keyword_lists.get(list)?.entries.get(id)
        }
        match package {
            Some(p) => self.packages.get(p).and_then(|p| in_package(p, list, id)),
            None => self.packages.values().find_map(|p| in_package(p, list, id)),
        }
    }

    /// A plain-text message in `language`, else in English, else in the
    /// first language that has it.
    pub fn text(&self, language: &str, key: &str) -> Option<&str> {
        [language, "en"]
            .into_iter()
            .find_map(|l| self.plain_texts.get(l)?.get(key))
            .or_else(|| self.plain_texts.values().find_map(|m| m.get(key)))
            .map(String::as_str)
    }

    /// The value of an input given as JSON: answers typed by their
    /// questionnaire, other inputs by their type.
    pub fn input_from_json(&self, input: &Input, v: &serde_json::Value) -> Result<Value, String> {
        let questionnaire = input.answers.as_ref().map(|a| a.questionnaire.as_str());
        self.value_from_json(&input.ty, questionnaire, v)
    }

    /// A value of type `ty` from JSON (answers to `questionnaire`, if given).
    pub fn value_from_json(
        &self,
        ty: &Type,
        questionnaire: Option<&str>,
        v: &serde_json::Value,
    ) -> Result<Value, String> {
        match questionnaire.and_then(|q| self.questionnaires.get(q)) {
            Some(q) if !v.is_null() => q.answers_from_json(v).map(Value::Record).map_err(|ps| {
                ps.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")
            }),
            _ => crate::load::json_value(v, ty),
        }
    }

    /// The same from YAML (scenario files).
    pub fn value_from_yaml(
        &self,
        ty: &Type,
        questionnaire: Option<&str>,
        v: &serde_yaml::Value,
    ) -> Result<Value, String> {
        if questionnaire.is_none() {
            return crate::load::yaml_value(v, ty);
        }
        let json = serde_json::to_value(v).map_err(|e| e.to_string())?;
        self.value_from_json(ty, questionnaire, &json)
    }

    /// Whether a user holding `held` thereby holds `wanted` (through `includes`).
    pub fn role_grants(&self, held: &str, wanted: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut todo = vec![held];
        while let Some(r) = todo.pop() {
            if r == wanted {
                return true;
            }
            if seen.insert(r) {
                if let Some(role) = self.roles.get(r) {
                    todo.extend(role.includes.iter().map(String::as_str));
                }
            }
        }
        false
    }
}

#[derive(Debug, Clone)]
pub struct Package {
    pub id: String,
    pub kind: PackageKind,
    pub name: String,
    pub legal_basis: Option<String>,
    pub coordinator_relations: Vec<String>,
    pub settings: IndexMap<String, Setting>,
    pub keyword_lists: IndexMap<String, KeywordList>,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub id: String,
    pub package: String,
    pub label: String,
    pub scope: RoleScope,
    pub includes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Setting {
    pub id: String,
    pub label: String,
    pub chosen_by: ChosenBy,
    pub ty: Type,
    pub default: Value,
}

#[derive(Debug, Clone)]
pub struct KeywordList {
    pub id: String,
    pub label: String,
    /// Entry id → label per language.
    pub entries: IndexMap<String, BTreeMap<String, String>>,
}

impl KeywordList {
    /// Each entry's id and label in `lang` (else English, else its id), in
    /// the list's order.
    pub fn labelled<'a>(&'a self, lang: &'a str) -> impl Iterator<Item = (&'a str, &'a str)> {
        self.entries.iter().map(move |(id, labels)| {
            let label = labels.get(lang).or_else(|| labels.get("en")).unwrap_or(id);
            (id.as_str(), label.as_str())
        })
    }
}

/// An expression with its source text.
#[derive(Debug, Clone)]
pub struct Compiled {
    pub source: String,
    pub expr: Expr,
}

#[derive(Debug, Clone)]
pub struct Workflow {
    pub id: String,
    pub package: String,
    /// Content hash of the raw definition: instances keep the version they started on.
    pub version: String,
    pub label: String,
    pub area: Option<Compiled>,
    pub parties: IndexMap<String, Party>,
    pub fields: IndexMap<String, Field>,
    pub states: IndexMap<String, State>,
    pub starts: IndexMap<String, Action>,
    pub actions: IndexMap<String, Action>,
    pub timers: IndexMap<String, Timer>,
    pub keys: IndexMap<String, Key>,
    /// When every logged-in user may read the non-personal fields.
    pub public: Option<Compiled>,
    /// (relation, setting): coordinators in that relation of a party read
    /// its non-personal fields when the party's setting holds.
    pub coordinators_see_details: Option<(String, String)>,
    /// What each state awaits (My tasks).
    pub tasks: Option<Tasks>,
    /// When its personal data is blocked, and the action that reveals it.
    pub personal_data_blocked: Option<(Compiled, String)>,
    /// The raw definition, stored with running instances.
    pub raw: WorkflowFile,
}

impl Workflow {
    /// An action or a start by name.
    pub fn action(&self, name: &str) -> Option<&Action> {
        self.actions.get(name).or_else(|| self.starts.get(name))
    }

    /// The start taken when none is named: the only one, or the only one
    /// not kept for the system (a `by: system` start is reached by `spawn`).
    pub fn default_start(&self) -> Option<&str> {
        let mut open = self
            .starts
            .iter()
            .filter(|(_, a)| a.by.iter().any(|b| b != "system"));
        match (self.starts.len(), open.next(), open.next()) {
            (1, _, _) => self.starts.keys().next().map(String::as_str),
            (_, Some((id, _)), None) => Some(id),
            _ => None,
        }
    }
}

/// What each state of a workflow awaits, for My tasks.
#[derive(Debug, Clone)]
pub struct Tasks {
    /// State → the parties it awaits.
    pub awaits: IndexMap<String, Vec<String>>,
    /// The `date` field holding the due date.
    pub due: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Party {
    pub id: String,
    pub kind: PartyKind,
    pub label: String,
    pub of: Option<String>,
    pub relation: Option<String>,
    pub role: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub id: String,
    pub ty: Type,
    pub label: String,
    pub personal_data: bool,
    pub default: Value,
    /// For an answers field: its questionnaire.
    pub questionnaire: Option<String>,
    /// Written by a party for the other to read: machine-translated for a
    /// reader of another language (see `raw::FieldDef::free_text`).
    pub free_text: bool,
    /// The keyword list whose entry ids it holds (`raw::FieldDef::values`).
    pub values: Option<String>,
}

#[derive(Debug, Clone)]
pub struct State {
    pub id: String,
    pub label: String,
    pub is_final: bool,
}

/// Built-in party: the engine itself (timers, triggers, spawns).
pub const SYSTEM: &str = "system";
/// Built-in party: the application around the engine, acting after checks
/// it makes in code (a login it verified, a delivery it confirmed).
pub const APPLICATION: &str = "application";

#[derive(Debug, Clone)]
pub struct Action {
    pub id: String,
    pub label: String,
    /// Empty for a start.
    pub from: Vec<String>,
    pub target: Target,
    pub by: Vec<String>,
    pub role: Option<String>,
    pub inputs: IndexMap<String, Input>,
    pub guard: Option<Compiled>,
    pub guard_message: Option<String>,
    pub effects: Vec<Effect>,
}

impl Action {
    /// Every state the action can lead to.
    pub fn targets(&self) -> Vec<&str> {
        self.paths().into_iter().map(|(s, _)| s).collect()
    }

    /// Every state the action can lead to, with the effects run on the way.
    pub fn paths(&self) -> Vec<(&str, Vec<&Effect>)> {
        match &self.target {
            Target::State(s) => vec![(s.as_str(), self.effects.iter().collect())],
            Target::Choose(branches) => branches
                .iter()
                .map(|b| {
                    (
                        b.to.as_str(),
                        self.effects.iter().chain(&b.effects).collect(),
                    )
                })
                .collect(),
        }
    }
}

impl Action {
    /// Like [`Action::paths`], leaving out branches whose `when` is a test of
    /// `state` that cannot hold in state `from` (`state == 'x'`, `state in [...]`).
    pub fn paths_from(&self, from: &str) -> Vec<(&str, Vec<&Effect>)> {
        match &self.target {
            Target::State(_) => self.paths(),
            Target::Choose(branches) => {
                let mut out = Vec::new();
                for b in branches {
                    let when = b.when.as_ref().map(|w| &w.expr);
                    if when.is_some_and(|w| !state_test_may_hold(w, from)) {
                        continue;
                    }
                    out.push((
                        b.to.as_str(),
                        self.effects.iter().chain(&b.effects).collect(),
                    ));
                    // A test of `state` that holds in `from`: the branches
                    // after it are never taken from there.
                    if when.is_some_and(|w| state_test_holds(w, from)) {
                        break;
                    }
                }
                out
            }
        }
    }
}

/// Whether `expr` is a plain test of `state` that certainly holds in `state`.
fn state_test_holds(expr: &imi_expr::Expr, state: &str) -> bool {
    use imi_expr::BinaryOp;
    match state_test(expr) {
        Some((BinaryOp::Eq | BinaryOp::In, names)) => names.iter().any(|n| n == state),
        Some((BinaryOp::Ne | BinaryOp::NotIn, names)) => !names.iter().any(|n| n == state),
        _ => false,
    }
}

/// `state == 'x'`, `state in ['x', 'y']` (and their negations): the
/// operator and the names.
fn state_test(expr: &imi_expr::Expr) -> Option<(imi_expr::BinaryOp, Vec<String>)> {
    use imi_expr::ExprKind;
    let ExprKind::Binary { op, lhs, rhs } = &expr.kind else {
        return None;
    };
    let is_state = matches!(&lhs.kind, ExprKind::Path(p) if p.len() == 1 && p.first().is_some_and(|s| s == "state"));
    if !is_state {
        return None;
    }
    let lit = |e: &imi_expr::Expr| match &e.kind {
        ExprKind::Literal(Value::String(s)) => Some(s.clone()),
        _ => None,
    };
    let names: Option<Vec<String>> = match &rhs.kind {
        ExprKind::List(items) => items.iter().map(lit).collect(),
        _ => lit(rhs).map(|s| vec![s]),
    };
    Some((*op, names?))
}

/// Whether `expr` may be true in `state`: false only for a plain test of
/// `state` against literal names that do not include it.
fn state_test_may_hold(expr: &imi_expr::Expr, state: &str) -> bool {
    use imi_expr::BinaryOp;
    let Some((op, names)) = state_test(expr) else {
        return true;
    };
    let member = names.iter().any(|n| n == state);
    match op {
        BinaryOp::Eq | BinaryOp::In => member,
        BinaryOp::Ne | BinaryOp::NotIn => !member,
        _ => true,
    }
}

#[derive(Debug, Clone)]
pub enum Target {
    State(String),
    /// First branch whose condition holds; the last has none.
    Choose(Vec<Branch>),
}

#[derive(Debug, Clone)]
pub struct Branch {
    pub when: Option<Compiled>,
    pub to: String,
    /// Run after the action's own effects when this branch is taken.
    pub effects: Vec<Effect>,
}

#[derive(Debug, Clone)]
pub struct Input {
    pub id: String,
    pub ty: Type,
    pub label: String,
    pub required: bool,
    pub personal_data: bool,
    /// Written by a person for others to read (a paragraph in forms).
    pub free_text: bool,
    /// The keyword list whose entry ids it takes (checked when taken).
    pub values: Option<String>,
    /// For answers: how they are checked.
    pub answers: Option<AnswersInput>,
}

/// How an answers input is checked: against the questionnaire of the
/// field of the same name, together with the answers that field holds.
#[derive(Debug, Clone)]
pub struct AnswersInput {
    pub questionnaire: String,
    pub by: crate::questionnaire::AnsweredBy,
    pub complete: bool,
}

#[derive(Debug, Clone)]
pub enum Effect {
    Set(Vec<(String, Compiled)>),
    Start(Vec<String>),
    Cancel(Vec<String>),
    Notify {
        /// Sent only when this holds.
        when: Option<Compiled>,
        template: String,
        to: Vec<Recipient>,
        params: Vec<(String, Compiled)>,
    },
    Assign(Vec<(String, Compiled)>),
    Spawn {
        workflow: String,
        start: String,
        for_each: Option<Compiled>,
        parties: Vec<(String, Compiled)>,
        inputs: Vec<(String, Compiled)>,
    },
    Trigger {
        target: TriggerTarget,
        workflow: Option<String>,
        action: String,
        inputs: Vec<(String, Compiled)>,
    },
    /// Empties `fields`, and removes the answers to personal-data questions
    /// from the answers fields `personal_answers`.
    Erase {
        fields: Vec<String>,
        personal_answers: Vec<String>,
    },
    Delete,
}

#[derive(Debug, Clone)]
pub enum Recipient {
    Email {
        address: Compiled,
        language: Option<Compiled>,
    },
    Party {
        party: String,
        role: Option<String>,
    },
    /// One user, by user id (through the accounts binding).
    User(Compiled),
    /// Party `party` (its users with `role`) of every instance of
    /// `workflow` whose key `key` has `value`.
    Found {
        workflow: String,
        key: String,
        value: Compiled,
        party: String,
        role: Option<String>,
    },
}

#[derive(Debug, Clone)]
pub struct Timer {
    pub id: String,
    pub at: Compiled,
    pub fires: String,
}

#[derive(Debug, Clone)]
pub struct Key {
    pub id: String,
    pub value: Compiled,
    pub when: Option<Compiled>,
}

/// The expression type of a raw field type.
pub fn field_type(t: crate::raw::FieldType) -> Type {
    use crate::raw::FieldType as F;
    match t {
        F::String => Type::String,
        F::Number => Type::Number,
        F::Bool => Type::Bool,
        F::Date => Type::Date,
        F::Datetime => Type::DateTime,
        F::Time => Type::Time,
        F::Duration => Type::Duration,
        F::Strings => Type::List(Box::new(Type::String)),
        F::Texts => Type::Texts,
        F::Answers => Type::Record,
    }
}

/// The indicators over exchanges (checked `application.statistics`).
#[derive(Debug, Clone)]
pub struct Statistics {
    pub workflows: Vec<String>,
    pub party: String,
    pub indicators: Vec<Indicator>,
}

/// A list of the records an authority takes part in (checked
/// `raw::ListDef`).
#[derive(Debug, Clone)]
pub struct RecordList {
    pub id: String,
    pub group: String,
    /// Text keys: the list's and its group's titles.
    pub label: String,
    pub group_label: String,
    pub workflows: Vec<String>,
    pub parties: Vec<String>,
    pub states: Vec<String>,
    pub columns: Vec<String>,
    pub start: Option<String>,
}

/// A checklist on the records of one workflow (see
/// `raw::ChecklistBinding`).
#[derive(Debug, Clone)]
pub struct Checklist {
    pub workflow: String,
    pub steps: Vec<ChecklistStep>,
}

#[derive(Debug, Clone)]
pub struct ChecklistStep {
    pub id: String,
    /// Text key.
    pub label: String,
    /// `None`: the user checks it.
    pub done: Option<Compiled>,
}

#[derive(Debug, Clone)]
pub struct Indicator {
    pub id: String,
    pub label: String,
    /// Per workflow: which exchanges count, and what is measured.
    pub of: BTreeMap<String, Compiled>,
    pub measure: BTreeMap<String, Compiled>,
    /// A share (percent) of a condition, or the average of a number.
    pub average: bool,
    /// Expressions on `value`.
    pub green: Compiled,
    pub red: Compiled,
}
