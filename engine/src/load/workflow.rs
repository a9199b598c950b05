//! Compiles one raw workflow into the checked model, reporting every problem
//! at its place in the file.

use std::collections::BTreeMap;

use imi_expr::{closest, Type, Value};
use indexmap::IndexMap;

use super::expressions::expr;
use super::scope::WorkflowScope;
use super::values::{is_ident, version_of, yaml_value};
use super::{Reporter, World};
use crate::functions::RESERVED_NAMES;
use crate::model::*;
use crate::raw::{self, PartyKind};
use crate::source::{path, Seg};

pub(super) fn hint<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, options)
        .map(|c| format!(", did you mean `{c}`?"))
        .unwrap_or_default()
}

/// What a workflow's expressions are checked against (read-only while compiling).
pub(crate) struct Ctx<'a> {
    pub raw: &'a raw::WorkflowFile,
    pub package: &'a Package,
    pub world: &'a World<'a>,
    pub field_types: IndexMap<String, Type>,
    /// Answers fields → types of their questionnaire's answers.
    pub answer_types: IndexMap<String, BTreeMap<String, Type>>,
    pub party_kinds: IndexMap<String, PartyKind>,
}

impl Ctx<'_> {
    /// The prefix of the workflow's translation keys.
    pub fn texts_prefix(&self) -> String {
        self.raw
            .texts
            .clone()
            .unwrap_or_else(|| self.raw.id.clone())
    }
}

pub(crate) struct Compiler<'a> {
    pub(super) ctx: Ctx<'a>,
    pub(super) rep: &'a mut Reporter,
}

impl Compiler<'_> {
    /// The questionnaire of an answers field (which must name one that
    /// serves the workflow's area); other fields name none.
    fn field_questionnaire(&mut self, name: &str, f: &raw::FieldDef) -> Option<String> {
        let at = path(["fields", name]);
        let is_answers = f.ty == raw::FieldType::Answers;
        match (&f.questionnaire, is_answers) {
            (None, true) => {
                self.rep.error(
                    &at,
                    format!("answers field `{name}` needs `questionnaire:` (a folder of questionnaires/)"),
                );
                None
            }
            (Some(_), false) => {
                self.rep.error(
                    &path(["fields", name, "questionnaire"]),
                    "only a field of `type: answers` has a questionnaire",
                );
                None
            }
            (Some(q), true) => {
                let at = path(["fields", name, "questionnaire"]);
                match self.ctx.world.questionnaires.get(q) {
                    None => self.rep.error(
                        &at,
                        format!(
                            "unknown questionnaire `{q}`{}",
                            hint(q, self.ctx.world.questionnaires.keys().map(String::as_str))
                        ),
                    ),
                    Some(area) if *area != self.ctx.package.id => self.rep.error(
                        &at,
                        format!(
                            "questionnaire `{q}` serves area `{area}`, not `{}`",
                            self.ctx.package.id
                        ),
                    ),
                    Some(_) => {}
                }
                Some(q.clone())
            }
            (None, false) => None,
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn new(
        raw: &'a raw::WorkflowFile,
        package: &'a Package,
        world: &'a World<'a>,
        rep: &'a mut Reporter,
    ) -> Self {
        Compiler {
            ctx: Ctx {
                raw,
                package,
                world,
                field_types: raw
                    .fields
                    .iter()
                    .map(|(k, f)| (k.clone(), field_type(f.ty)))
                    .collect(),
                answer_types: raw
                    .fields
                    .iter()
                    .filter_map(|(k, f)| {
                        let q = f.questionnaire.as_ref()?;
                        Some((k.clone(), world.answer_types.get(q)?.clone()))
                    })
                    .collect(),
                party_kinds: raw
                    .parties
                    .iter()
                    .map(|(k, p)| (k.clone(), p.kind))
                    .collect(),
            },
            rep,
        }
    }
}

impl<'a> Ctx<'a> {
    pub(super) fn scope<'s>(
        &'s self,
        inputs: Option<&'s IndexMap<String, Type>>,
    ) -> WorkflowScope<'s> {
        WorkflowScope {
            fields: &self.field_types,
            parties: &self.party_kinds,
            settings: Some(&self.package.settings),
            inputs,
            item: None,
            keys: &self.world.keys,
            answers: Some(&self.answer_types),
        }
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn label(
        &mut self,
        explicit: &Option<String>,
        default: String,
        at: Vec<Seg>,
    ) -> String {
        self.rep.label(explicit, default, at)
    }

    pub(super) fn check_state(&mut self, at: &[Seg], state: &str) -> bool {
        if self.ctx.raw.states.contains_key(state) {
            true
        } else {
            let h = hint(state, self.ctx.raw.states.keys().map(String::as_str));
            self.rep.error(at, format!("unknown state `{state}`{h}"));
            false
        }
    }

    pub fn compile(mut self) -> Option<Workflow> {
        let raw = self.ctx.raw;
        let wf = raw.id.clone();
        let texts = self.ctx.texts_prefix();
        let errors_before = self.rep.error_count();
        if !is_ident(&wf) {
            self.rep.error(&path(["id"]), format!("workflow id `{wf}` must be lowercase letters, digits and `_`, starting with a letter"));
        }
        let label = self.label(&raw.label, format!("wf-{wf}"), path(["id"]));

        // Parties.
        let mut parties = IndexMap::new();
        for (name, p) in &raw.parties {
            let at = path(["parties", name.as_str()]);
            if RESERVED_NAMES.contains(&name.as_str()) || raw.fields.contains_key(name) {
                self.rep.error_key(
                    &at,
                    format!("party `{name}` clashes with a field or a reserved name"),
                );
            }
            let need = |what: &str, has: bool, rep: &mut Reporter| {
                if !has {
                    rep.error(
                        &at,
                        format!("a `{:?}` party needs `{what}`", p.kind).to_lowercase(),
                    );
                }
            };
            match p.kind {
                PartyKind::Coordinator => {
                    need("of", p.of.is_some(), self.rep);
                    need("relation", p.relation.is_some(), self.rep);
                    if let Some(of) = &p.of {
                        if raw.parties.get(of).map(|q| q.kind) != Some(PartyKind::Authority) {
                            let h = hint(of, raw.parties.keys().map(String::as_str));
                            self.rep.error(
                                &path(["parties", name.as_str(), "of"]),
                                format!("`of` must name an authority party, not `{of}`{h}"),
                            );
                        }
                    }
                    if let Some(rel) = &p.relation {
                        if !self.ctx.world.relations.contains(rel) {
                            let h = hint(rel, self.ctx.world.relations.iter().map(String::as_str));
                            self.rep.error(
                                &path(["parties", name.as_str(), "relation"]),
                                format!("unknown coordinator relation `{rel}`{h}"),
                            );
                        }
                    }
                }
                PartyKind::Role => {
                    need("role", p.role.is_some(), self.rep);
                    if let Some(r) = &p.role {
                        self.check_role(&path(["parties", name.as_str(), "role"]), r);
                    }
                }
                PartyKind::Authority | PartyKind::Outside => {}
            }
            if p.kind != PartyKind::Coordinator && (p.of.is_some() || p.relation.is_some()) {
                self.rep.error(
                    &at,
                    "`of` and `relation` belong to `coordinator` parties only",
                );
            }
            if p.kind != PartyKind::Role && p.role.is_some() {
                self.rep.error(&at, "`role` belongs to `role` parties only (an action's `role` says what the acting user must hold)");
            }
            let label = self.label(&p.label, format!("{texts}-party-{name}"), at.clone());
            parties.insert(
                name.clone(),
                Party {
                    id: name.clone(),
                    kind: p.kind,
                    label,
                    of: p.of.clone(),
                    relation: p.relation.clone(),
                    role: p.role.clone(),
                },
            );
        }

        // Fields.
        let mut fields = IndexMap::new();
        for (name, f) in &raw.fields {
            let at = path(["fields", name.as_str()]);
            if RESERVED_NAMES.contains(&name.as_str()) {
                self.rep.error_key(
                    &at,
                    format!("`{name}` is a reserved name; choose another field name"),
                );
            }
            if !is_ident(name) {
                self.rep.error_key(
                    &at,
                    format!("field name `{name}` must be lowercase letters, digits and `_`"),
                );
            }
            let ty = field_type(f.ty);
            let default = match &f.default {
                None => Value::Null,
                Some(v) => match yaml_value(v, &ty) {
                    Ok(v) => v,
                    Err(m) => {
                        self.rep
                            .error(&path(["fields", name.as_str(), "default"]), m);
                        Value::Null
                    }
                },
            };
            let questionnaire = self.field_questionnaire(name, f);
            if f.free_text && (f.personal_data || f.ty != raw::FieldType::String) {
                self.rep.error(
                    &path(["fields", name.as_str(), "free_text"]),
                    "`free_text` is for a string that is not personal data (personal data never goes to a translation service)",
                );
            }
            if let Some(list) = &f.values {
                self.check_values(&path(["fields", name.as_str(), "values"]), f.ty, list);
            }
            let label = self.label(&f.label, format!("{texts}-field-{name}"), at);
            fields.insert(
                name.clone(),
                Field {
                    id: name.clone(),
                    ty,
                    label,
                    personal_data: f.personal_data,
                    default,
                    questionnaire,
                    free_text: f.free_text,
                    values: f.values.clone(),
                },
            );
        }

        // States.
        if raw.states.is_empty() {
            self.rep
                .error(&path(["states"]), "a workflow needs at least one state");
        }
        let mut states = IndexMap::new();
        for (name, s) in &raw.states {
            let label = self.label(
                &s.label,
                format!("{texts}-state-{name}"),
                path(["states", name.as_str()]),
            );
            states.insert(
                name.clone(),
                State {
                    id: name.clone(),
                    label,
                    is_final: s.is_final,
                },
            );
        }

        let area = raw.area.as_ref().and_then(|src| {
            let scope = self.ctx.scope(None);
            expr(
                &self.ctx,
                self.rep,
                &path(["area"]),
                src,
                &scope,
                &Type::String,
            )
        });

        if raw.starts.is_empty() {
            self.rep.error(
                &path(["starts"]),
                "a workflow needs at least one way to start (`starts:`)",
            );
        }
        let mut starts = IndexMap::new();
        for (name, a) in &raw.starts {
            if let Some(action) = self.action("starts", name, a) {
                starts.insert(name.clone(), action);
            }
        }
        let mut actions = IndexMap::new();
        for (name, a) in &raw.actions {
            if raw.starts.contains_key(name) {
                self.rep.error_key(
                    &path(["actions", name.as_str()]),
                    format!("`{name}` is both a start and an action"),
                );
            }
            if let Some(action) = self.action("actions", name, a) {
                actions.insert(name.clone(), action);
            }
        }

        // Timers.
        let mut timers = IndexMap::new();
        for (name, t) in &raw.timers {
            let at = path(["timers", name.as_str()]);
            let scope = self.ctx.scope(None);
            let due = expr(
                &self.ctx,
                self.rep,
                &path(["timers", name.as_str(), "at"]),
                &t.at,
                &scope,
                &Type::DateTime,
            );
            match raw.actions.get(&t.fires) {
                None => {
                    let h = hint(&t.fires, raw.actions.keys().map(String::as_str));
                    self.rep.error(
                        &path(["timers", name.as_str(), "fires"]),
                        format!("unknown action `{}`{h}", t.fires),
                    );
                }
                Some(a) if !a.by.items().contains(&SYSTEM) => {
                    self.rep.error(&path(["timers", name.as_str(), "fires"]), format!("timer `{name}` fires `{}`, but that action's `by` does not list `system`", t.fires));
                }
                Some(_) => {}
            }
            if let Some(due) = due {
                timers.insert(
                    name.clone(),
                    Timer {
                        id: name.clone(),
                        at: due,
                        fires: t.fires.clone(),
                    },
                );
            }
            let _ = at;
        }

        // Keys.
        let mut keys = IndexMap::new();
        for (name, k) in &raw.keys {
            let scope = self.ctx.scope(None);
            let value = expr(
                &self.ctx,
                self.rep,
                &path(["keys", name.as_str(), "value"]),
                &k.value,
                &scope,
                &Type::Any,
            );
            let when = k.when.as_ref().and_then(|w| {
                expr(
                    &self.ctx,
                    self.rep,
                    &path(["keys", name.as_str(), "when"]),
                    w,
                    &scope,
                    &Type::Bool,
                )
            });
            if let Some(value) = value {
                keys.insert(
                    name.clone(),
                    Key {
                        id: name.clone(),
                        value,
                        when,
                    },
                );
            }
        }

        let public = raw.public.as_ref().and_then(|p| {
            expr(
                &self.ctx,
                self.rep,
                &path(["public"]),
                p,
                &self.ctx.scope(None),
                &Type::Bool,
            )
        });

        let personal_data_blocked = raw.personal_data.as_ref().and_then(|pd| {
            if !raw.actions.contains_key(&pd.reveal) {
                let h = hint(&pd.reveal, raw.actions.keys().map(String::as_str));
                self.rep.error(
                    &path(["personal_data", "reveal"]),
                    format!("unknown action `{}`{h}", pd.reveal),
                );
            }
            let blocked = expr(
                &self.ctx,
                self.rep,
                &path(["personal_data", "blocked"]),
                &pd.blocked,
                &self.ctx.scope(None),
                &Type::Bool,
            )?;
            Some((blocked, pd.reveal.clone()))
        });

        let coordinators_see_details = raw.coordinators_see_details.as_ref().map(|d| {
            if !self.ctx.world.relations.contains(&d.relation) {
                let h = hint(
                    &d.relation,
                    self.ctx.world.relations.iter().map(String::as_str),
                );
                self.rep.error(
                    &path(["coordinators_see_details", "relation"]),
                    format!("unknown coordinator relation `{}`{h}", d.relation),
                );
            }
            match self.ctx.package.settings.get(&d.setting) {
                Some(s) if s.ty == Type::Bool => {}
                Some(_) => self.rep.error(
                    &path(["coordinators_see_details", "setting"]),
                    format!("setting `{}` is not a bool", d.setting),
                ),
                None => {
                    let h = hint(
                        &d.setting,
                        self.ctx.package.settings.keys().map(String::as_str),
                    );
                    self.rep.error(
                        &path(["coordinators_see_details", "setting"]),
                        format!("the area has no setting `{}`{h}", d.setting),
                    );
                }
            }
            (d.relation.clone(), d.setting.clone())
        });

        let tasks = raw.tasks.as_ref().map(|t| {
            let mut awaits = IndexMap::new();
            for (state, parties) in &t.awaits {
                let at = path(["tasks", "awaits", state.as_str()]);
                if !raw.states.contains_key(state) {
                    let h = hint(state, raw.states.keys().map(String::as_str));
                    self.rep
                        .error_key(&at, format!("unknown state `{state}`{h}"));
                }
                let mut list = Vec::new();
                for p in parties.items() {
                    if !raw.parties.contains_key(p) {
                        let h = hint(p, raw.parties.keys().map(String::as_str));
                        self.rep.error(&at, format!("unknown party `{p}`{h}"));
                    }
                    list.push(p.to_string());
                }
                awaits.insert(state.clone(), list);
            }
            if let Some(due) = &t.due {
                if raw.fields.get(due).map(|f| f.ty) != Some(raw::FieldType::Date) {
                    self.rep.error(
                        &path(["tasks", "due"]),
                        format!("the due date is a `date` field; `{due}` is not one"),
                    );
                }
            }
            Tasks {
                awaits,
                due: t.due.clone(),
            }
        });

        if self.rep.error_count() > errors_before {
            return None;
        }
        Some(Workflow {
            public,
            tasks,
            personal_data_blocked,
            coordinators_see_details,
            id: wf,
            package: self.ctx.package.id.clone(),
            version: version_of(raw),
            label,
            area,
            parties,
            fields,
            states,
            starts,
            actions,
            timers,
            keys,
            raw: raw.clone(),
        })
    }

    /// `values: <list>`: on a string or strings, naming a keyword list of
    /// the workflow's package, of a system package, or (for a workflow of
    /// several areas) of a legislative area.
    pub(super) fn check_values(&mut self, at: &[Seg], ty: raw::FieldType, list: &str) {
        if !matches!(ty, raw::FieldType::String | raw::FieldType::Strings) {
            self.rep.error(
                at,
                "`values` is for a `string` or `strings`: the ids of a keyword list",
            );
        }
        let world = self.ctx.world;
        let found = self.ctx.package.keyword_lists.contains_key(list)
            || world.system_lists.contains(list)
            || (self
                .ctx
                .raw
                .area
                .as_deref()
                .is_some_and(|a| a.trim() != "null")
                && world.area_lists.contains(list));
        if !found {
            let known = self
                .ctx
                .package
                .keyword_lists
                .keys()
                .chain(&world.system_lists)
                .chain(&world.area_lists);
            let h = hint(list, known.map(String::as_str));
            self.rep
                .error(at, format!("unknown keyword list `{list}`{h}"));
        }
    }

    pub(super) fn check_role(&mut self, at: &[Seg], role: &str) {
        if !self.ctx.world.roles.contains_key(role) {
            let h = hint(role, self.ctx.world.roles.keys().map(String::as_str));
            self.rep.error(at, format!("unknown role `{role}`{h}"));
        }
    }
}
