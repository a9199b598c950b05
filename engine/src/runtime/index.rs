//! Reads through the store's indexes (`p`: the instances an authority is
//! a party of; `w`: the instances of a workflow), kept by the writer in the
//! batch of each action and built at open for an older store, so that
//! listing an authority's records reads those records only.

use super::records::{EngineError, Instance, InstanceId};
use super::store::{decode, indexed_id, instance_key, party_prefix, workflow_prefix};
use super::Core;

impl Core {
    /// The instances `authority` is a party of (an authority party bound to
    /// it), of one of `workflows`, in id order.
    pub fn instances_of_authority(
        &self,
        authority: &str,
        workflows: &[&str],
    ) -> Result<Vec<Instance>, EngineError> {
        let mut out = Vec::new();
        for r in self.tree.scan_prefix(party_prefix(authority)) {
            let (key, workflow) = r?;
            if !workflows.iter().any(|w| w.as_bytes() == workflow.as_ref()) {
                continue;
            }
            if let Some(inst) = self.indexed(&key)? {
                out.push(inst);
            }
        }
        Ok(out)
    }

    /// The instances of `workflow`, in id order.
    pub fn instances_of_workflow(&self, workflow: &str) -> Result<Vec<Instance>, EngineError> {
        let mut out = Vec::new();
        for r in self.tree.scan_prefix(workflow_prefix(workflow)) {
            if let Some(inst) = self.indexed(&r?.0)? {
                out.push(inst);
            }
        }
        Ok(out)
    }

    /// The authorities `coordinator` has coordinator relation `relation` to
    /// (in any area): from the directory binding's relation key, and the
    /// fallback directory.
    pub fn coordinated_by(
        &self,
        coordinator: &str,
        relation: &str,
    ) -> Result<Vec<String>, EngineError> {
        let mut out = self.directory.coordinated_by(coordinator, relation);
        let key = self
            .defs
            .directory
            .as_ref()
            .and_then(|d| d.relations.get(relation));
        if let Some(key) = key {
            let first = imi_expr::Value::String(coordinator.to_string());
            let prefix = super::store::member_list_prefix(&key.workflow, &key.key, &first);
            for r in self.tree.scan_prefix(prefix) {
                let (member, _) = r?;
                if let Some(imi_expr::Value::List(items)) = super::store::member_value(&member) {
                    if let Some(imi_expr::Value::String(of)) = items.get(1) {
                        out.push(of.clone());
                    }
                }
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// The instances of `workflows` where `authority` is a party, or (for
    /// each of `relations`) an authority it coordinates is: a superset of
    /// those an authority or coordinator party of it may act on.
    pub fn instances_near(
        &self,
        authority: &str,
        relations: &[&str],
        workflows: &[&str],
    ) -> Result<Vec<Instance>, EngineError> {
        let mut authorities = vec![authority.to_string()];
        for r in relations {
            authorities.extend(self.coordinated_by(authority, r)?);
        }
        authorities.sort();
        authorities.dedup();
        let mut seen = std::collections::BTreeMap::new();
        for a in &authorities {
            for inst in self.instances_of_authority(a, workflows)? {
                seen.entry(inst.id).or_insert(inst);
            }
        }
        Ok(seen.into_values().collect())
    }

    /// Where the indexes disagree with the records (none: they agree): a
    /// consistency check for tests and scenario runs.
    pub fn index_problems(&self) -> Result<Vec<String>, EngineError> {
        use std::collections::BTreeSet;
        let mut want: BTreeSet<Vec<u8>> = BTreeSet::new();
        for r in self.tree.scan_prefix(b"i") {
            let inst: Instance = decode(&r?.1)?;
            want.insert(super::store::workflow_key(&inst.workflow, inst.id));
            for a in inst.parties.values() {
                want.insert(super::store::party_key(a, inst.id));
            }
        }
        let mut have: BTreeSet<Vec<u8>> = BTreeSet::new();
        for prefix in [b"p", b"w"] {
            for r in self.tree.scan_prefix(prefix) {
                have.insert(r?.0.to_vec());
            }
        }
        let show = |k: &Vec<u8>| {
            String::from_utf8_lossy(&k[..k.len().saturating_sub(8)]).to_string()
                + &indexed_id(k).map(|i| format!(" #{i}")).unwrap_or_default()
        };
        Ok(want
            .difference(&have)
            .map(|k| format!("missing {}", show(k)))
            .chain(have.difference(&want).map(|k| format!("stale {}", show(k))))
            .collect())
    }

    /// The instance an index key names (none if it is gone).
    fn indexed(&self, key: &[u8]) -> Result<Option<Instance>, EngineError> {
        let Some(id): Option<InstanceId> = indexed_id(key) else {
            return Ok(None);
        };
        self.tree
            .get(instance_key(id))?
            .map(|b| decode(&b))
            .transpose()
    }
}
