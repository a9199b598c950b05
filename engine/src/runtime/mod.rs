//! The runtime: workflow instances over sled. Every acknowledged action is
//! on disk (group commit), every change has an audit record, and timers live
//! in a durable queue that survives restarts and fires each timer once.

mod apply;
mod env;
mod records;
pub mod store;
mod world;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};
use imi_expr::Value;
use sled::transaction::TransactionError;

pub use apply::masked;
pub use records::*;
pub use world::*;

use crate::model::{Definitions, Workflow};
use apply::Unit;
use store::*;

/// The engine: definitions, a store, a clock and a directory.
pub struct Engine {
    pub(crate) defs: Arc<Definitions>,
    db: sled::Db,
    tree: sled::Tree,
    commits: GroupCommit,
    clock: Arc<dyn Clock>,
    pub(crate) directory: Arc<dyn Directory>,
    versions: RwLock<HashMap<(String, String), Arc<Workflow>>>,
}

/// A timer that fired, and what came of it.
#[derive(Debug)]
pub struct Fired {
    pub instance: InstanceId,
    pub timer: String,
    pub due: DateTime<Utc>,
    pub result: Result<Outcome, Refusal>,
}

impl Engine {
    /// Opens (or creates) the store in `dir`.
    pub fn open(
        dir: &Path,
        defs: Arc<Definitions>,
        clock: Arc<dyn Clock>,
        directory: Arc<dyn Directory>,
    ) -> Result<Engine, EngineError> {
        let db = sled::Config::new().path(dir).open()?;
        Engine::with_db(db, defs, clock, directory)
    }

    /// A store that lives in a temporary file, for tests and simulations.
    pub fn temporary(
        defs: Arc<Definitions>,
        clock: Arc<dyn Clock>,
        directory: Arc<dyn Directory>,
    ) -> Result<Engine, EngineError> {
        let db = sled::Config::new().temporary(true).open()?;
        Engine::with_db(db, defs, clock, directory)
    }

    fn with_db(
        db: sled::Db,
        defs: Arc<Definitions>,
        clock: Arc<dyn Clock>,
        directory: Arc<dyn Directory>,
    ) -> Result<Engine, EngineError> {
        let tree = db.open_tree("imi")?;
        match tree.get(b"mformat")? {
            None => {
                tree.insert(b"mformat", vec![FORMAT])?;
            }
            Some(v) if v.as_ref() == [FORMAT] => {}
            Some(v) => {
                return Err(EngineError::Corrupt(format!(
                    "the store has format {:?}; this build reads format {FORMAT}",
                    v.as_ref()
                )))
            }
        }
        // Keep every definition version that instances may run on.
        for wf in defs.workflows.values() {
            let key = definition_key(&wf.id, &wf.version);
            if tree.get(&key)?.is_none() {
                tree.insert(key, encode(&wf.raw))?;
            }
        }
        db.flush()?;
        Ok(Engine {
            defs,
            db,
            tree,
            commits: GroupCommit::new(),
            clock,
            directory,
            versions: RwLock::new(HashMap::new()),
        })
    }

    pub fn definitions(&self) -> &Definitions {
        &self.defs
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The definition an instance runs on: today's, or the stored version it started on.
    pub fn workflow_version(
        &self,
        workflow: &str,
        version: &str,
    ) -> Result<Arc<Workflow>, EngineError> {
        self.workflow_version_from(workflow, version, |k| Ok(self.tree.get(k)?))
    }

    /// Like [`Engine::workflow_version`], reading stored definitions with
    /// `read`. Inside a transaction `read` must go through it: a plain tree
    /// read there deadlocks on sled's process-wide concurrency control.
    pub(crate) fn workflow_version_from(
        &self,
        workflow: &str,
        version: &str,
        read: impl FnOnce(&[u8]) -> Result<Option<sled::IVec>, EngineError>,
    ) -> Result<Arc<Workflow>, EngineError> {
        if let Some(w) = self
            .defs
            .workflows
            .get(workflow)
            .filter(|w| w.version == version)
        {
            return Ok(w.clone());
        }
        let key = (workflow.to_string(), version.to_string());
        if let Some(w) = self.versions.read().ok().and_then(|v| v.get(&key).cloned()) {
            return Ok(w);
        }
        let version_error = |message: String| EngineError::Version {
            workflow: workflow.to_string(),
            version: version.to_string(),
            message,
        };
        let bytes = read(&definition_key(workflow, version))?
            .ok_or_else(|| version_error("that version was never stored".into()))?;
        let raw: crate::raw::WorkflowFile = decode(&bytes)?;
        let compiled = crate::load::compile_stored(&raw, &self.defs)
            .map_err(|d| version_error(d.to_string().trim().to_string()))?;
        let compiled = Arc::new(compiled);
        if let Ok(mut v) = self.versions.write() {
            v.insert(key, compiled.clone());
        }
        Ok(compiled)
    }

    /// Runs `work` in one transaction, then waits until it is durable.
    fn commit<T>(
        &self,
        work: impl Fn(&mut Unit) -> Result<T, apply::TxError>,
    ) -> Result<(T, Vec<Notification>, Vec<InstanceId>), EngineError> {
        let now = self.clock.now();
        let result = self.tree.transaction(|tx| {
            let mut unit = Unit {
                engine: self,
                tx,
                now,
                notifications: Vec::new(),
                spawned: Vec::new(),
            };
            let value = work(&mut unit)?;
            Ok((value, unit.notifications, unit.spawned))
        });
        match result {
            Ok(v) => {
                let ticket = self.commits.committed();
                self.commits.wait_durable(&self.db, ticket)?;
                Ok(v)
            }
            Err(TransactionError::Abort(e)) => Err(e),
            Err(TransactionError::Storage(e)) => Err(e.into()),
        }
    }

    /// Creates an instance of `workflow` through start `via` (may be left out
    /// when the workflow has one start).
    pub fn start(
        &self,
        workflow: &str,
        via: Option<&str>,
        actor: &Actor,
        inputs: BTreeMap<String, Value>,
    ) -> Result<Outcome, EngineError> {
        let wf = self
            .defs
            .workflows
            .get(workflow)
            .cloned()
            .ok_or_else(|| Refusal::UnknownWorkflow(workflow.to_string()))?;
        let via = match via {
            Some(v) => v.to_string(),
            None if wf.starts.len() == 1 => wf.starts.keys().next().cloned().unwrap_or_default(),
            None => {
                return Err(Refusal::UnknownAction {
                    workflow: workflow.to_string(),
                    action: format!(
                        "(one of {})",
                        wf.starts.keys().cloned().collect::<Vec<_>>().join(", ")
                    ),
                }
                .into())
            }
        };
        let (inst, notifications, spawned) = self.commit(|unit| {
            unit.start(
                wf.clone(),
                &via,
                actor,
                inputs.clone(),
                BTreeMap::new(),
                None,
                0,
            )
        })?;
        Ok(Outcome {
            instance: inst.id,
            state: inst.state,
            notifications,
            spawned,
        })
    }

    /// Takes `action` on instance `id`.
    pub fn act(
        &self,
        id: InstanceId,
        action: &str,
        actor: &Actor,
        inputs: BTreeMap<String, Value>,
    ) -> Result<Outcome, EngineError> {
        let (inst, notifications, spawned) = self.commit(|unit| {
            let mut inst = unit.load(id)?;
            let wf = unit.workflow(&inst)?;
            let Some(a) = wf.actions.get(action) else {
                return Err(sled::transaction::ConflictableTransactionError::Abort(
                    Refusal::UnknownAction {
                        workflow: wf.id.clone(),
                        action: action.to_string(),
                    }
                    .into(),
                ));
            };
            unit.apply(&wf, &mut inst, a, actor, inputs.clone(), None, 0)?;
            Ok(inst)
        })?;
        Ok(Outcome {
            instance: id,
            state: inst.state,
            notifications,
            spawned,
        })
    }

    /// The actions `actor` may take on `id` now: right state, party and role,
    /// and a guard that holds (guards that read inputs count as holding).
    pub fn allowed_actions(
        &self,
        id: InstanceId,
        actor: &Actor,
    ) -> Result<Vec<String>, EngineError> {
        let Some(inst) = self.instance(id)? else {
            return Err(Refusal::UnknownInstance(id).into());
        };
        let wf = self.workflow_version(&inst.workflow, &inst.version)?;
        let inputs = BTreeMap::new();
        let area = match &wf.area {
            None => self
                .defs
                .packages
                .get(&wf.package)
                .filter(|p| p.kind == crate::raw::PackageKind::LegislativeArea)
                .map(|p| p.id.clone()),
            Some(_) => None,
        };
        let mut env = env::InstanceEnv {
            defs: &self.defs,
            directory: self.directory.as_ref(),
            workflow: &wf,
            instance: &inst,
            inputs: &inputs,
            item: None,
            now: self.clock.now(),
            area: area.clone(),
            reader: env::Reader::Tree(&self.tree),
            conflict: Default::default(),
        };
        if let Some(a) = &wf.area {
            if let Ok(Value::String(s)) = imi_expr::eval(&a.expr, &env) {
                env.area = Some(s);
            }
        }
        let mut out = Vec::new();
        for (name, action) in &wf.actions {
            if !action.from.contains(&inst.state) {
                continue;
            }
            if self
                .authorize(&wf, &inst, action, actor, env.area.as_deref())
                .is_err()
            {
                continue;
            }
            if let Some(g) = &action.guard {
                let reads_input = g
                    .expr
                    .paths()
                    .iter()
                    .any(|(p, _)| p.first().map(String::as_str) == Some("input"));
                if !reads_input
                    && !imi_expr::eval(&g.expr, &env)
                        .map(|v| v.is_true())
                        .unwrap_or(false)
                {
                    continue;
                }
            }
            out.push(name.clone());
        }
        Ok(out)
    }

    /// Evaluates an expression on an instance (used by scenario files for `=expr` inputs).
    pub fn evaluate(&self, id: InstanceId, source: &str) -> Result<Value, String> {
        let inst = self
            .instance(id)
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("no instance {id}"))?;
        let wf = self
            .workflow_version(&inst.workflow, &inst.version)
            .map_err(|e| e.to_string())?;
        let expr = imi_expr::parse(source).map_err(|e| e.message)?;
        let inputs = BTreeMap::new();
        let env = env::InstanceEnv {
            defs: &self.defs,
            directory: self.directory.as_ref(),
            workflow: &wf,
            instance: &inst,
            inputs: &inputs,
            item: None,
            now: self.clock.now(),
            area: None,
            reader: env::Reader::Tree(&self.tree),
            conflict: Default::default(),
        };
        imi_expr::eval(&expr, &env).map_err(|e| e.message)
    }

    pub fn instance(&self, id: InstanceId) -> Result<Option<Instance>, EngineError> {
        self.tree
            .get(instance_key(id))?
            .map(|b| decode(&b))
            .transpose()
    }

    /// Every instance, in id order.
    pub fn instances(&self) -> Result<Vec<Instance>, EngineError> {
        self.tree.scan_prefix(b"i").map(|r| decode(&r?.1)).collect()
    }

    /// The audit trail of an instance (also after it was deleted).
    pub fn audit(&self, id: InstanceId) -> Result<Vec<AuditRecord>, EngineError> {
        self.tree
            .scan_prefix(audit_prefix(id))
            .map(|r| decode(&r?.1))
            .collect()
    }

    /// Every queued notification, oldest first.
    pub fn notifications(&self) -> Result<Vec<Notification>, EngineError> {
        self.tree.scan_prefix(b"o").map(|r| decode(&r?.1)).collect()
    }

    /// When the next timer is due.
    pub fn next_due(&self) -> Result<Option<DateTime<Utc>>, EngineError> {
        Ok(match self.tree.scan_prefix(b"t").next() {
            Some(r) => parse_timer_key(&r?.0).map(|(due, _, _)| due),
            None => None,
        })
    }

    /// Fires every timer due by now, oldest first. A timer whose action is
    /// refused is consumed, and the refusal is in the audit trail.
    pub fn fire_due(&self) -> Result<Vec<Fired>, EngineError> {
        let (start, end) = timers_until(self.clock.now());
        let due: Vec<(DateTime<Utc>, InstanceId, String, Vec<u8>)> = self
            .tree
            .range(start..end)
            .filter_map(|r| r.ok())
            .filter_map(|(k, _)| parse_timer_key(&k).map(|(d, i, t)| (d, i, t, k.to_vec())))
            .collect();
        let mut fired = Vec::new();
        for (due, id, timer, key) in due {
            let attempt = self.commit(|unit| {
                // Gone already: fired by another worker, cancelled, or deleted.
                if unit.tx.get(&key)?.is_none() {
                    return Ok(None);
                }
                unit.tx.remove(key.clone())?;
                let mut inst = unit.load(id)?;
                if inst.timers.get(&timer) != Some(&due) {
                    return Ok(None);
                }
                inst.timers.remove(&timer);
                let wf = unit.workflow(&inst)?;
                let Some(action) = wf.timers.get(&timer).and_then(|t| wf.actions.get(&t.fires))
                else {
                    return Ok(None);
                };
                unit.apply(
                    &wf,
                    &mut inst,
                    action,
                    &Actor::System,
                    BTreeMap::new(),
                    Some(format!("timer {timer}")),
                    0,
                )?;
                Ok(Some(inst.state))
            });
            match attempt {
                Ok((None, _, _)) => {}
                Ok((Some(state), notifications, spawned)) => fired.push(Fired {
                    instance: id,
                    timer,
                    due,
                    result: Ok(Outcome {
                        instance: id,
                        state,
                        notifications,
                        spawned,
                    }),
                }),
                Err(EngineError::Refused(refusal)) => {
                    self.consume_refused_timer(id, &timer, due, &key, &refusal)?;
                    fired.push(Fired {
                        instance: id,
                        timer,
                        due,
                        result: Err(refusal),
                    });
                }
                Err(e) => return Err(e),
            }
        }
        Ok(fired)
    }

    fn consume_refused_timer(
        &self,
        id: InstanceId,
        timer: &str,
        due: DateTime<Utc>,
        key: &[u8],
        refusal: &Refusal,
    ) -> Result<(), EngineError> {
        self.commit(|unit| {
            unit.tx.remove(key)?;
            let Ok(mut inst) = unit.load(id) else {
                return Ok(());
            };
            if inst.timers.get(timer) == Some(&due) {
                inst.timers.remove(timer);
            }
            let record = AuditRecord {
                seq: inst.audit_len,
                at: unit.now,
                actor: Actor::System,
                action: format!("timer {timer} refused: {}", refusal.code()),
                from: Some(inst.state.clone()),
                to: inst.state.clone(),
                inputs: BTreeMap::new(),
                guard_saw: BTreeMap::new(),
                version: inst.version.clone(),
                cause: Some(refusal.to_string()),
            };
            unit.tx.insert(audit_key(id, record.seq), encode(&record))?;
            inst.audit_len += 1;
            unit.tx.insert(instance_key(id), encode(&inst))?;
            Ok(())
        })
        .map(|_| ())
    }

    /// Fires timers in a background thread until `stop` is set.
    pub fn run_timers(
        self: Arc<Self>,
        stop: Arc<std::sync::atomic::AtomicBool>,
    ) -> std::thread::JoinHandle<()> {
        std::thread::spawn(move || {
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if let Err(e) = self.fire_due() {
                    tracing::error!(error = %e, "firing timers failed");
                }
                std::thread::sleep(std::time::Duration::from_millis(250));
            }
        })
    }
}
