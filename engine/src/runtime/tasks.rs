//! *My tasks*: the instances that await the acting user, from each
//! workflow's `tasks.awaits` (state → parties): those whose state awaits a
//! party the user acts for, where the user may take one of that party's
//! actions now.

use imi_expr::Value;
use serde::Serialize;

use super::records::{EngineError, InstanceId};
use super::world::Actor;
use super::Engine;

/// One task.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Task {
    pub instance: InstanceId,
    pub workflow: String,
    pub state: String,
    /// The due date (the workflow's `tasks.due` field), if set.
    pub due: Option<chrono::NaiveDate>,
    /// The actions awaited of the user.
    pub actions: Vec<String>,
}

impl Engine {
    /// The tasks of `actor`, oldest due date first (those without one last).
    pub fn tasks(&self, actor: &Actor) -> Result<Vec<Task>, EngineError> {
        let Actor::User { authority, .. } = actor else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for inst in self.task_candidates(authority)? {
            let Ok(wf) = self.workflow_version(&inst.workflow, &inst.version) else {
                continue;
            };
            let Some(tasks) = &wf.tasks else {
                continue;
            };
            let Some(parties) = tasks.awaits.get(&inst.state) else {
                continue;
            };
            let actions: Vec<String> = self
                .allowed_actions(inst.id, actor)?
                .into_iter()
                .filter(|a| {
                    wf.actions
                        .get(a)
                        .is_some_and(|a| a.by.iter().any(|p| parties.contains(p)))
                })
                .collect();
            if actions.is_empty() {
                continue;
            }
            let due = tasks.due.as_ref().and_then(|f| match inst.fields.get(f) {
                Some(Value::Date(d)) => Some(*d),
                _ => None,
            });
            out.push(Task {
                instance: inst.id,
                workflow: inst.workflow.clone(),
                state: inst.state.clone(),
                due,
                actions,
            });
        }
        out.sort_by_key(|t| (t.due.is_none(), t.due, t.instance));
        Ok(out)
    }
}

/// An exchange an authority takes part in (an instance of a workflow with
/// `tasks`, such as a request), as one of its parties.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Exchange {
    pub instance: InstanceId,
    pub workflow: String,
    pub state: String,
    /// The party the authority is bound to (`requester`, `responder`, …).
    pub party: String,
    pub due: Option<chrono::NaiveDate>,
    /// Its state awaits a party (`tasks.awaits`): it is not over.
    pub awaiting: bool,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl Engine {
    /// The instances that may await a user of `authority`: of the
    /// workflows with `tasks`, those `authority` is a party of, or an
    /// authority it coordinates is (for awaited coordinator parties);
    /// every instance of a workflow that awaits a role party (not indexed).
    fn task_candidates(&self, authority: &str) -> Result<Vec<super::Instance>, EngineError> {
        use crate::raw::PartyKind;
        let mut out = Vec::new();
        for wf in self.defs.workflows.values() {
            let Some(tasks) = &wf.tasks else {
                continue;
            };
            let awaited: Vec<&crate::model::Party> = tasks
                .awaits
                .values()
                .flatten()
                .filter_map(|p| wf.parties.get(p))
                .collect();
            if awaited.iter().any(|p| p.kind == PartyKind::Role) {
                out.extend(self.instances_of_workflow(&wf.id)?);
                continue;
            }
            let relations: Vec<&str> = awaited
                .iter()
                .filter(|p| p.kind == PartyKind::Coordinator)
                .filter_map(|p| p.relation.as_deref())
                .collect();
            out.extend(self.instances_near(authority, &relations, &[wf.id.as_str()])?);
        }
        out.sort_by_key(|i| i.id);
        Ok(out)
    }

    /// The exchanges `authority` is a party of (as `party` only, when
    /// given), most recently changed first.
    pub fn exchanges_of(
        &self,
        authority: &str,
        party: Option<&str>,
    ) -> Result<Vec<Exchange>, EngineError> {
        let mut out = Vec::new();
        let with_tasks: Vec<&str> = self
            .defs
            .workflows
            .values()
            .filter(|w| w.tasks.is_some())
            .map(|w| w.id.as_str())
            .collect();
        for inst in self.instances_of_authority(authority, &with_tasks)? {
            let Ok(wf) = self.workflow_version(&inst.workflow, &inst.version) else {
                continue;
            };
            let Some(tasks) = &wf.tasks else {
                continue;
            };
            for (p, bound) in &inst.parties {
                if bound != authority || party.is_some_and(|want| want != p) {
                    continue;
                }
                let due = tasks.due.as_ref().and_then(|f| match inst.fields.get(f) {
                    Some(Value::Date(d)) => Some(*d),
                    _ => None,
                });
                out.push(Exchange {
                    instance: inst.id,
                    workflow: inst.workflow.clone(),
                    state: inst.state.clone(),
                    party: p.clone(),
                    due,
                    awaiting: tasks.awaits.contains_key(&inst.state),
                    updated_at: inst.updated_at,
                });
            }
        }
        out.sort_by(|a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then(b.instance.cmp(&a.instance))
        });
        Ok(out)
    }
}
