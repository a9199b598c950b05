//! The single writer: every change goes through one thread that takes the
//! queued actions, applies each on an overlay (a refused one changes
//! nothing), writes the whole batch to sled atomically, flushes once, and
//! only then answers each caller. Concurrent callers thus share one fsync
//! (group commit), and actions are serializable without sled transactions.

use std::collections::BTreeMap;
use std::sync::mpsc::{Receiver, Sender};
use std::sync::Arc;

use super::apply::Unit;
use super::records::{EngineError, InstanceId, Notification};
use super::store::{count_from, Overlay, SEQ_KEY};
use super::Core;

/// What a job returns: the instance and state it ended in (if any).
pub(crate) type JobResult = Result<Option<(InstanceId, String)>, EngineError>;
/// The answer to a caller, once durable.
pub(crate) type Reply = Result<
    (
        Option<(InstanceId, String)>,
        Vec<Notification>,
        Vec<InstanceId>,
    ),
    EngineError,
>;

pub(crate) struct Job {
    pub work: Box<dyn FnOnce(&mut Unit) -> JobResult + Send>,
    pub reply: Sender<Reply>,
}

/// Largest batch: bounds the latency of the first action in it.
const MAX_BATCH: usize = 512;

pub(crate) fn run(core: Arc<Core>, jobs: Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(j) => batch.push(j),
                Err(_) => break,
            }
        }
        let mut staged: BTreeMap<Vec<u8>, Option<Vec<u8>>> = BTreeMap::new();
        let mut answers = Vec::with_capacity(batch.len());
        for job in batch {
            let now = core.clock.now();
            let overlay = Overlay::new(&core.db, &core.tree, &staged);
            let mut unit = Unit {
                engine: &core,
                kv: &overlay,
                now,
                notifications: Vec::new(),
                spawned: Vec::new(),
            };
            let result = (job.work)(&mut unit);
            let (notifications, spawned) = (unit.notifications, unit.spawned);
            match result {
                Ok(end) => {
                    staged.extend(overlay.into_writes());
                    answers.push((job.reply, Ok((end, notifications, spawned))));
                }
                Err(e) => answers.push((job.reply, Err(e))),
            }
        }
        let written = write(&core, staged);
        for (reply, answer) in answers {
            let answer = match (&written, answer) {
                (Ok(()), a) => a,
                (Err(e), Ok(_)) => Err(EngineError::Storage(e.to_string())),
                (Err(_), Err(e)) => Err(e),
            };
            // The caller may have gone; its action stands.
            let _ = reply.send(answer);
        }
    }
}

fn write(core: &Core, staged: BTreeMap<Vec<u8>, Option<Vec<u8>>>) -> Result<(), sled::Error> {
    if staged.is_empty() {
        return Ok(());
    }
    let seq = count_from(core.tree.get(SEQ_KEY)?.as_deref()) + 1;
    let instances: Vec<InstanceId> = staged
        .keys()
        .filter(|k| k.first() == Some(&b'i'))
        .filter_map(|k| k.get(1..9)?.try_into().ok())
        .map(u64::from_be_bytes)
        .collect();
    let mut batch = sled::Batch::default();
    for (k, v) in staged {
        match v {
            Some(v) => batch.insert(k, v),
            None => batch.remove(k),
        }
    }
    batch.insert(SEQ_KEY, seq.to_be_bytes().to_vec());
    core.tree.apply_batch(batch)?;
    core.db.flush()?;
    if let Ok(mut subs) = core.subscribers.lock() {
        let changes = super::Changes { seq, instances };
        subs.retain(|s| s.send(changes.clone()).is_ok());
    }
    Ok(())
}
