//! The sled layout and durable commits.
//!
//! One tree holds everything; an action and all it causes are written in
//! one atomic batch. Keys start with a one-byte table tag:
//!
//! | tag | key | value |
//! |---|---|---|
//! | `i` | instance id (u64 BE) | [`Instance`](super::Instance) |
//! | `a` | instance id, sequence (u64 BE each) | [`AuditRecord`](super::AuditRecord) |
//! | `t` | due time (ms, u64 BE, offset), instance id, timer name | empty: the timer queue |
//! | `k` | workflow `\0` key `\0` value (JSON) | count of instances (u64 BE) |
//! | `x` | workflow `\0` key `\0` value (JSON) `\0` instance id | empty: who has the key |
//! | `o` | notification id (u64 BE) | [`Notification`](super::Notification) |
//! | `d` | workflow `\0` version | the raw workflow definition (JSON) |
//! | `p` | authority `\0` instance id | workflow: the instances an authority is a party of |
//! | `w` | workflow `\0` instance id | empty: the instances of a workflow |
//! | `m` | `format` | store format version |
//! | `m` | `seq` | change sequence number (u64 BE): one more per batch |
//! | `m` | `index` | the `p` and `w` indexes are built (else built at open) |
//!
//! Values are JSON behind a one-byte format version ([`FORMAT`]). Changing
//! any of this is a stored-format change: bump [`FORMAT`] and say so in the commit.
//!
//! Only the writer thread ([`super::writer`]) writes, through an [`Overlay`],
//! in atomic batches; everyone else only reads.

use std::cell::RefCell;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;

use super::records::{EngineError, InstanceId};

/// 3: `x` members of lookup keys (2: values externally tagged; 1 was
/// adjacently tagged).
pub const FORMAT: u8 = 3;

/// The change sequence number's key.
pub const SEQ_KEY: &[u8] = b"mseq";

pub fn instance_key(id: InstanceId) -> Vec<u8> {
    let mut k = vec![b'i'];
    k.extend_from_slice(&id.to_be_bytes());
    k
}

pub fn audit_key(id: InstanceId, seq: u64) -> Vec<u8> {
    let mut k = vec![b'a'];
    k.extend_from_slice(&id.to_be_bytes());
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

pub fn audit_prefix(id: InstanceId) -> Vec<u8> {
    let mut k = vec![b'a'];
    k.extend_from_slice(&id.to_be_bytes());
    k
}

fn due_bytes(due: DateTime<Utc>) -> [u8; 8] {
    // Offset so that times before 1970 still sort.
    ((due.timestamp_millis() as i128 - i64::MIN as i128) as u64).to_be_bytes()
}

pub fn due_from_bytes(b: &[u8]) -> Option<DateTime<Utc>> {
    let raw = u64::from_be_bytes(b.get(..8)?.try_into().ok()?);
    let ms = (raw as i128 + i64::MIN as i128) as i64;
    DateTime::from_timestamp_millis(ms)
}

pub fn timer_key(due: DateTime<Utc>, id: InstanceId, timer: &str) -> Vec<u8> {
    let mut k = vec![b't'];
    k.extend_from_slice(&due_bytes(due));
    k.extend_from_slice(&id.to_be_bytes());
    k.extend_from_slice(timer.as_bytes());
    k
}

/// Reads a timer queue key back: (due, instance, timer).
pub fn parse_timer_key(k: &[u8]) -> Option<(DateTime<Utc>, InstanceId, String)> {
    let due = due_from_bytes(k.get(1..9)?)?;
    let id = u64::from_be_bytes(k.get(9..17)?.try_into().ok()?);
    let name = String::from_utf8(k.get(17..)?.to_vec()).ok()?;
    Some((due, id, name))
}

pub fn timers_until(until: DateTime<Utc>) -> (Vec<u8>, Vec<u8>) {
    let mut end = vec![b't'];
    end.extend_from_slice(&due_bytes(until));
    end.extend_from_slice(&[0xff; 9]);
    (vec![b't'], end)
}

pub fn lookup_key(workflow: &str, key: &str, value: &imi_expr::Value) -> Vec<u8> {
    let mut k = vec![b'k'];
    k.extend_from_slice(workflow.as_bytes());
    k.push(0);
    k.extend_from_slice(key.as_bytes());
    k.push(0);
    k.extend_from_slice(serde_json::to_string(value).unwrap_or_default().as_bytes());
    k
}

/// Prefix of the members of a lookup key's value (JSON never holds a raw NUL).
pub fn member_prefix(workflow: &str, key: &str, value: &imi_expr::Value) -> Vec<u8> {
    let mut k = lookup_key(workflow, key, value);
    if let Some(tag) = k.first_mut() {
        *tag = b'x';
    }
    k.push(0);
    k
}

pub fn member_key(workflow: &str, key: &str, value: &imi_expr::Value, id: InstanceId) -> Vec<u8> {
    let mut k = member_prefix(workflow, key, value);
    k.extend_from_slice(&id.to_be_bytes());
    k
}

/// The indexes' marker: present once `p` and `w` hold every instance.
pub const INDEX_KEY: &[u8] = b"mindex";

/// The index entries of authority `authority`'s instances.
pub fn party_prefix(authority: &str) -> Vec<u8> {
    let mut k = vec![b'p'];
    k.extend_from_slice(authority.as_bytes());
    k.push(0);
    k
}

pub fn party_key(authority: &str, id: InstanceId) -> Vec<u8> {
    let mut k = party_prefix(authority);
    k.extend_from_slice(&id.to_be_bytes());
    k
}

/// The index entries of workflow `workflow`'s instances.
pub fn workflow_prefix(workflow: &str) -> Vec<u8> {
    let mut k = vec![b'w'];
    k.extend_from_slice(workflow.as_bytes());
    k.push(0);
    k
}

pub fn workflow_key(workflow: &str, id: InstanceId) -> Vec<u8> {
    let mut k = workflow_prefix(workflow);
    k.extend_from_slice(&id.to_be_bytes());
    k
}

/// The instance id at the end of an index key.
pub fn indexed_id(key: &[u8]) -> Option<InstanceId> {
    let tail = key.len().checked_sub(8)?;
    Some(u64::from_be_bytes(key.get(tail..)?.try_into().ok()?))
}

/// The index writes for an instance whose parties were `before` and are
/// `after` (empty: it does not exist), of `workflow`.
pub fn index_writes<'p>(
    workflow: &str,
    id: InstanceId,
    before: impl Iterator<Item = &'p String>,
    after: impl Iterator<Item = &'p String>,
    existed: bool,
    exists: bool,
) -> Vec<(Vec<u8>, Option<Vec<u8>>)> {
    use std::collections::BTreeSet;
    let before: BTreeSet<&String> = before.collect();
    let after: BTreeSet<&String> = after.collect();
    let mut out = Vec::new();
    for gone in before.difference(&after) {
        out.push((party_key(gone, id), None));
    }
    for new in after.difference(&before) {
        out.push((party_key(new, id), Some(workflow.as_bytes().to_vec())));
    }
    match (existed, exists) {
        (false, true) => out.push((workflow_key(workflow, id), Some(Vec::new()))),
        (true, false) => out.push((workflow_key(workflow, id), None)),
        _ => {}
    }
    out
}

/// Prefix of the members of lookup key values that are lists whose first
/// item is `first` (`[first, …]`: a coordinator's relations, say).
pub fn member_list_prefix(workflow: &str, key: &str, first: &imi_expr::Value) -> Vec<u8> {
    let mut k = member_prefix(workflow, key, &imi_expr::Value::List(vec![first.clone()]));
    // `…[first]}` `\0` → `…[first,`: longer lists go on with a comma.
    k.pop();
    if k.ends_with(b"]}") {
        k.truncate(k.len() - 2);
        k.push(b',');
    }
    k
}

/// The value of a lookup key member's key (`x` workflow `\0` key `\0`
/// value `\0` id).
pub fn member_value(member: &[u8]) -> Option<imi_expr::Value> {
    let body = member.get(..member.len().checked_sub(9)?)?;
    let mut parts = body.splitn(3, |b| *b == 0);
    let (_, _, json) = (parts.next()?, parts.next()?, parts.next()?);
    serde_json::from_slice(json).ok()
}

pub fn outbox_key(id: u64) -> Vec<u8> {
    let mut k = vec![b'o'];
    k.extend_from_slice(&id.to_be_bytes());
    k
}

pub fn definition_key(workflow: &str, version: &str) -> Vec<u8> {
    let mut k = vec![b'd'];
    k.extend_from_slice(workflow.as_bytes());
    k.push(0);
    k.extend_from_slice(version.as_bytes());
    k
}

pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = vec![FORMAT];
    // Serializing our own plain data types cannot fail.
    out.extend(serde_json::to_vec(value).unwrap_or_default());
    out
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, EngineError> {
    match bytes.split_first() {
        Some((&FORMAT, body)) => {
            serde_json::from_slice(body).map_err(|e| EngineError::Corrupt(e.to_string()))
        }
        Some((v, _)) => Err(EngineError::Corrupt(format!(
            "record in store format {v}, this build reads {FORMAT}"
        ))),
        None => Err(EngineError::Corrupt("empty record".into())),
    }
}

pub fn count_from(bytes: Option<&[u8]>) -> u64 {
    bytes
        .and_then(|b| b.try_into().ok())
        .map(u64::from_be_bytes)
        .unwrap_or(0)
}

/// Writes staged over the tree: what a batch of actions has written so far
/// (`base`) and what the current action writes (`local`). Reads see the
/// newest value. A refused action's `local` is thrown away; a taken one's
/// is merged into `base`, and the whole batch goes to sled at once.
pub struct Overlay<'a> {
    tree: &'a sled::Tree,
    db: &'a sled::Db,
    base: &'a BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    local: RefCell<BTreeMap<Vec<u8>, Option<Vec<u8>>>>,
}

impl<'a> Overlay<'a> {
    pub fn new(
        db: &'a sled::Db,
        tree: &'a sled::Tree,
        base: &'a BTreeMap<Vec<u8>, Option<Vec<u8>>>,
    ) -> Self {
        Overlay {
            tree,
            db,
            base,
            local: RefCell::new(BTreeMap::new()),
        }
    }

    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, EngineError> {
        if let Some(v) = self.local.borrow().get(key) {
            return Ok(v.clone());
        }
        if let Some(v) = self.base.get(key) {
            return Ok(v.clone());
        }
        Ok(self.tree.get(key)?.map(|v| v.to_vec()))
    }

    /// The keys under `prefix`, as this batch would leave them.
    pub fn keys_with_prefix(&self, prefix: &[u8]) -> Result<Vec<Vec<u8>>, EngineError> {
        let mut keys = std::collections::BTreeSet::new();
        for r in self.tree.scan_prefix(prefix) {
            keys.insert(r?.0.to_vec());
        }
        for layer in [self.base, &*self.local.borrow()] {
            for (k, v) in layer.range(prefix.to_vec()..) {
                if !k.starts_with(prefix) {
                    break;
                }
                if v.is_some() {
                    keys.insert(k.clone());
                } else {
                    keys.remove(k);
                }
            }
        }
        Ok(keys.into_iter().collect())
    }

    pub fn insert(&self, key: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) {
        self.local
            .borrow_mut()
            .insert(key.into(), Some(value.into()));
    }

    pub fn remove(&self, key: impl Into<Vec<u8>>) {
        self.local.borrow_mut().insert(key.into(), None);
    }

    /// A fresh id (sled's monotonic counter; ids of refused actions are skipped).
    pub fn generate_id(&self) -> Result<u64, EngineError> {
        Ok(self.db.generate_id()?)
    }

    /// The writes of this action.
    pub fn into_writes(self) -> BTreeMap<Vec<u8>, Option<Vec<u8>>> {
        self.local.into_inner()
    }
}

#[cfg(test)]
mod list_prefix_tests {
    use super::*;
    use imi_expr::Value;

    fn list(items: &[&str]) -> Value {
        Value::List(items.iter().map(|s| Value::String(s.to_string())).collect())
    }

    #[test]
    fn a_list_prefix_finds_the_lists_that_start_with_it_and_reads_them_back() {
        let prefix = member_list_prefix("w", "k", &Value::String("PT-0014".into()));
        let member = member_key("w", "k", &list(&["PT-0014", "PT-0002", "area"]), 7);
        assert!(member.starts_with(&prefix));
        assert_eq!(
            member_value(&member),
            Some(list(&["PT-0014", "PT-0002", "area"]))
        );
        for other in [
            list(&["PT-0014"]),
            list(&["PT-00145", "PT-0002"]),
            list(&["EE-0001", "PT-0014"]),
        ] {
            assert!(
                !member_key("w", "k", &other, 7).starts_with(&prefix),
                "{other:?}"
            );
        }
        // An id whose bytes hold zeros is still read past.
        let member = member_key("w", "k", &list(&["a", "b"]), 256);
        assert_eq!(member_value(&member), Some(list(&["a", "b"])));
    }
}
