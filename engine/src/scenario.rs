//! Runs scenario files: a small world, a simulated clock, and steps that act
//! as a party and expect states, fields, timers, notifications or refusals.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use imi_expr::{parse_datetime, parse_duration, Type, Value};

use crate::diagnostic::Position;
use crate::load::yaml_value;
use crate::model::Definitions;
use crate::raw::{ScenarioFile, StepDef};
use crate::runtime::{
    Actor, Engine, EngineError, InstanceId, RoleGrant, SimulatedClock, StaticDirectory,
};
use crate::source::{Seg, SourceFile};

/// One failed expectation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepFailure {
    /// 1-based step number (0: the scenario as a whole).
    pub step: usize,
    pub position: Position,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct ScenarioReport {
    pub file: PathBuf,
    pub name: String,
    pub steps: usize,
    pub failures: Vec<StepFailure>,
}

impl ScenarioReport {
    pub fn passed(&self) -> bool {
        self.failures.is_empty()
    }
}

struct Run<'a> {
    defs: &'a Definitions,
    engine: Engine,
    clock: Arc<SimulatedClock>,
    actors: HashMap<String, Actor>,
    names: HashMap<String, InstanceId>,
    current: Option<InstanceId>,
    /// Values kept with `remember`.
    kept: HashMap<String, Value>,
}

/// Runs one scenario file against `defs`.
pub fn run(defs: Arc<Definitions>, file: &Path) -> ScenarioReport {
    let mut report = ScenarioReport {
        file: file.to_path_buf(),
        name: String::new(),
        steps: 0,
        failures: Vec::new(),
    };
    let whole = |message: String| StepFailure {
        step: 0,
        position: Position { line: 1, column: 1 },
        message,
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            report
                .failures
                .push(whole(format!("cannot read the file: {e}")));
            return report;
        }
    };
    let scenario: ScenarioFile = match serde_yaml::from_str(&text) {
        Ok(s) => s,
        Err(e) => {
            let position = crate::load::serde_position(&e);
            report.failures.push(StepFailure {
                step: 0,
                position,
                message: e.to_string(),
            });
            return report;
        }
    };
    let source = SourceFile::new(file, text);
    report.name = scenario.name.clone();
    report.steps = scenario.steps.len();
    let Some(start) = parse_datetime(&scenario.start) else {
        report.failures.push(whole(format!(
            "`start: {}` is not a datetime",
            scenario.start
        )));
        return report;
    };

    // The world.
    let mut directory = StaticDirectory::default();
    let mut actors = HashMap::new();
    for (id, a) in &scenario.world.authorities {
        directory.countries.insert(id.clone(), a.country.clone());
        for (area, settings) in &a.settings {
            for (name, value) in settings {
                let ty = defs
                    .packages
                    .get(area)
                    .and_then(|p| p.settings.get(name))
                    .map(|s| s.ty.clone());
                let Some(ty) = ty else {
                    report.failures.push(whole(format!(
                        "authority {id}: area `{area}` has no setting `{name}`"
                    )));
                    continue;
                };
                match yaml_value(value, &ty) {
                    Ok(v) => {
                        directory
                            .settings
                            .insert((id.clone(), area.clone(), name.clone()), v);
                    }
                    Err(m) => report
                        .failures
                        .push(whole(format!("authority {id}, setting `{name}`: {m}"))),
                }
            }
        }
    }
    for c in &scenario.world.coordinators {
        directory.coordinators.push((
            c.coordinator.clone(),
            c.of.clone(),
            c.relation.clone(),
            c.area.clone(),
        ));
    }
    for (id, u) in &scenario.world.users {
        if !scenario.world.authorities.contains_key(&u.authority) {
            report.failures.push(whole(format!(
                "user {id}: unknown authority `{}`",
                u.authority
            )));
        }
        for r in &u.roles {
            let grant = RoleGrant::parse(r);
            if !defs.roles.contains_key(&grant.role) {
                report
                    .failures
                    .push(whole(format!("user {id}: unknown role `{}`", grant.role)));
            }
        }
        actors.insert(
            id.clone(),
            Actor::User {
                user: id.clone(),
                authority: u.authority.clone(),
                roles: u.roles.iter().map(|r| RoleGrant::parse(r)).collect(),
            },
        );
    }
    if !report.failures.is_empty() {
        return report;
    }
    let clock = Arc::new(SimulatedClock::new(start));
    let engine = match Engine::temporary(defs.clone(), clock.clone(), Arc::new(directory)) {
        Ok(e) => e,
        Err(e) => {
            report
                .failures
                .push(whole(format!("cannot open a store: {e}")));
            return report;
        }
    };
    let mut run = Run {
        defs: &defs,
        engine,
        clock,
        actors,
        names: HashMap::new(),
        current: None,
        kept: HashMap::new(),
    };
    for (i, step) in scenario.steps.iter().enumerate() {
        let at = vec![Seg::Key("steps".into()), Seg::Index(i)];
        let position = source.value_pos(&at);
        if let Err(message) = run.step(step) {
            report.failures.push(StepFailure {
                step: i + 1,
                position,
                message,
            });
            // Later steps build on this one: stop here.
            break;
        }
    }
    // Whatever the steps did, the store's indexes agree with its records.
    if report.failures.is_empty() {
        match run.engine.index_problems() {
            Ok(problems) if problems.is_empty() => {}
            Ok(problems) => report.failures.push(whole(format!(
                "the store's indexes disagree with its records: {}",
                problems.join("; ")
            ))),
            Err(e) => report
                .failures
                .push(whole(format!("cannot read the store: {e}"))),
        }
    }
    report
}

impl Run<'_> {
    fn actor(&self, name: Option<&str>) -> Result<Actor, String> {
        match name {
            None => {
                Err("say who acts with `as:` (a user, `system`, `application` or `outside`)".into())
            }
            Some("system") => Ok(Actor::System),
            Some("application") => Ok(Actor::Application),
            Some("outside") => Ok(Actor::Outside),
            Some(u) => self
                .actors
                .get(u)
                .cloned()
                .ok_or_else(|| format!("unknown user `{u}` (not in `world.users`)")),
        }
    }

    fn instance_ref(&self, r: Option<&str>) -> Result<InstanceId, String> {
        let Some(r) = r else {
            return self
                .current
                .ok_or_else(|| "no instance yet: start one first or say `on:`".to_string());
        };
        let (name, child) = match r.split_once('/') {
            Some((n, w)) => (n, Some(w)),
            None => (r, None),
        };
        let id = *self
            .names
            .get(name)
            .ok_or_else(|| format!("no instance named `{name}`"))?;
        match child {
            None => Ok(id),
            Some(w) => {
                let inst = self
                    .engine
                    .instance(id)
                    .map_err(|e| e.to_string())?
                    .ok_or_else(|| format!("`{name}` no longer exists"))?;
                inst.children
                    .iter()
                    .rev()
                    .find(|(cw, _)| cw == w)
                    .map(|(_, c)| *c)
                    .ok_or_else(|| format!("`{name}` has no child of workflow `{w}`"))
            }
        }
    }

    fn inputs(
        &self,
        step: &StepDef,
        declared: &BTreeMap<String, crate::model::Input>,
        on: Option<InstanceId>,
    ) -> Result<BTreeMap<String, Value>, String> {
        let mut out = BTreeMap::new();
        for (k, v) in &step.inputs {
            let (ty, questionnaire) = declared.get(k).map_or((Type::Any, None), |i| {
                (
                    i.ty.clone(),
                    i.answers.as_ref().map(|a| a.questionnaire.clone()),
                )
            });
            let value = match v {
                serde_yaml::Value::String(s) if s.starts_with('$') => self.kept_value(s)?,
                serde_yaml::Value::String(s) if s.starts_with('=') => {
                    let id = on.ok_or_else(|| format!("input `{k}`: `=…` needs an instance"))?;
                    self.engine
                        .evaluate(id, s.trim_start_matches('='))
                        .map_err(|m| format!("input `{k}`: {m}"))?
                }
                other => self
                    .engine
                    .definitions()
                    .value_from_yaml(&ty, questionnaire.as_deref(), other)
                    .map_err(|m| format!("input `{k}`: {m}"))?,
            };
            out.insert(k.clone(), value);
        }
        Ok(out)
    }

    fn kept_value(&self, reference: &str) -> Result<Value, String> {
        let name = reference.trim_start_matches('$');
        self.kept
            .get(name)
            .cloned()
            .ok_or_else(|| format!("nothing kept as `{name}` (use `remember:` in an earlier step)"))
    }

    /// `remember` and `names` of a step, once it has passed.
    fn keep(&mut self, step: &StepDef) -> Result<(), String> {
        for (name, source) in &step.remember {
            let id = self.instance_ref(step.on.as_deref())?;
            let value = self
                .engine
                .evaluate(id, source)
                .map_err(|m| format!("remember `{name}`: {m}"))?;
            self.kept.insert(name.clone(), value);
        }
        for (name, reference) in &step.names {
            let id = self.instance_ref(Some(reference))?;
            self.names.insert(name.clone(), id);
        }
        Ok(())
    }

    fn step(&mut self, step: &StepDef) -> Result<(), String> {
        let ops = [
            step.start.is_some(),
            step.act.is_some(),
            step.advance.is_some(),
            step.advance_to.is_some(),
        ];
        if ops.iter().filter(|b| **b).count() != 1 {
            return Err("a step has exactly one of `start`, `act`, `advance`, `advance_to`".into());
        }
        let outbox_before = self
            .engine
            .notifications()
            .map_err(|e| e.to_string())?
            .len();
        let result: Result<Option<InstanceId>, EngineError> = if let Some(wf_name) = &step.start {
            let wf = self
                .defs
                .workflows
                .get(wf_name)
                .ok_or_else(|| format!("unknown workflow `{wf_name}`"))?;
            let via = step
                .via
                .clone()
                .or_else(|| wf.default_start().map(str::to_string));
            let declared = via
                .as_ref()
                .and_then(|v| wf.starts.get(v))
                .map(|a| {
                    a.inputs
                        .iter()
                        .map(|(k, i)| (k.clone(), i.clone()))
                        .collect()
                })
                .unwrap_or_default();
            let inputs = self.inputs(step, &declared, None)?;
            let actor = self.actor(step.actor.as_deref())?;
            self.engine
                .start(wf_name, via.as_deref(), &actor, inputs)
                .map(|o| Some(o.instance))
        } else if let Some(action) = &step.act {
            let id = self.instance_ref(step.on.as_deref())?;
            let declared = match self.engine.instance(id).map_err(|e| e.to_string())? {
                Some(inst) => {
                    let wf = self
                        .engine
                        .workflow_version(&inst.workflow, &inst.version)
                        .map_err(|e| e.to_string())?;
                    wf.actions
                        .get(action)
                        .map(|a| {
                            a.inputs
                                .iter()
                                .map(|(k, i)| (k.clone(), i.clone()))
                                .collect()
                        })
                        .unwrap_or_default()
                }
                None => BTreeMap::new(),
            };
            let inputs = self.inputs(step, &declared, Some(id))?;
            let actor = self.actor(step.actor.as_deref())?;
            self.engine
                .act(id, action, &actor, inputs)
                .map(|_| Some(id))
        } else {
            let now = self.clock.now_value();
            let target = match (&step.advance, &step.advance_to) {
                (Some(d), _) => {
                    let secs = parse_duration(d).ok_or_else(|| {
                        format!("`advance: {d}` is not a duration (e.g. `1d`, `36h`)")
                    })?;
                    now + chrono::Duration::seconds(secs)
                }
                (_, Some(t)) => parse_datetime(t)
                    .ok_or_else(|| format!("`advance_to: {t}` is not a datetime"))?,
                _ => now,
            };
            if target < now {
                return Err(format!(
                    "the clock cannot go back (now {now}, asked for {target})"
                ));
            }
            self.advance(target)?;
            Ok(None)
        };

        match (result, &step.refused) {
            (Ok(id), None) => {
                if let (Some(id), Some(name)) = (id, &step.name) {
                    self.names.insert(name.clone(), id);
                }
                if let Some(id) = id {
                    self.current = Some(id);
                }
            }
            (Ok(_), Some(code)) => {
                return Err(format!(
                    "expected a refusal `{code}`, but the action was taken"
                ))
            }
            (Err(EngineError::Refused(r)), Some(code)) if r.code() == code => {}
            (Err(EngineError::Refused(r)), Some(code)) => {
                return Err(format!(
                    "expected refusal `{code}`, got `{}`: {r}",
                    r.code()
                ))
            }
            (Err(EngineError::Refused(r)), None) => {
                return Err(format!("refused ({}): {r}", r.code()))
            }
            (Err(e), _) => return Err(e.to_string()),
        }

        let new: Vec<_> = self
            .engine
            .notifications()
            .map_err(|e| e.to_string())?
            .into_iter()
            .skip(outbox_before)
            .collect();
        if let Some(expect) = &step.expect {
            self.check(step, expect, &new)?;
        }
        self.keep(step)
    }

    fn advance(&mut self, target: chrono::DateTime<chrono::Utc>) -> Result<(), String> {
        loop {
            match self.engine.next_due().map_err(|e| e.to_string())? {
                Some(due) if due <= target => {
                    if due > self.clock.now_value() {
                        self.clock.set(due);
                    }
                    self.engine.fire_due().map_err(|e| e.to_string())?;
                }
                _ => break,
            }
        }
        self.clock.set(target);
        Ok(())
    }

    fn check(
        &self,
        step: &StepDef,
        expect: &crate::raw::ExpectDef,
        new: &[crate::runtime::Notification],
    ) -> Result<(), String> {
        let mut problems = Vec::new();
        if let Some(expected) = &expect.notified {
            let mut remaining: Vec<&crate::runtime::Notification> = new.iter().collect();
            for e in expected {
                let pos = remaining.iter().position(|n| {
                    n.template == e.template
                        && e.to
                            .as_ref()
                            .is_none_or(|to| n.to.iter().any(|r| r.to_string() == *to))
                });
                match pos {
                    Some(p) => {
                        remaining.remove(p);
                    }
                    None => problems.push(format!(
                        "expected a message `{}`{}; queued: {}",
                        e.template,
                        e.to.as_ref()
                            .map(|t| format!(" to {t}"))
                            .unwrap_or_default(),
                        describe(new)
                    )),
                }
            }
            if !remaining.is_empty() {
                problems.push(format!(
                    "unexpected messages: {}",
                    describe(&remaining.into_iter().cloned().collect::<Vec<_>>())
                ));
            }
        }
        let needs_instance = expect.state.is_some()
            || !expect.fields.is_empty()
            || !expect.parties.is_empty()
            || !expect.timers.is_empty()
            || expect.deleted.is_some()
            || !expect.actions.is_empty();
        if expect.deleted == Some(true)
            && (expect.state.is_some()
                || !expect.fields.is_empty()
                || !expect.parties.is_empty()
                || !expect.timers.is_empty()
                || !expect.actions.is_empty())
        {
            return Err(
                "`deleted: true` cannot go with `state`, `fields`, `parties`, `timers` or `actions`: a deleted instance has none".into(),
            );
        }
        if needs_instance {
            let id = self.instance_ref(expect.on.as_deref().or(step.on.as_deref()))?;
            let inst = self.engine.instance(id).map_err(|e| e.to_string())?;
            match (&inst, expect.deleted) {
                (Some(_), Some(true)) => {
                    problems.push(format!("instance {id} should be deleted, but it exists"))
                }
                (None, Some(true)) => {}
                (None, _) => problems.push(format!("instance {id} no longer exists")),
                (Some(inst), _) => {
                    if let Some(s) = &expect.state {
                        if &inst.state != s {
                            problems.push(format!("state is `{}`, expected `{s}`", inst.state));
                        }
                    }
                    let wf = self
                        .engine
                        .workflow_version(&inst.workflow, &inst.version)
                        .map_err(|e| e.to_string())?;
                    for (f, yv) in &expect.fields {
                        let Some(field) = wf.fields.get(f) else {
                            problems.push(format!("workflow `{}` has no field `{f}`", wf.id));
                            continue;
                        };
                        let want = match yv {
                            serde_yaml::Value::String(s) if s.starts_with('$') => {
                                self.kept_value(s)?
                            }
                            other => self
                                .engine
                                .definitions()
                                .value_from_yaml(&field.ty, field.questionnaire.as_deref(), other)
                                .map_err(|m| format!("field `{f}`: {m}"))?,
                        };
                        let got = inst.fields.get(f).cloned().unwrap_or(Value::Null);
                        if got != want {
                            problems.push(format!("field `{f}` is {got}, expected {want}"));
                        }
                    }
                    for (p, a) in &expect.parties {
                        let got = inst.parties.get(p).map(String::as_str).unwrap_or("(none)");
                        if got != a {
                            problems.push(format!("party `{p}` is {got}, expected {a}"));
                        }
                    }
                    for (t, due) in &expect.timers {
                        let got = inst.timers.get(t).copied();
                        let want =
                            match due {
                                None => None,
                                Some(d) => Some(parse_datetime(d).ok_or_else(|| {
                                    format!("timer `{t}`: `{d}` is not a datetime")
                                })?),
                            };
                        if got != want {
                            let show = |d: Option<chrono::DateTime<chrono::Utc>>| {
                                d.map(|d| Value::DateTime(d).to_string())
                                    .unwrap_or_else(|| "not running".into())
                            };
                            problems.push(format!(
                                "timer `{t}` is {}, expected {}",
                                show(got),
                                show(want)
                            ));
                        }
                    }
                    for (who, want) in &expect.actions {
                        let actor = self.actor(Some(who))?;
                        let got: BTreeSet<String> = self
                            .engine
                            .allowed_actions(id, &actor)
                            .map_err(|e| e.to_string())?
                            .into_iter()
                            .collect();
                        let want: BTreeSet<String> = want.iter().cloned().collect();
                        if got != want {
                            problems.push(format!(
                                "{who} may take [{}], expected [{}]",
                                got.into_iter().collect::<Vec<_>>().join(", "),
                                want.into_iter().collect::<Vec<_>>().join(", ")
                            ));
                        }
                    }
                }
            }
        }
        for (who, want) in &expect.tasks {
            let actor = self.actor(Some(who))?;
            let name_of = |id: InstanceId| {
                self.names
                    .iter()
                    .find(|(_, v)| **v == id)
                    .map_or_else(|| id.to_string(), |(k, _)| k.clone())
            };
            let got: BTreeSet<String> = self
                .engine
                .tasks(&actor)
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(|t| name_of(t.instance))
                .collect();
            let want: BTreeSet<String> = want.iter().cloned().collect();
            if got != want {
                problems.push(format!(
                    "{who} has the tasks [{}], expected [{}]",
                    got.into_iter().collect::<Vec<_>>().join(", "),
                    want.into_iter().collect::<Vec<_>>().join(", ")
                ));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }
}

fn describe(ns: &[crate::runtime::Notification]) -> String {
    if ns.is_empty() {
        return "none".into();
    }
    ns.iter()
        .map(|n| {
            format!(
                "`{}` to {}",
                n.template,
                n.to.iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

trait NowValue {
    fn now_value(&self) -> chrono::DateTime<chrono::Utc>;
}

impl NowValue for SimulatedClock {
    fn now_value(&self) -> chrono::DateTime<chrono::Utc> {
        crate::runtime::Clock::now(self)
    }
}
