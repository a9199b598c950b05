//! Keeps the index in step with the engine's store: a thread hears of
//! every durable batch (the engine's change feed), re-reads the
//! authorities those changes touch (their own instances, or their area
//! settings), and commits in batches (not per document), recording the
//! store's change number. At start, an index that is empty, of another
//! version, or behind the store is rebuilt from the store, which stays the
//! only source of truth.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use imi_engine::{Engine, Instance, InstanceId};
use imi_expr::Value;

use crate::docs::AuthorityDoc;
use crate::index::{Opened, SearchError, SearchIndex};

/// How long the thread waits for more changes before committing.
const BATCH_WAIT: Duration = Duration::from_millis(200);
/// How often a commit records progress when no authority changed.
const IDLE_COMMIT: Duration = Duration::from_secs(5);

/// Which authority an instance is about (an authority instance, or an
/// area-settings instance of one).
fn authority_of(engine: &Engine, inst: &Instance) -> Option<String> {
    let dir = engine.definitions().directory.as_ref()?;
    if inst.workflow == dir.authorities.workflow {
        return match inst.keys.get(&dir.authorities.key)? {
            Value::String(id) => Some(id.clone()),
            _ => None,
        };
    }
    let settings = dir.settings.as_ref()?;
    if inst.workflow == settings.workflow {
        return match inst.keys.get(&settings.key)? {
            Value::List(parts) => match parts.first()? {
                Value::String(id) => Some(id.clone()),
                _ => None,
            },
            _ => None,
        };
    }
    None
}

struct Sync {
    engine: Arc<Engine>,
    index: Arc<SearchIndex>,
    /// Instance → the authority it is about (to know it once deleted).
    owners: HashMap<InstanceId, String>,
}

impl Sync {
    /// Re-reads authority `id` from the store into the index.
    fn refresh(&mut self, id: &str) -> Result<(), SearchError> {
        match self.engine.authority(id) {
            Some(inst) => match AuthorityDoc::from_store(&self.engine, &inst) {
                Some(doc) => self.index.put(&[doc]),
                None => self.index.remove(id),
            },
            None => self.index.remove(id),
        }
    }

    /// Rebuilds the whole index from the store.
    fn rebuild(&mut self, seq: u64) -> Result<usize, SearchError> {
        let instances = self
            .engine
            .instances()
            .map_err(|e| SearchError::Query(e.to_string()))?;
        let mut authorities = HashSet::new();
        for inst in &instances {
            if let Some(a) = authority_of(&self.engine, inst) {
                self.owners.insert(inst.id, a.clone());
                authorities.insert(a);
            }
        }
        let mut docs = Vec::new();
        for id in &authorities {
            if let Some(doc) = self
                .engine
                .authority(id)
                .and_then(|inst| AuthorityDoc::from_store(&self.engine, &inst))
            {
                docs.push(doc);
            }
        }
        let count = self.index.rebuild(docs, seq)?;
        self.index.optimize()?;
        Ok(count)
    }

    fn apply(&mut self, instances: &[InstanceId]) -> Result<bool, SearchError> {
        let mut touched = HashSet::new();
        for id in instances {
            let now = self.engine.instance(*id).ok().flatten();
            let owner = now.as_ref().and_then(|i| authority_of(&self.engine, i));
            match (&owner, self.owners.get(id)) {
                (Some(a), _) => {
                    touched.insert(a.clone());
                    self.owners.insert(*id, a.clone());
                }
                (None, Some(before)) => {
                    touched.insert(before.clone());
                    self.owners.remove(id);
                }
                (None, None) => {}
            }
        }
        for a in &touched {
            self.refresh(a)?;
        }
        Ok(!touched.is_empty())
    }
}

/// Brings the index up to date with the store (rebuilding it if `opened`
/// says it is empty, or it is behind), then follows the store's changes
/// in a thread until `stop` is set. Returns how many authorities a rebuild
/// indexed (`None`: no rebuild was needed) and the thread.
pub fn follow(
    engine: Arc<Engine>,
    index: Arc<SearchIndex>,
    opened: Opened,
    stop: Arc<AtomicBool>,
) -> Result<(Option<usize>, std::thread::JoinHandle<()>), SearchError> {
    // Subscribe first: no change falls between the rebuild and the feed.
    let feed = engine.subscribe();
    let seq = engine
        .change_seq()
        .map_err(|e| SearchError::Query(e.to_string()))?;
    let mut sync = Sync {
        engine,
        index,
        owners: HashMap::new(),
    };
    // The owner map is needed in any case; a rebuild fills it.
    let rebuilt = match opened {
        Opened::UpToSeq(s) if s == seq => {
            sync.rebuild_owners()?;
            None
        }
        _ => Some(sync.rebuild(seq)?),
    };
    let handle = std::thread::Builder::new()
        .name("imi-search-sync".into())
        .spawn(move || sync.run(feed, seq, &stop))
        .map_err(|e| SearchError::Query(format!("cannot start the search sync: {e}")))?;
    Ok((rebuilt, handle))
}

impl Sync {
    fn rebuild_owners(&mut self) -> Result<(), SearchError> {
        let instances = self
            .engine
            .instances()
            .map_err(|e| SearchError::Query(e.to_string()))?;
        for inst in &instances {
            if let Some(a) = authority_of(&self.engine, inst) {
                self.owners.insert(inst.id, a);
            }
        }
        Ok(())
    }

    fn run(
        mut self,
        feed: std::sync::mpsc::Receiver<imi_engine::runtime::Changes>,
        mut committed: u64,
        stop: &AtomicBool,
    ) {
        let mut seen = committed;
        let mut dirty = false;
        let mut last_commit = Instant::now();
        loop {
            match feed.recv_timeout(BATCH_WAIT) {
                Ok(first) => {
                    let mut ids = first.instances;
                    seen = seen.max(first.seq);
                    // Take what else is waiting: one commit for all of it.
                    while let Ok(more) = feed.try_recv() {
                        seen = seen.max(more.seq);
                        ids.extend(more.instances);
                    }
                    match self.apply(&ids) {
                        Ok(changed) => dirty |= changed,
                        Err(e) => tracing::error!(error = %e, "search index update failed"),
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
            let stopping = stop.load(Ordering::Relaxed);
            let due = dirty || (seen > committed && last_commit.elapsed() >= IDLE_COMMIT);
            if due || (stopping && seen > committed) {
                match self.index.commit(seen) {
                    Ok(()) => {
                        committed = seen;
                        dirty = false;
                        last_commit = Instant::now();
                    }
                    Err(e) => tracing::error!(error = %e, "search index commit failed"),
                }
            }
            if stopping {
                break;
            }
        }
    }
}
