//! The effects of an action, applied on the writer's overlay: fields,
//! timers, messages, party bindings, spawned children, triggers, erasure.

use std::collections::BTreeMap;

use imi_expr::Value;

use super::apply::{refuse, TxError, Unit};
use super::facts::Reader;
use super::records::*;
use super::store::*;
use super::world::Actor;
use crate::model::{Action, Effect, Workflow};
use crate::raw::TriggerTarget;

impl Unit<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn effect(
        &mut self,
        wf: &Workflow,
        inst: &mut Instance,
        action: &Action,
        effect: &Effect,
        inputs: &BTreeMap<String, Value>,
        area: Option<String>,
        depth: usize,
        deleted: &mut bool,
    ) -> Result<(), TxError> {
        match effect {
            Effect::Set(assignments) => {
                for (field, expr) in assignments {
                    let value = {
                        let env = self.env(wf, inst, inputs, None, area.clone());
                        self.eval(&env, &expr.expr, &action.id)?
                    };
                    inst.fields.insert(field.clone(), value);
                }
            }
            Effect::Start(timers) => {
                for name in timers {
                    let Some(timer) = wf.timers.get(name) else {
                        continue;
                    };
                    let due = {
                        let env = self.env(wf, inst, inputs, None, area.clone());
                        self.eval(&env, &timer.at.expr, &action.id)?
                    };
                    // No due time: the timer is not started (and stops if it ran).
                    let due = match due {
                        Value::DateTime(due) => due,
                        Value::Null => {
                            if let Some(old) = inst.timers.remove(name) {
                                self.kv.remove(timer_key(old, inst.id, name));
                            }
                            continue;
                        }
                        other => {
                            return refuse(Refusal::Evaluation {
                                action: action.id.clone(),
                                message: format!("timer `{name}` needs a datetime, got {other}"),
                            })
                        }
                    };
                    if let Some(old) = inst.timers.insert(name.clone(), due) {
                        self.kv.remove(timer_key(old, inst.id, name));
                    }
                    self.kv
                        .insert(timer_key(due, inst.id, name), Vec::<u8>::new());
                }
            }
            Effect::Cancel(timers) => {
                for name in timers {
                    if let Some(old) = inst.timers.remove(name) {
                        self.kv.remove(timer_key(old, inst.id, name));
                    }
                }
            }
            Effect::Notify {
                when,
                template,
                to,
                params,
            } => {
                let env = self.env(wf, inst, inputs, None, area.clone());
                if let Some(w) = when {
                    if !self.eval(&env, &w.expr, &action.id)?.is_true() {
                        return Ok(());
                    }
                }
                let mut recipients = Vec::new();
                for r in to {
                    match r {
                        crate::model::Recipient::Email { address, language } => {
                            let language = match language {
                                Some(l) => match self.eval(&env, &l.expr, &action.id)? {
                                    Value::String(l) => Some(l),
                                    _ => None,
                                },
                                None => None,
                            };
                            match self.eval(&env, &address.expr, &action.id)? {
                                Value::String(address) => {
                                    recipients.push(Recipient::Email { address, language })
                                }
                                Value::Null => {}
                                other => recipients.push(Recipient::Email {
                                    address: other.to_string(),
                                    language,
                                }),
                            }
                        }
                        crate::model::Recipient::Party { party, role } => {
                            if let Some(authority) = inst.parties.get(party) {
                                recipients.push(Recipient::Authority {
                                    authority: authority.clone(),
                                    role: role.clone(),
                                });
                            }
                        }
                        crate::model::Recipient::Found {
                            workflow,
                            key,
                            value,
                            party,
                            role,
                        } => {
                            let value = self.eval(&env, &value.expr, &action.id)?;
                            let reader = Reader::Overlay(self.kv);
                            let found = reader.find(workflow, key, &value)?;
                            for id in found {
                                let Some(other) = reader.instance(id)? else {
                                    continue;
                                };
                                if let Some(authority) = other.parties.get(party) {
                                    recipients.push(Recipient::Authority {
                                        authority: authority.clone(),
                                        role: role.clone(),
                                    });
                                }
                            }
                        }
                        crate::model::Recipient::User(user) => {
                            if let Value::String(user) = self.eval(&env, &user.expr, &action.id)? {
                                recipients.push(Recipient::User { user });
                            }
                        }
                    }
                }
                let mut values = BTreeMap::new();
                for (k, expr) in params {
                    values.insert(k.clone(), self.eval(&env, &expr.expr, &action.id)?);
                }
                drop(env);
                let id = self.kv.generate_id()?;
                let n = Notification {
                    id,
                    instance: inst.id,
                    workflow: wf.id.clone(),
                    template: template.clone(),
                    to: recipients,
                    params: values,
                    at: self.now,
                    delivered: Default::default(),
                };
                self.kv.insert(outbox_key(id), encode(&n));
                self.notifications.push(n);
            }
            Effect::Assign(bindings) => {
                for (party, expr) in bindings {
                    let value = {
                        let env = self.env(wf, inst, inputs, None, area.clone());
                        self.eval(&env, &expr.expr, &action.id)?
                    };
                    match value {
                        Value::String(a) => {
                            inst.parties.insert(party.clone(), a);
                        }
                        Value::Null => {
                            inst.parties.remove(party);
                        }
                        other => {
                            return refuse(Refusal::Evaluation {
                                action: action.id.clone(),
                                message: format!(
                                    "party `{party}` needs an authority id, not {other}"
                                ),
                            })
                        }
                    }
                }
            }
            Effect::Spawn {
                workflow,
                start,
                for_each,
                parties,
                inputs: child_inputs,
            } => {
                let child_wf = match self.engine.defs.workflows.get(workflow) {
                    Some(w) => w.clone(),
                    None => return refuse(Refusal::UnknownWorkflow(workflow.clone())),
                };
                let items: Vec<Option<Value>> = match for_each {
                    None => vec![None],
                    Some(expr) => {
                        let env = self.env(wf, inst, inputs, None, area.clone());
                        match self.eval(&env, &expr.expr, &action.id)? {
                            Value::List(items) => items.into_iter().map(Some).collect(),
                            Value::Null => Vec::new(),
                            other => vec![Some(other)],
                        }
                    }
                };
                for item in items {
                    let (preset, values) = {
                        let env = self.env(wf, inst, inputs, item.as_ref(), area.clone());
                        let mut preset = BTreeMap::new();
                        for (p, expr) in parties {
                            if let Value::String(a) = self.eval(&env, &expr.expr, &action.id)? {
                                preset.insert(p.clone(), a);
                            }
                        }
                        let mut values = BTreeMap::new();
                        for (k, expr) in child_inputs {
                            values.insert(k.clone(), self.eval(&env, &expr.expr, &action.id)?);
                        }
                        (preset, values)
                    };
                    let child = self.start(
                        child_wf.clone(),
                        start,
                        &Actor::System,
                        values,
                        preset,
                        Some(inst.id),
                        depth + 1,
                    )?;
                    inst.children.push((workflow.clone(), child.id));
                    self.spawned.push(child.id);
                }
            }
            Effect::Trigger {
                target,
                workflow,
                action: name,
                inputs: trig_inputs,
            } => {
                let targets: Vec<InstanceId> = match target {
                    TriggerTarget::Parent => inst.parent.into_iter().collect(),
                    TriggerTarget::Children => inst
                        .children
                        .iter()
                        .filter(|(w, _)| workflow.as_ref().is_none_or(|x| x == w))
                        .map(|(_, id)| *id)
                        .collect(),
                };
                let values = {
                    let env = self.env(wf, inst, inputs, None, area.clone());
                    let mut values = BTreeMap::new();
                    for (k, expr) in trig_inputs {
                        values.insert(k.clone(), self.eval(&env, &expr.expr, &action.id)?);
                    }
                    values
                };
                for target_id in targets {
                    let mut other = match self.load(target_id) {
                        Ok(o) => o,
                        // A deleted child is simply no longer there.
                        Err(EngineError::Refused(Refusal::UnknownInstance(_))) => continue,
                        Err(e) => return Err(e),
                    };
                    let other_wf = self.workflow(&other)?;
                    let Some(other_action) = other_wf.actions.get(name) else {
                        return refuse(Refusal::UnknownAction {
                            workflow: other_wf.id.clone(),
                            action: name.clone(),
                        });
                    };
                    let cause = Some(format!("triggered by {} {}", wf.id, inst.id));
                    self.apply(
                        &other_wf,
                        &mut other,
                        other_action,
                        &Actor::System,
                        values.clone(),
                        cause,
                        depth + 1,
                    )?;
                }
            }
            Effect::Erase {
                fields,
                personal_answers,
            } => {
                for f in fields {
                    inst.fields.insert(f.clone(), Value::Null);
                }
                for f in personal_answers {
                    let q = wf
                        .fields
                        .get(f)
                        .and_then(|d| d.questionnaire.as_ref())
                        .and_then(|q| self.engine.defs.questionnaires.get(q));
                    if let (Some(q), Some(Value::Record(answers))) = (q, inst.fields.get(f)) {
                        let kept = q.without_personal_data(answers);
                        inst.fields.insert(f.clone(), Value::Record(kept));
                    }
                }
            }
            Effect::Delete => *deleted = true,
        }
        Ok(())
    }
}
