//! The runtime: workflow instances over sled. One writer thread applies all
//! changes in batches; every acknowledged action is on disk (group commit),
//! every change has an audit record, and timers live in a durable queue that
//! survives restarts and fires each timer once.

mod apply;
mod effects;
mod env;
mod facts;
mod feed;
mod index;
mod lists;
mod outbox;
mod records;
mod statistics;
pub mod store;
mod tasks;
mod world;
mod writer;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Utc};
use imi_expr::Value;
use std::sync::mpsc;
use std::sync::Mutex;

pub use apply::masked;
pub use feed::Changes;
pub use lists::ListRow;
pub use outbox::Address;
pub use records::*;
pub use statistics::{Band, IndicatorValue, Indicators};
pub use tasks::Task;
pub use world::*;

use crate::model::{Definitions, Workflow};
use apply::Unit;
use store::*;

/// What the engine and its writer thread share.
pub struct Core {
    pub(crate) defs: Arc<Definitions>,
    pub(crate) db: sled::Db,
    pub(crate) tree: sled::Tree,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) directory: Arc<dyn Directory>,
    versions: RwLock<HashMap<(String, String), Arc<Workflow>>>,
    /// Who wants to hear of changes (derived data such as a search index).
    pub(crate) subscribers: Mutex<Vec<mpsc::Sender<Changes>>>,
}

/// The engine: definitions, a store, a clock and a directory. Reads go to
/// the store directly; every change goes through the writer thread.
pub struct Engine {
    core: Arc<Core>,
    jobs: Mutex<Option<mpsc::Sender<writer::Job>>>,
    writer: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl std::ops::Deref for Engine {
    type Target = Core;
    fn deref(&self) -> &Core {
        &self.core
    }
}

impl Drop for Engine {
    /// Lets the writer finish what it has, then stops it.
    fn drop(&mut self) {
        if let Ok(mut jobs) = self.jobs.lock() {
            jobs.take();
        }
        if let Some(handle) = self.writer.lock().ok().and_then(|mut w| w.take()) {
            let _ = handle.join();
        }
    }
}

/// A timer that fired, and what came of it.
#[derive(Debug)]
pub struct Fired {
    pub instance: InstanceId,
    pub timer: String,
    pub due: DateTime<Utc>,
    pub result: Result<Outcome, Refusal>,
}

/// The store's page cache (sled's default is 1 GiB).
const CACHE_BYTES: u64 = 64 * 1024 * 1024;

impl Engine {
    /// Opens (or creates) the store in `dir`.
    pub fn open(
        dir: &Path,
        defs: Arc<Definitions>,
        clock: Arc<dyn Clock>,
        directory: Arc<dyn Directory>,
    ) -> Result<Engine, EngineError> {
        // No background flusher: the writer flushes every batch before it
        // acknowledges, and nothing else should decide when data is durable.
        let db = sled::Config::new()
            .path(dir)
            .flush_every_ms(None)
            .cache_capacity(CACHE_BYTES)
            .open()?;
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
        // The indexes by party and by workflow, for a store written before
        // they existed (or a new one): built once, in one batch.
        if tree.get(INDEX_KEY)?.is_none() {
            let mut batch = sled::Batch::default();
            for r in tree.scan_prefix(b"i") {
                let inst: Instance = decode(&r?.1)?;
                let none: [String; 0] = [];
                for (key, value) in index_writes(
                    &inst.workflow,
                    inst.id,
                    none.iter(),
                    inst.parties.values(),
                    false,
                    true,
                ) {
                    if let Some(v) = value {
                        batch.insert(key, v);
                    }
                }
            }
            batch.insert(INDEX_KEY, vec![1]);
            tree.apply_batch(batch)?;
        }
        // Keep every definition version that instances may run on.
        for wf in defs.workflows.values() {
            let key = definition_key(&wf.id, &wf.version);
            if tree.get(&key)?.is_none() {
                tree.insert(key, encode(&wf.raw))?;
            }
        }
        db.flush()?;
        let core = Arc::new(Core {
            defs,
            db,
            tree,
            clock,
            directory,
            versions: RwLock::new(HashMap::new()),
            subscribers: Mutex::new(Vec::new()),
        });
        let (send, receive) = mpsc::channel();
        let writer_core = core.clone();
        let handle = std::thread::Builder::new()
            .name("imi-writer".into())
            .spawn(move || writer::run(writer_core, receive))
            .map_err(|e| EngineError::Storage(format!("cannot start the writer: {e}")))?;
        Ok(Engine {
            core,
            jobs: Mutex::new(Some(send)),
            writer: Mutex::new(Some(handle)),
        })
    }
}

impl Core {
    /// The legislative area of a workflow's instances when it has no `area`
    /// expression: its package, if that is a legislative area.
    pub(crate) fn package_area(&self, wf: &Workflow) -> Option<String> {
        self.defs
            .packages
            .get(&wf.package)
            .filter(|p| p.kind == crate::raw::PackageKind::LegislativeArea)
            .map(|p| p.id.clone())
    }

    /// Expressions over a stored instance, outside the writer (reads the tree).
    pub(crate) fn read_env<'a>(
        &'a self,
        wf: &'a Workflow,
        inst: &'a Instance,
        inputs: &'a BTreeMap<String, Value>,
    ) -> env::InstanceEnv<'a> {
        let mut env = env::InstanceEnv {
            defs: &self.defs,
            directory: self.directory.as_ref(),
            workflow: wf,
            instance: inst,
            inputs,
            item: None,
            now: self.clock.now(),
            area: self.package_area(wf),
            reader: env::Reader::Tree(&self.tree),
        };
        if let Some(a) = &wf.area {
            env.area = match imi_expr::eval(&a.expr, &env) {
                Ok(Value::String(s)) => Some(s),
                _ => None,
            };
        }
        env
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
        self.workflow_version_from(workflow, version, |k| {
            Ok(self.tree.get(k)?.map(|v| v.to_vec()))
        })
    }

    /// Like [`Engine::workflow_version`], reading stored definitions with
    /// `read`: the writer reads through its overlay, so that a version it
    /// stored in the same batch is found.
    pub(crate) fn workflow_version_from(
        &self,
        workflow: &str,
        version: &str,
        read: impl FnOnce(&[u8]) -> Result<Option<Vec<u8>>, EngineError>,
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
}

impl Engine {
    /// Hands `work` to the writer and waits until it is applied and durable.
    fn commit(
        &self,
        work: impl FnOnce(&mut Unit) -> writer::JobResult + Send + 'static,
    ) -> writer::Reply {
        let (reply, answer) = mpsc::channel();
        let job = writer::Job {
            work: Box::new(work),
            reply,
        };
        let sent = match self.jobs.lock() {
            Ok(jobs) => jobs.as_ref().map(|j| j.send(job).is_ok()).unwrap_or(false),
            Err(_) => false,
        };
        if !sent {
            return Err(EngineError::Storage("the engine is shutting down".into()));
        }
        answer
            .recv()
            .map_err(|_| EngineError::Storage("the writer stopped".into()))?
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
            None if wf.default_start().is_some() => {
                wf.default_start().unwrap_or_default().to_string()
            }
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
        let actor = actor.clone();
        let (end, notifications, spawned) = self.commit(move |unit| {
            let inst = unit.start(wf, &via, &actor, inputs, BTreeMap::new(), None, 0)?;
            Ok(Some((inst.id, inst.state)))
        })?;
        let (instance, state) = end.unwrap_or_default();
        Ok(Outcome {
            instance,
            state,
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
        let (actor, action) = (actor.clone(), action.to_string());
        let (end, notifications, spawned) = self.commit(move |unit| {
            let mut inst = unit.load(id)?;
            let wf = unit.workflow(&inst)?;
            let Some(a) = wf.actions.get(&action) else {
                return Err(Refusal::UnknownAction {
                    workflow: wf.id.clone(),
                    action,
                }
                .into());
            };
            unit.apply(&wf, &mut inst, a, &actor, inputs, None, 0)?;
            Ok(Some((id, inst.state)))
        })?;
        Ok(Outcome {
            instance: id,
            state: end.map(|(_, s)| s).unwrap_or_default(),
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
        let env = self.read_env(&wf, &inst, &inputs);
        let mut out = Vec::new();
        for (name, action) in &wf.actions {
            if !action.from.contains(&inst.state) {
                continue;
            }
            if self
                .authorize(
                    &wf,
                    &inst,
                    action,
                    actor,
                    env.area.as_deref(),
                    &env::Reader::Tree(&self.tree),
                )
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
        let env = self.read_env(&wf, &inst, &inputs);
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

    /// The instances of `workflow` whose lookup key `key` has `value` now.
    pub fn find(
        &self,
        workflow: &str,
        key: &str,
        value: &Value,
    ) -> Result<Vec<InstanceId>, EngineError> {
        env::Reader::Tree(&self.tree).find(workflow, key, value)
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
            let (t, k) = (timer.clone(), key.clone());
            let attempt = self.commit(move |unit| {
                // Gone already: fired by another worker, cancelled, or deleted.
                if unit.kv.get(&k)?.is_none() {
                    return Ok(None);
                }
                unit.kv.remove(k);
                let mut inst = unit.load(id)?;
                if inst.timers.get(&t) != Some(&due) {
                    return Ok(None);
                }
                inst.timers.remove(&t);
                let wf = unit.workflow(&inst)?;
                let Some(action) = wf.timers.get(&t).and_then(|x| wf.actions.get(&x.fires)) else {
                    return Ok(None);
                };
                let cause = Some(format!("timer {t}"));
                unit.apply(
                    &wf,
                    &mut inst,
                    action,
                    &Actor::System,
                    BTreeMap::new(),
                    cause,
                    0,
                )?;
                Ok(Some((id, inst.state)))
            });
            match attempt {
                Ok((None, _, _)) => {}
                Ok((Some((_, state)), notifications, spawned)) => fired.push(Fired {
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
                    self.consume_refused_timer(id, &timer, due, key, &refusal)?;
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
        key: Vec<u8>,
        refusal: &Refusal,
    ) -> Result<(), EngineError> {
        let (timer, code, reason) = (timer.to_string(), refusal.code(), refusal.to_string());
        self.commit(move |unit| {
            unit.kv.remove(key);
            let Ok(mut inst) = unit.load(id) else {
                return Ok(None);
            };
            if inst.timers.get(&timer) == Some(&due) {
                inst.timers.remove(&timer);
            }
            let record = AuditRecord {
                seq: inst.audit_len,
                at: unit.now,
                actor: Actor::System,
                action: format!("timer {timer} refused: {code}"),
                from: Some(inst.state.clone()),
                to: inst.state.clone(),
                inputs: BTreeMap::new(),
                guard_saw: BTreeMap::new(),
                version: inst.version.clone(),
                cause: Some(reason),
            };
            unit.kv.insert(audit_key(id, record.seq), encode(&record));
            inst.audit_len += 1;
            unit.kv.insert(instance_key(id), encode(&inst));
            Ok(None)
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
