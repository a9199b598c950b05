//! The lists of `application.lists`: the records an authority takes part
//! in as one of a list's parties (bound to it, or coordinated by it), in
//! the list's states, most recently changed first.

use serde::Serialize;

use super::env::Reader;
use super::records::{EngineError, Instance, InstanceId};
use super::Core;
use crate::model::RecordList;
use crate::raw::PartyKind;

/// One record of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListRow {
    pub instance: InstanceId,
    pub workflow: String,
    pub state: String,
    /// The list's party the authority is in it.
    pub party: String,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Core {
    /// The records of list `list` that `authority` takes part in; `None`
    /// when no such list is declared.
    pub fn list(&self, list: &str, authority: &str) -> Result<Option<Vec<ListRow>>, EngineError> {
        Ok(self.lists(&[list], authority)?.pop().flatten())
    }

    /// The records of each of `lists` that `authority` takes part in (each
    /// record read once), most recently changed first; `None` for a list
    /// not declared.
    pub fn lists(
        &self,
        lists: &[&str],
        authority: &str,
    ) -> Result<Vec<Option<Vec<ListRow>>>, EngineError> {
        let defs: Vec<Option<&RecordList>> =
            lists.iter().map(|l| self.defs.lists.get(*l)).collect();
        let mut out: Vec<Option<Vec<ListRow>>> =
            defs.iter().map(|d| d.map(|_| Vec::new())).collect();
        // Each list's candidates through the indexes: the records near the
        // authority (its own, and for coordinator parties those of the
        // authorities it coordinates); each record read once.
        let mut read: std::collections::BTreeMap<InstanceId, Instance> = Default::default();
        let mut candidates: Vec<Vec<InstanceId>> = Vec::new();
        for def in &defs {
            let mut ids = Vec::new();
            if let Some(def) = def {
                let workflows: Vec<&str> = def.workflows.iter().map(String::as_str).collect();
                let found = self.instances_near(authority, &self.relations_of(def), &workflows)?;
                for inst in found {
                    ids.push(inst.id);
                    read.entry(inst.id).or_insert(inst);
                }
            }
            candidates.push(ids);
        }
        for ((def, rows), ids) in defs.iter().zip(out.iter_mut()).zip(&candidates) {
            let (Some(def), Some(rows)) = (def, rows) else {
                continue;
            };
            for inst in ids.iter().filter_map(|id| read.get(id)) {
                if !def.states.is_empty() && !def.states.contains(&inst.state) {
                    continue;
                }
                if let Some(party) = self.party_of(def, inst, authority) {
                    rows.push(ListRow {
                        instance: inst.id,
                        workflow: inst.workflow.clone(),
                        state: inst.state.clone(),
                        party,
                        updated_at: inst.updated_at,
                    });
                }
            }
        }
        for rows in out.iter_mut().flatten() {
            rows.sort_by(|a, b| {
                b.updated_at
                    .cmp(&a.updated_at)
                    .then(b.instance.cmp(&a.instance))
            });
        }
        Ok(out)
    }

    /// The coordinator relations of the list's coordinator parties (their
    /// records are near the authorities the reader coordinates).
    fn relations_of<'d>(&'d self, def: &'d RecordList) -> Vec<&'d str> {
        def.workflows
            .iter()
            .filter_map(|w| self.defs.workflows.get(w))
            .flat_map(|wf| {
                def.parties
                    .iter()
                    .filter_map(|p| wf.parties.get(p))
                    .filter(|p| p.kind == PartyKind::Coordinator)
                    .filter_map(|p| p.relation.as_deref())
            })
            .collect()
    }

    /// The first of the list's parties `authority` is in `inst`.
    fn party_of(&self, def: &RecordList, inst: &Instance, authority: &str) -> Option<String> {
        let wf = self.workflow_version(&inst.workflow, &inst.version).ok()?;
        let reader = Reader::Tree(&self.tree);
        let facts = self.facts(&reader);
        let mut area = None;
        def.parties
            .iter()
            .find(|p| {
                let Some(party) = wf.parties.get(*p) else {
                    return false;
                };
                // The area only matters (and is only worked out) for a
                // coordinator party.
                let area = match party.kind {
                    PartyKind::Coordinator => {
                        area.get_or_insert_with(|| self.area_of(inst)).clone()
                    }
                    _ => None,
                };
                super::facts::is_party(&facts, inst, p, party, authority, area.as_deref())
            })
            .cloned()
    }
}

impl Core {
    /// Whether `actor` may take start `start` of `workflow` as far as party
    /// and role tell (its guard, which reads the inputs, decides later):
    /// a user whose authority becomes one of the start's authority parties,
    /// or who holds its role party, and who holds its role in some area.
    pub fn may_start(&self, workflow: &str, start: &str, actor: &super::Actor) -> bool {
        let super::Actor::User { roles, .. } = actor else {
            return false;
        };
        let Some(wf) = self.defs.workflows.get(workflow) else {
            return false;
        };
        let Some(action) = wf.starts.get(start) else {
            return false;
        };
        let party_ok = action.by.iter().any(|p| match wf.parties.get(p) {
            Some(party) if party.kind == PartyKind::Authority => true,
            Some(party) if party.kind == PartyKind::Role => party
                .role
                .as_ref()
                .is_some_and(|r| self.holds(roles, r, None)),
            _ => false,
        });
        party_ok
            && action
                .role
                .as_ref()
                .is_none_or(|r| self.holds(roles, r, None))
    }
}
