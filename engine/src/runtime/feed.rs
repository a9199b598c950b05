//! The change feed: derived data (a search index) hears of every durable
//! batch, after it is on disk, with the store's change sequence number.

use std::sync::mpsc;

use super::records::{EngineError, InstanceId};
use super::store::{count_from, SEQ_KEY};
use super::Core;

/// What one durable batch changed: the instances written or deleted, and
/// the store's change sequence number after it.
#[derive(Debug, Clone)]
pub struct Changes {
    pub seq: u64,
    pub instances: Vec<InstanceId>,
}

impl Core {
    /// The store's change sequence number: one more per durable batch.
    /// Derived data records the number it is up to date with.
    pub fn change_seq(&self) -> Result<u64, EngineError> {
        Ok(count_from(self.tree.get(SEQ_KEY)?.as_deref()))
    }

    /// A channel that hears of every durable batch from now on (after it is
    /// on disk). Dropping the receiver unsubscribes.
    pub fn subscribe(&self) -> mpsc::Receiver<Changes> {
        let (send, receive) = mpsc::channel();
        if let Ok(mut subs) = self.subscribers.lock() {
            subs.push(send);
        }
        receive
    }
}
