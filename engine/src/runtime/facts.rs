//! What the engine knows about authorities: from the store, through the
//! definitions' directory binding (authorities, coordinator relations,
//! links and settings are workflow instances found by lookup keys), and
//! otherwise from the [`Directory`] the engine was given.

use imi_expr::Value;

use super::records::{EngineError, Instance, InstanceId};
use super::store::{count_from, decode, instance_key, lookup_key, member_prefix, Overlay};
use super::world::Directory;
use crate::model::Definitions;
use crate::raw::KeyRef;

/// Where reads go: the writer's overlay (a batch in progress) or the tree.
pub(crate) enum Reader<'a> {
    Overlay(&'a Overlay<'a>),
    Tree(&'a sled::Tree),
}

impl Reader<'_> {
    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, EngineError> {
        match self {
            Reader::Overlay(o) => o.get(key),
            Reader::Tree(t) => Ok(t.get(key)?.map(|v| v.to_vec())),
        }
    }

    fn keys_with_prefix(&self, prefix: &[u8]) -> Result<Vec<Vec<u8>>, EngineError> {
        match self {
            Reader::Overlay(o) => o.keys_with_prefix(prefix),
            Reader::Tree(t) => t.scan_prefix(prefix).map(|r| Ok(r?.0.to_vec())).collect(),
        }
    }

    /// How many instances of `workflow` have lookup key `key` = `value`.
    pub fn count(&self, workflow: &str, key: &str, value: &Value) -> Result<u64, EngineError> {
        Ok(count_from(
            self.get(&lookup_key(workflow, key, value))?.as_deref(),
        ))
    }

    /// The instances of `workflow` whose lookup key `key` has `value`.
    pub fn find(
        &self,
        workflow: &str,
        key: &str,
        value: &Value,
    ) -> Result<Vec<InstanceId>, EngineError> {
        let prefix = member_prefix(workflow, key, value);
        self.keys_with_prefix(&prefix)?
            .iter()
            .map(|k| {
                k.get(prefix.len()..)
                    .and_then(|b| b.try_into().ok())
                    .map(u64::from_be_bytes)
                    .ok_or_else(|| EngineError::Corrupt("a lookup member key is damaged".into()))
            })
            .collect()
    }

    pub fn instance(&self, id: InstanceId) -> Result<Option<Instance>, EngineError> {
        self.get(&instance_key(id))?.map(|b| decode(&b)).transpose()
    }
}

/// The value of a directory key: the id alone, or the list of the parts.
fn key_value(parts: &[&str]) -> Value {
    match parts {
        [one] => Value::String((*one).to_string()),
        _ => Value::List(
            parts
                .iter()
                .map(|p| Value::String((*p).to_string()))
                .collect(),
        ),
    }
}

/// Directory facts read through a [`Reader`], falling back to the given
/// [`Directory`] for what the store does not hold.
/// Whether `authority` is party `party` (named `id`) of `inst`: bound to
/// it, or (a coordinator party) coordinating the authority it is `of` in
/// its relation, in `area`. The one rule actions and lists both follow.
pub(crate) fn is_party(
    facts: &Facts<'_>,
    inst: &super::Instance,
    id: &str,
    party: &crate::model::Party,
    authority: &str,
    area: Option<&str>,
) -> bool {
    use crate::raw::PartyKind;
    match party.kind {
        PartyKind::Authority => inst.parties.get(id).map(String::as_str) == Some(authority),
        PartyKind::Coordinator => {
            let of = party.of.as_ref().and_then(|o| inst.parties.get(o));
            match (of, &party.relation) {
                (Some(of), Some(rel)) => facts.is_coordinator(authority, of, area, rel),
                _ => false,
            }
        }
        _ => false,
    }
}

pub(crate) struct Facts<'a> {
    pub defs: &'a Definitions,
    pub fallback: &'a dyn Directory,
    pub reader: &'a Reader<'a>,
}

impl Facts<'_> {
    fn has(&self, key: &KeyRef, parts: &[&str]) -> bool {
        let value = key_value(parts);
        self.reader
            .count(&key.workflow, &key.key, &value)
            .is_ok_and(|n| n > 0)
    }

    fn instance_by(&self, key: &KeyRef, parts: &[&str]) -> Option<Instance> {
        let value = key_value(parts);
        let id = *self
            .reader
            .find(&key.workflow, &key.key, &value)
            .ok()?
            .first()?;
        self.reader.instance(id).ok().flatten()
    }

    /// The instance that is authority `id`, if the store holds it.
    pub fn authority(&self, id: &str) -> Option<Instance> {
        let b = &self.defs.directory.as_ref()?.authorities;
        self.instance_by(
            &KeyRef {
                workflow: b.workflow.clone(),
                key: b.key.clone(),
            },
            &[id],
        )
    }

    pub fn country(&self, authority: &str) -> Option<String> {
        let from_store = self.defs.directory.as_ref().and_then(|d| {
            match self
                .authority(authority)?
                .fields
                .get(&d.authorities.country)?
            {
                Value::String(c) => Some(c.clone()),
                _ => None,
            }
        });
        from_store.or_else(|| self.fallback.country(authority))
    }

    /// Whether `coordinator` has `relation` to `of`: for every area, or in
    /// `area` when given.
    pub fn is_coordinator(
        &self,
        coordinator: &str,
        of: &str,
        area: Option<&str>,
        relation: &str,
    ) -> bool {
        let in_store = self
            .defs
            .directory
            .as_ref()
            .and_then(|d| d.relations.get(relation))
            .is_some_and(|key| {
                self.has(key, &[coordinator, of])
                    || area.is_some_and(|a| self.has(key, &[coordinator, of, a]))
            });
        in_store
            || self
                .fallback
                .is_coordinator(coordinator, of, area, relation)
    }

    /// Whether `coordinator` has any relation to `of`, in any area.
    pub fn coordinates(&self, coordinator: &str, of: &str) -> bool {
        let relations = self
            .defs
            .packages
            .values()
            .flat_map(|p| p.coordinator_relations.iter());
        let areas: Vec<Option<&str>> = std::iter::once(None)
            .chain(self.defs.packages.keys().map(|a| Some(a.as_str())))
            .collect();
        relations.into_iter().any(|rel| {
            areas
                .iter()
                .any(|a| self.is_coordinator(coordinator, of, *a, rel))
        })
    }

    pub fn is_linked(&self, a: &str, b: &str) -> bool {
        self.defs
            .directory
            .as_ref()
            .and_then(|d| d.links.as_ref())
            .is_some_and(|key| self.has(key, &[a, b]) || self.has(key, &[b, a]))
    }

    pub fn setting(&self, authority: &str, area: &str, setting: &str) -> Option<Value> {
        let from_store = self
            .defs
            .directory
            .as_ref()
            .and_then(|d| d.settings.as_ref())
            .and_then(|key| self.instance_by(key, &[authority, area]))
            .and_then(|inst| inst.fields.get(setting).cloned())
            .filter(|v| !v.is_null());
        from_store.or_else(|| self.fallback.setting(authority, area, setting))
    }
}

/// Directory facts for the application (reads the tree).
impl super::Core {
    /// Directory facts read through `reader`.
    pub(crate) fn facts<'a>(&'a self, reader: &'a Reader<'a>) -> Facts<'a> {
        Facts {
            defs: &self.defs,
            fallback: self.directory.as_ref(),
            reader,
        }
    }

    /// The country of an authority, as the directory knows it.
    pub fn authority_country(&self, authority: &str) -> Option<String> {
        self.facts(&Reader::Tree(&self.tree)).country(authority)
    }

    /// The instance that is authority `id` (through the directory binding).
    pub fn authority(&self, id: &str) -> Option<Instance> {
        self.facts(&Reader::Tree(&self.tree)).authority(id)
    }

    /// Whether `coordinator` has any coordinator relation to `of`.
    pub fn coordinates(&self, coordinator: &str, of: &str) -> bool {
        self.facts(&Reader::Tree(&self.tree))
            .coordinates(coordinator, of)
    }

    /// Whether `coordinator` has `relation` to `of` (in `area`, if given).
    pub fn is_coordinator(
        &self,
        coordinator: &str,
        of: &str,
        area: Option<&str>,
        relation: &str,
    ) -> bool {
        self.facts(&Reader::Tree(&self.tree))
            .is_coordinator(coordinator, of, area, relation)
    }

    /// Whether authorities `a` and `b` are linked.
    pub fn is_linked(&self, a: &str, b: &str) -> bool {
        self.facts(&Reader::Tree(&self.tree)).is_linked(a, b)
    }

    /// Whether every logged-in user may read the instance's non-personal
    /// fields (the workflow's `public` expression holds).
    pub fn is_public(&self, inst: &Instance) -> bool {
        let Ok(wf) = self.workflow_version(&inst.workflow, &inst.version) else {
            return false;
        };
        let Some(public) = &wf.public else {
            return false;
        };
        let inputs = Default::default();
        let env = self.read_env(&wf, inst, &inputs);
        imi_expr::eval(&public.expr, &env).is_ok_and(|v| v.is_true())
    }

    /// Whether the instance's personal data is blocked (its workflow's
    /// `personal_data.blocked` holds), and the action that reveals it.
    pub fn personal_data_blocked(&self, inst: &Instance) -> Option<String> {
        let wf = self.workflow_version(&inst.workflow, &inst.version).ok()?;
        let (blocked, reveal) = wf.personal_data_blocked.as_ref()?;
        let inputs = Default::default();
        let env = self.read_env(&wf, inst, &inputs);
        imi_expr::eval(&blocked.expr, &env)
            .is_ok_and(|v| v.is_true())
            .then(|| reveal.clone())
    }

    /// Whether `coordinator` reads the details (non-personal fields) of
    /// `inst`: it is a coordinator in the workflow's `coordinators_see_details`
    /// relation of a party whose setting allows it (the area's default
    /// otherwise).
    pub fn coordinator_sees_details(&self, inst: &Instance, coordinator: &str) -> bool {
        let Ok(wf) = self.workflow_version(&inst.workflow, &inst.version) else {
            return false;
        };
        let Some((relation, setting)) = &wf.coordinators_see_details else {
            return false;
        };
        let Some(area) = self.area_of(inst) else {
            return false;
        };
        let default = self
            .defs
            .packages
            .get(&area)
            .and_then(|p| p.settings.get(setting))
            .map(|s| s.default.clone())
            .unwrap_or(Value::Null);
        let reader = Reader::Tree(&self.tree);
        let facts = self.facts(&reader);
        inst.parties.values().any(|party| {
            facts.is_coordinator(coordinator, party, Some(&area), relation)
                && facts
                    .setting(party, &area, setting)
                    .unwrap_or_else(|| default.clone())
                    .is_true()
        })
    }

    /// The legislative area an instance belongs to, if any.
    pub fn area_of(&self, inst: &Instance) -> Option<String> {
        let wf = self.workflow_version(&inst.workflow, &inst.version).ok()?;
        let inputs = Default::default();
        self.read_env(&wf, inst, &inputs).area
    }
}
