//! Taking an action on the writer's overlay: authorization, inputs,
//! guard, target state, effects (with spawns and triggers cascading), lookup
//! keys, timers and the audit record. Either all of it commits or nothing.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use imi_expr::{eval, Expr, Value};

use super::env::{InstanceEnv, Reader};
use super::records::*;
use super::store::*;
use super::world::Actor;
use super::Core;
use crate::model::{Action, Target, Workflow, APPLICATION, SYSTEM};
use crate::raw::PartyKind;

pub(crate) type TxError = EngineError;

pub(super) fn refuse<T>(r: Refusal) -> Result<T, TxError> {
    Err(EngineError::Refused(r))
}

/// Triggers and spawns may cascade; this bounds a definition that loops.
const MAX_DEPTH: usize = 8;

/// One action (with all it causes) being applied by the writer.
pub(crate) struct Unit<'a> {
    pub engine: &'a Core,
    pub kv: &'a Overlay<'a>,
    pub now: DateTime<Utc>,
    pub notifications: Vec<Notification>,
    pub spawned: Vec<InstanceId>,
}

impl<'a> Unit<'a> {
    pub fn load(&self, id: InstanceId) -> Result<Instance, TxError> {
        match self.kv.get(&instance_key(id))? {
            Some(bytes) => decode(&bytes),
            None => refuse(Refusal::UnknownInstance(id)),
        }
    }

    fn save(&self, inst: &Instance) -> Result<(), TxError> {
        self.kv.insert(instance_key(inst.id), encode(inst));
        Ok(())
    }

    /// The definition `inst` runs on, read through the overlay.
    pub fn workflow(&self, inst: &Instance) -> Result<Arc<Workflow>, TxError> {
        self.engine
            .workflow_version_from(&inst.workflow, &inst.version, |k| self.kv.get(k))
    }

    pub(super) fn env<'e>(
        &'e self,
        wf: &'e Workflow,
        inst: &'e Instance,
        inputs: &'e BTreeMap<String, Value>,
        item: Option<&'e Value>,
        area: Option<String>,
    ) -> InstanceEnv<'e> {
        InstanceEnv {
            defs: &self.engine.defs,
            directory: self.engine.directory.as_ref(),
            workflow: wf,
            instance: inst,
            inputs,
            item,
            now: self.now,
            area,
            reader: Reader::Overlay(self.kv),
        }
    }

    /// Evaluates in `env`; a failure refuses the action.
    pub(super) fn eval(
        &self,
        env: &InstanceEnv,
        expr: &Expr,
        action: &str,
    ) -> Result<Value, TxError> {
        eval(expr, env).or_else(|e| {
            refuse(Refusal::Evaluation {
                action: action.to_string(),
                message: e.message,
            })
        })
    }

    fn area_of(&self, wf: &Workflow, inst: &Instance) -> Result<Option<String>, TxError> {
        match &wf.area {
            None => Ok(self.engine.package_area(wf)),
            Some(expr) => {
                let inputs = BTreeMap::new();
                let env = self.env(wf, inst, &inputs, None, None);
                match self.eval(&env, &expr.expr, "area")? {
                    Value::String(s) => Ok(Some(s)),
                    _ => Ok(None),
                }
            }
        }
    }

    /// Creates an instance through one of the workflow's starts.
    #[allow(clippy::too_many_arguments)]
    pub fn start(
        &mut self,
        wf: Arc<Workflow>,
        via: &str,
        actor: &Actor,
        inputs: BTreeMap<String, Value>,
        preset: BTreeMap<String, String>,
        parent: Option<InstanceId>,
        depth: usize,
    ) -> Result<Instance, TxError> {
        let Some(action) = wf.starts.get(via) else {
            return refuse(Refusal::UnknownAction {
                workflow: wf.id.clone(),
                action: via.to_string(),
            });
        };
        let id = self.kv.generate_id()? + 1;
        let mut inst = Instance {
            id,
            workflow: wf.id.clone(),
            version: wf.version.clone(),
            state: String::new(),
            fields: wf
                .fields
                .iter()
                .map(|(k, f)| (k.clone(), f.default.clone()))
                .collect(),
            parties: preset,
            timers: BTreeMap::new(),
            keys: BTreeMap::new(),
            parent,
            children: Vec::new(),
            created_at: self.now,
            updated_at: self.now,
            audit_len: 0,
        };
        // The starting user's authority becomes the first authority party it may act as.
        if let Actor::User { authority, .. } = actor {
            if let Some(p) = action.by.iter().find(|p| {
                wf.parties.get(*p).map(|d| d.kind) == Some(PartyKind::Authority)
                    && !inst.parties.contains_key(*p)
            }) {
                inst.parties.insert(p.clone(), authority.clone());
            }
        }
        self.apply(&wf, &mut inst, action, actor, inputs, None, depth)?;
        Ok(inst)
    }

    /// Takes `action` on `inst` (already loaded); saves everything.
    #[allow(clippy::too_many_arguments)]
    pub fn apply(
        &mut self,
        wf: &Workflow,
        inst: &mut Instance,
        action: &Action,
        actor: &Actor,
        inputs: BTreeMap<String, Value>,
        cause: Option<String>,
        depth: usize,
    ) -> Result<(), TxError> {
        if depth > MAX_DEPTH {
            return refuse(Refusal::Evaluation {
                action: action.id.clone(),
                message: format!("triggers and spawns nest deeper than {MAX_DEPTH}"),
            });
        }
        let is_start = inst.state.is_empty();
        // What the indexes hold for it now (nothing before its start).
        let parties_before: Vec<String> = if is_start {
            Vec::new()
        } else {
            inst.parties.values().cloned().collect()
        };
        if !is_start && !action.from.contains(&inst.state) {
            return refuse(Refusal::WrongState {
                action: action.id.clone(),
                state: inst.state.clone(),
                allowed: quote_list(&action.from),
            });
        }
        let area = self.area_of(wf, inst)?;
        if let Err(r) = self.engine.authorize(
            wf,
            inst,
            action,
            actor,
            area.as_deref(),
            &Reader::Overlay(self.kv),
        ) {
            return refuse(r);
        }
        let inputs = match check_inputs(action, inputs) {
            Ok(i) => i,
            Err(r) => return refuse(r),
        };
        if let Err(r) = self.check_answers(inst, action, &inputs) {
            return refuse(r);
        }

        // Guard.
        let mut guard_saw = BTreeMap::new();
        if let Some(guard) = &action.guard {
            let env = self.env(wf, inst, &inputs, None, area.clone());
            let holds = self.eval(&env, &guard.expr, &action.id)?.is_true();
            for (p, _) in guard.expr.paths() {
                let name = p.join(".");
                let value = imi_expr::Env::path(&env, p).unwrap_or(Value::Null);
                guard_saw.insert(name, mask(&self.engine.defs, wf, action, p, value));
            }
            if !holds {
                return refuse(Refusal::GuardFalse {
                    action: action.id.clone(),
                    guard: guard.source.clone(),
                    saw: guard_saw
                        .iter()
                        .map(|(k, v)| format!("{k} = {v}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    message: action.guard_message.clone(),
                    text: action
                        .guard_message
                        .as_deref()
                        .and_then(|k| self.engine.defs.text("en", k))
                        .map(str::to_string),
                });
            }
        }

        // Target state (and the chosen branch's own effects).
        let (to, branch_effects) = match &action.target {
            Target::State(s) => (s.clone(), &[][..]),
            Target::Choose(branches) => {
                let env = self.env(wf, inst, &inputs, None, area.clone());
                let mut chosen = None;
                for branch in branches {
                    let holds = match &branch.when {
                        None => true,
                        Some(c) => self.eval(&env, &c.expr, &action.id)?.is_true(),
                    };
                    if holds {
                        chosen = Some(branch);
                        break;
                    }
                }
                match chosen {
                    Some(b) => (b.to.clone(), b.effects.as_slice()),
                    None => (inst.state.clone(), &[][..]),
                }
            }
        };
        let from = (!is_start).then(|| inst.state.clone());
        inst.state = to.clone();

        // Effects, in order.
        let mut deleted = false;
        for effect in action.effects.iter().chain(branch_effects) {
            self.effect(
                wf,
                inst,
                action,
                effect,
                &inputs,
                area.clone(),
                depth,
                &mut deleted,
            )?;
        }
        // Inputs with `values` hold entries of the list of the instance's
        // area, which a start's effects may have just set.
        let values_area = match (is_start, &area) {
            (true, None) => self.area_of(wf, inst)?,
            _ => area.clone(),
        };
        if let Err(r) = check_values(&self.engine.defs, action, &inputs, values_area.as_deref()) {
            return refuse(r);
        }

        // Audit.
        let record = AuditRecord {
            seq: inst.audit_len,
            at: self.now,
            actor: actor.clone(),
            action: action.id.clone(),
            from,
            to,
            inputs: inputs
                .iter()
                .map(|(k, v)| {
                    let path = ["input".to_string(), k.clone()];
                    (
                        k.clone(),
                        mask(&self.engine.defs, wf, action, &path, v.clone()),
                    )
                })
                .collect(),
            guard_saw,
            version: inst.version.clone(),
            cause,
        };
        self.kv
            .insert(audit_key(inst.id, record.seq), encode(&record));
        inst.audit_len += 1;
        inst.updated_at = self.now;

        let after: Vec<String> = if deleted {
            Vec::new()
        } else {
            inst.parties.values().cloned().collect()
        };
        for (key, value) in index_writes(
            &inst.workflow,
            inst.id,
            parties_before.iter(),
            after.iter(),
            !is_start,
            !deleted,
        ) {
            match value {
                Some(v) => self.kv.insert(key, v),
                None => self.kv.remove(key),
            }
        }
        if deleted {
            for (name, due) in std::mem::take(&mut inst.timers) {
                self.kv.remove(timer_key(due, inst.id, &name));
            }
            self.update_keys(wf, inst, area, true)?;
            self.kv.remove(instance_key(inst.id));
        } else {
            self.update_keys(wf, inst, area, false)?;
            self.save(inst)?;
        }
        Ok(())
    }

    fn update_keys(
        &self,
        wf: &Workflow,
        inst: &mut Instance,
        area: Option<String>,
        gone: bool,
    ) -> Result<(), TxError> {
        for (name, key) in &wf.keys {
            let new = if gone {
                None
            } else {
                let inputs = BTreeMap::new();
                let env = self.env(wf, inst, &inputs, None, area.clone());
                let applies = match &key.when {
                    None => true,
                    Some(w) => self.eval(&env, &w.expr, name)?.is_true(),
                };
                if applies {
                    Some(self.eval(&env, &key.value.expr, name)?).filter(|v| !v.is_null())
                } else {
                    None
                }
            };
            let old = inst.keys.get(name).cloned();
            if old == new {
                continue;
            }
            if let Some(old) = &old {
                let k = lookup_key(&wf.id, name, old);
                let n = count_from(self.kv.get(&k)?.as_deref()).saturating_sub(1);
                if n == 0 {
                    self.kv.remove(k);
                } else {
                    self.kv.insert(k, n.to_be_bytes().to_vec());
                }
                self.kv.remove(member_key(&wf.id, name, old, inst.id));
            }
            match new {
                Some(v) => {
                    let k = lookup_key(&wf.id, name, &v);
                    let n = count_from(self.kv.get(&k)?.as_deref()) + 1;
                    self.kv.insert(k, n.to_be_bytes().to_vec());
                    self.kv
                        .insert(member_key(&wf.id, name, &v, inst.id), Vec::<u8>::new());
                    inst.keys.insert(name.clone(), v);
                }
                None => {
                    inst.keys.remove(name);
                }
            }
        }
        Ok(())
    }
}

/// The marker that stands for personal data in audit trails.
pub fn masked() -> Value {
    Value::String("‹personal data›".into())
}

/// What an audit record shows of a field or input: personal data masked
/// (in answers, the answers to personal-data questions).
fn mask(
    defs: &crate::Definitions,
    wf: &Workflow,
    action: &Action,
    path: &[String],
    value: Value,
) -> Value {
    let (personal, questionnaire) = match path {
        [field] => wf.fields.get(field).map_or((false, None), |f| {
            (f.personal_data, f.questionnaire.as_ref())
        }),
        [scope, input] if scope == "input" => (
            input_is_personal(wf, action, input),
            action
                .inputs
                .get(input)
                .and_then(|i| i.answers.as_ref())
                .map(|a| &a.questionnaire),
        ),
        _ => (false, None),
    };
    match (
        personal,
        questionnaire.and_then(|q| defs.questionnaires.get(q)),
        value,
    ) {
        (true, _, v) if !v.is_null() => masked(),
        (_, Some(q), Value::Record(answers)) => Value::Record(q.masked(&answers, &masked())),
        (_, _, v) => v,
    }
}

/// An input holds personal data when it is marked so, or feeds the field of
/// the same name that is.
fn input_is_personal(wf: &Workflow, action: &Action, input: &str) -> bool {
    action.inputs.get(input).is_some_and(|i| i.personal_data)
        || wf.fields.get(input).is_some_and(|f| f.personal_data)
}

fn quote_list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Unit<'_> {
    /// Checks each answers input against its questionnaire, together with
    /// the answers the field of the same name holds.
    fn check_answers(
        &self,
        inst: &Instance,
        action: &Action,
        inputs: &BTreeMap<String, Value>,
    ) -> Result<(), Refusal> {
        for (name, input) in &action.inputs {
            let Some(spec) = &input.answers else { continue };
            let Some(q) = self.engine.defs.questionnaires.get(&spec.questionnaire) else {
                continue;
            };
            let answers = match inputs.get(name) {
                Some(Value::Record(a)) => a.clone(),
                _ => BTreeMap::new(),
            };
            let given = match inst.fields.get(name) {
                Some(Value::Record(g)) => g.clone(),
                _ => BTreeMap::new(),
            };
            let problems: Vec<_> = q
                .check(&answers, &given, spec.by, self.now)
                .into_iter()
                .filter(|p| spec.complete || !p.problem.is_incomplete())
                .collect();
            if !problems.is_empty() {
                return Err(Refusal::InvalidAnswers {
                    input: name.clone(),
                    problems,
                });
            }
        }
        Ok(())
    }
}

/// Checks that inputs with `values` hold entry ids of their keyword list
/// (the list of the instance's area, else the system's).
fn check_values(
    defs: &crate::model::Definitions,
    action: &Action,
    inputs: &BTreeMap<String, Value>,
    area: Option<&str>,
) -> Result<(), Refusal> {
    for (name, input) in &action.inputs {
        let (Some(list), Some(value)) = (&input.values, inputs.get(name)) else {
            continue;
        };
        let ids: Vec<&str> = match value {
            Value::String(s) => vec![s.as_str()],
            Value::List(items) => items
                .iter()
                .filter_map(|v| match v {
                    Value::String(s) => Some(s.as_str()),
                    _ => None,
                })
                .collect(),
            _ => continue,
        };
        let entries = defs.value_list(area, list).map(|l| &l.entries);
        if let Some(wrong) = ids
            .into_iter()
            .find(|id| !entries.is_some_and(|e| e.contains_key(*id)))
        {
            let hint = entries
                .and_then(|e| imi_expr::closest(wrong, e.keys().map(String::as_str)))
                .map(|c| format!(", did you mean `{c}`?"))
                .unwrap_or_default();
            return Err(Refusal::InvalidInput {
                input: name.clone(),
                message: format!("`{wrong}` is not in the list `{list}`{hint}"),
            });
        }
    }
    Ok(())
}

/// Checks inputs against the action's declaration.
fn check_inputs(
    action: &Action,
    inputs: BTreeMap<String, Value>,
) -> Result<BTreeMap<String, Value>, Refusal> {
    for (name, value) in &inputs {
        let Some(decl) = action.inputs.get(name) else {
            let known: Vec<&str> = action.inputs.keys().map(String::as_str).collect();
            let hint = imi_expr::closest(name, known.iter().copied())
                .map(|c| format!(", did you mean `{c}`?"))
                .unwrap_or_default();
            return Err(Refusal::InvalidInput {
                input: name.clone(),
                message: format!("`{}` takes no input `{name}`{hint}", action.id),
            });
        };
        if !value.is_null() && !decl.ty.accepts(&value.type_of()) {
            return Err(Refusal::InvalidInput {
                input: name.clone(),
                message: format!("expected a {}, got a {}", decl.ty, value.type_of()),
            });
        }
    }
    for (name, decl) in &action.inputs {
        if decl.required && inputs.get(name).is_none_or(Value::is_null) {
            return Err(Refusal::InvalidInput {
                input: name.clone(),
                message: "is required".into(),
            });
        }
    }
    Ok(inputs)
}

impl Core {
    /// Whether `actor` may take `action` on `inst` (party and role; not state or guard).
    pub(crate) fn authorize(
        &self,
        wf: &Workflow,
        inst: &Instance,
        action: &Action,
        actor: &Actor,
        area: Option<&str>,
        reader: &Reader<'_>,
    ) -> Result<(), Refusal> {
        let facts = self.facts(reader);
        let party_ok = action.by.iter().any(|p| {
            if p == SYSTEM {
                return *actor == Actor::System;
            }
            if p == APPLICATION {
                return *actor == Actor::Application;
            }
            let Some(party) = wf.parties.get(p) else {
                return false;
            };
            match (party.kind, actor) {
                (PartyKind::Outside, Actor::Outside) => true,
                (PartyKind::Authority | PartyKind::Coordinator, Actor::User { authority, .. }) => {
                    super::facts::is_party(&facts, inst, p, party, authority, area)
                }
                (PartyKind::Role, Actor::User { roles, .. }) => party
                    .role
                    .as_ref()
                    .is_some_and(|r| self.holds(roles, r, area)),
                _ => false,
            }
        });
        if !party_ok {
            return Err(Refusal::WrongParty {
                action: action.id.clone(),
                actor: actor.describe(),
                allowed: quote_list(&action.by),
            });
        }
        if let (Some(role), Actor::User { roles, .. }) = (&action.role, actor) {
            if !self.holds(roles, role, area) {
                return Err(Refusal::MissingRole {
                    action: action.id.clone(),
                    role: role.clone(),
                });
            }
        }
        Ok(())
    }

    pub(crate) fn holds(
        &self,
        roles: &[super::world::RoleGrant],
        role: &str,
        area: Option<&str>,
    ) -> bool {
        roles.iter().any(|g| {
            let in_area = match (&g.area, area) {
                (None, _) | (_, None) => true,
                (Some(a), Some(b)) => a == b,
            };
            in_area && self.defs.role_grants(&g.role, role)
        })
    }
}
