//! Compiles the effects of an action (`set`, `start`, `notify`, `spawn`,
//! `trigger`, …), checking every name against the workflow and the
//! workflows it reaches.

use imi_expr::Type;
use indexmap::IndexMap;

use super::expressions::{expr, exprs};
use super::workflow::{hint, Compiler};
use super::TextNeed;
use crate::model::*;
use crate::raw::{self, PartyKind};
use crate::source::Seg;

impl<'a> Compiler<'a> {
    pub(super) fn effect(
        &mut self,
        at: &[Seg],
        e: &raw::Effect,
        inputs: &IndexMap<String, Type>,
    ) -> Option<Effect> {
        let sub = |k: &str| -> Vec<Seg> {
            let mut p = at.to_vec();
            p.push(Seg::Key(k.to_string()));
            p
        };
        let present = [
            e.set.is_some(),
            e.start.is_some(),
            e.cancel.is_some(),
            e.notify.is_some(),
            e.assign.is_some(),
            e.spawn.is_some(),
            e.trigger.is_some(),
            e.erase.is_some(),
            e.delete.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if present != 1 {
            self.rep.error(at, format!("an effect has exactly one of `set`, `start`, `cancel`, `notify`, `assign`, `spawn`, `trigger`, `erase`, `delete`; this one has {present}"));
            return None;
        }
        let field_types = self.ctx.field_types.clone();
        if let Some(set) = &e.set {
            for k in set.keys() {
                if !field_types.contains_key(k) {
                    let h = hint(k, field_types.keys().map(String::as_str));
                    self.rep.error_key(
                        &{
                            let mut p = sub("set");
                            p.push(Seg::Key(k.clone()));
                            p
                        },
                        format!("unknown field `{k}`{h}"),
                    );
                }
            }
            let scope = self.ctx.scope(Some(inputs));
            return Some(Effect::Set(exprs(
                &self.ctx,
                self.rep,
                &sub("set"),
                set,
                &scope,
                |k| field_types.get(k).cloned(),
            )));
        }
        if let Some(list) = e.start.as_ref().or(e.cancel.as_ref()) {
            let key = if e.start.is_some() { "start" } else { "cancel" };
            let mut names = Vec::new();
            for t in list.items() {
                if self.ctx.raw.timers.contains_key(t) {
                    names.push(t.to_string());
                } else {
                    let h = hint(t, self.ctx.raw.timers.keys().map(String::as_str));
                    self.rep.error(&sub(key), format!("unknown timer `{t}`{h}"));
                }
            }
            return Some(if e.start.is_some() {
                Effect::Start(names)
            } else {
                Effect::Cancel(names)
            });
        }
        if let Some(n) = &e.notify {
            self.rep.need_text(TextNeed {
                key: n.template.clone(),
                at: {
                    let mut p = sub("notify");
                    p.push(Seg::Key("template".into()));
                    p
                },
                subject: true,
            });
            let mut to = Vec::new();
            if n.to.is_empty() {
                self.rep.error(
                    &sub("notify"),
                    "`notify` needs at least one recipient in `to`",
                );
            }
            for (i, r) in n.to.iter().enumerate() {
                let mut rp = sub("notify");
                rp.push(Seg::Key("to".into()));
                rp.push(Seg::Index(i));
                if let Some(user) = &r.user {
                    if r.email.is_some()
                        || r.party.is_some()
                        || r.role.is_some()
                        || r.language.is_some()
                    {
                        self.rep.error(
                            &rp,
                            "`user` stands alone: the account gives the address and the language",
                        );
                    }
                    let mut p = rp.clone();
                    p.push(Seg::Key("user".into()));
                    let scope = self.ctx.scope(Some(inputs));
                    if let Some(c) = expr(&self.ctx, self.rep, &p, user, &scope, &Type::String) {
                        to.push(Recipient::User(c));
                    }
                    continue;
                }
                if let Some(found_by) = &r.found_by {
                    if let Some(found) = self.found_recipient(&rp, r, found_by, inputs) {
                        to.push(found);
                    }
                    continue;
                }
                if r.value.is_some() {
                    self.rep.error(&rp, "`value` goes with `found_by`");
                }
                match (&r.email, &r.party) {
                    (Some(email), None) => {
                        if r.role.is_some() {
                            self.rep
                                .error(&rp, "`role` goes with `party`, not with `email`");
                        }
                        let mut p = rp.clone();
                        p.push(Seg::Key("email".into()));
                        let scope = self.ctx.scope(Some(inputs));
                        let language = r.language.as_ref().and_then(|l| {
                            let mut p = rp.clone();
                            p.push(Seg::Key("language".into()));
                            expr(&self.ctx, self.rep, &p, l, &scope, &Type::String)
                        });
                        if let Some(c) = expr(&self.ctx, self.rep, &p, email, &scope, &Type::String)
                        {
                            to.push(Recipient::Email {
                                address: c,
                                language,
                            });
                        }
                    }
                    (None, Some(party)) => {
                        if r.language.is_some() {
                            self.rep.error(
                                &rp,
                                "`language` goes with `email`: a party's users each have their own",
                            );
                        }
                        match self.ctx.party_kinds.get(party) {
                            Some(PartyKind::Authority) => {}
                            Some(_) => self.rep.error(
                                &rp,
                                format!(
                                    "only authority parties can be notified; `{party}` is not one"
                                ),
                            ),
                            None => {
                                let h =
                                    hint(party, self.ctx.party_kinds.keys().map(String::as_str));
                                self.rep.error(&rp, format!("unknown party `{party}`{h}"));
                            }
                        }
                        if let Some(role) = &r.role {
                            let mut p = rp.clone();
                            p.push(Seg::Key("role".into()));
                            self.check_role(&p, role);
                        }
                        to.push(Recipient::Party {
                            party: party.clone(),
                            role: r.role.clone(),
                        });
                    }
                    _ => self
                        .rep
                        .error(&rp, "a recipient has one of `email`, `party` or `user`"),
                }
            }
            let scope = self.ctx.scope(Some(inputs));
            let mut pp = sub("notify");
            pp.push(Seg::Key("params".into()));
            let params = exprs(&self.ctx, self.rep, &pp, &n.params, &scope, |_| {
                Some(Type::Any)
            });
            let when = n.when.as_ref().and_then(|w| {
                let mut p = sub("notify");
                p.push(Seg::Key("when".into()));
                expr(&self.ctx, self.rep, &p, w, &scope, &Type::Bool)
            });
            return Some(Effect::Notify {
                when,
                template: n.template.clone(),
                to,
                params,
            });
        }
        if let Some(assign) = &e.assign {
            for p in assign.keys() {
                if self.ctx.party_kinds.get(p) != Some(&PartyKind::Authority) {
                    let h = hint(p, self.ctx.party_kinds.keys().map(String::as_str));
                    self.rep.error_key(
                        &{
                            let mut x = sub("assign");
                            x.push(Seg::Key(p.clone()));
                            x
                        },
                        format!("`assign` binds authority parties; `{p}` is not one{h}"),
                    );
                }
            }
            let scope = self.ctx.scope(Some(inputs));
            return Some(Effect::Assign(exprs(
                &self.ctx,
                self.rep,
                &sub("assign"),
                assign,
                &scope,
                |_| Some(Type::String),
            )));
        }
        if let Some(s) = &e.spawn {
            return self.spawn(&sub("spawn"), s, inputs);
        }
        if let Some(t) = &e.trigger {
            return self.trigger(&sub("trigger"), t, inputs);
        }
        if let Some(erase) = &e.erase {
            let mut names = Vec::new();
            let mut personal_answers = Vec::new();
            for f in erase.items() {
                if f == "personal_data" {
                    names.extend(
                        self.ctx
                            .raw
                            .fields
                            .iter()
                            .filter(|(_, d)| d.personal_data)
                            .map(|(k, _)| k.clone()),
                    );
                    // In answers, the questions marked as personal data.
                    personal_answers.extend(
                        self.ctx
                            .raw
                            .fields
                            .iter()
                            .filter(|(_, d)| d.ty == raw::FieldType::Answers && !d.personal_data)
                            .map(|(k, _)| k.clone()),
                    );
                } else if self.ctx.raw.fields.contains_key(f) {
                    names.push(f.to_string());
                } else {
                    let h = hint(f, self.ctx.raw.fields.keys().map(String::as_str));
                    self.rep
                        .error(&sub("erase"), format!("unknown field `{f}`{h}"));
                }
            }
            return Some(Effect::Erase {
                fields: names,
                personal_answers,
            });
        }
        match e.delete {
            Some(true) => Some(Effect::Delete),
            _ => {
                self.rep.error(
                    &sub("delete"),
                    "write `delete: true`, or leave the effect out",
                );
                None
            }
        }
    }

    fn spawn(
        &mut self,
        at: &[Seg],
        s: &raw::SpawnDef,
        inputs: &IndexMap<String, Type>,
    ) -> Option<Effect> {
        let sub = |k: &str| -> Vec<Seg> {
            let mut p = at.to_vec();
            p.push(Seg::Key(k.to_string()));
            p
        };
        let Some(child) = self.ctx.world.raw.get(&s.workflow) else {
            let h = hint(&s.workflow, self.ctx.world.raw.keys().map(String::as_str));
            self.rep.error(
                &sub("workflow"),
                format!("unknown workflow `{}`{h}", s.workflow),
            );
            return None;
        };
        let start = match &s.start {
            Some(st) if child.starts.contains_key(st) => st.clone(),
            Some(st) => {
                let h = hint(st, child.starts.keys().map(String::as_str));
                self.rep.error(
                    &sub("start"),
                    format!("workflow `{}` has no start `{st}`{h}", s.workflow),
                );
                return None;
            }
            None if child.starts.len() == 1 => {
                child.starts.keys().next().cloned().unwrap_or_default()
            }
            None => {
                self.rep.error(
                    at,
                    format!(
                        "workflow `{}` has several starts; say which with `start:`",
                        s.workflow
                    ),
                );
                return None;
            }
        };
        let start_def = child.starts.get(&start)?;
        if !start_def.by.items().contains(&SYSTEM) {
            self.rep.error(
                &sub("start"),
                format!(
                    "start `{start}` of `{}` must list `system` in `by` to be spawned",
                    s.workflow
                ),
            );
        }
        let mut scope = self.ctx.scope(Some(inputs));
        let for_each = s.for_each.as_ref().and_then(|src| {
            let c = expr(
                &self.ctx,
                self.rep,
                &sub("for_each"),
                src,
                &scope,
                &Type::List(Box::new(Type::Any)),
            )?;
            Some(c)
        });
        if let Some(fe) = &for_each {
            let item = match imi_expr::check(&fe.expr, &scope) {
                Ok(Type::List(t)) => *t,
                _ => Type::Any,
            };
            scope.item = Some(item);
        }
        for p in s.parties.keys() {
            if child.parties.get(p).map(|d| d.kind) != Some(PartyKind::Authority) {
                let h = hint(p, child.parties.keys().map(String::as_str));
                self.rep.error_key(
                    &{
                        let mut x = sub("parties");
                        x.push(Seg::Key(p.clone()));
                        x
                    },
                    format!("workflow `{}` has no authority party `{p}`{h}", s.workflow),
                );
            }
        }
        let parties = exprs(
            &self.ctx,
            self.rep,
            &sub("parties"),
            &s.parties,
            &scope,
            |_| Some(Type::String),
        );
        for (k, i) in &start_def.inputs {
            if i.required && !s.inputs.contains_key(k) {
                self.rep.error(
                    at,
                    format!("start `{start}` of `{}` needs input `{k}`", s.workflow),
                );
            }
        }
        let child_inputs: IndexMap<String, Type> = start_def
            .inputs
            .iter()
            .map(|(k, i)| (k.clone(), field_type(i.ty)))
            .collect();
        for k in s.inputs.keys() {
            if !child_inputs.contains_key(k) {
                let h = hint(k, child_inputs.keys().map(String::as_str));
                self.rep.error_key(
                    &{
                        let mut x = sub("inputs");
                        x.push(Seg::Key(k.clone()));
                        x
                    },
                    format!("start `{start}` of `{}` has no input `{k}`{h}", s.workflow),
                );
            }
        }
        let inputs = exprs(
            &self.ctx,
            self.rep,
            &sub("inputs"),
            &s.inputs,
            &scope,
            |k| child_inputs.get(k).cloned(),
        );
        Some(Effect::Spawn {
            workflow: s.workflow.clone(),
            start,
            for_each,
            parties,
            inputs,
        })
    }

    fn trigger(
        &mut self,
        at: &[Seg],
        t: &raw::TriggerDef,
        inputs: &IndexMap<String, Type>,
    ) -> Option<Effect> {
        let sub = |k: &str| -> Vec<Seg> {
            let mut p = at.to_vec();
            p.push(Seg::Key(k.to_string()));
            p
        };
        // The workflows the target can be.
        let targets: Vec<&String> = match (t.target, &t.workflow) {
            (raw::TriggerTarget::Children, Some(w)) => {
                if !self.ctx.world.raw.contains_key(w) {
                    let h = hint(w, self.ctx.world.raw.keys().map(String::as_str));
                    self.rep
                        .error(&sub("workflow"), format!("unknown workflow `{w}`{h}"));
                    return None;
                }
                vec![w]
            }
            (raw::TriggerTarget::Children, None) => self
                .ctx
                .world
                .spawned_by
                .get(&self.ctx.raw.id)
                .map(|v| v.iter().collect())
                .unwrap_or_default(),
            (raw::TriggerTarget::Parent, _) => self
                .ctx
                .world
                .parents_of
                .get(&self.ctx.raw.id)
                .map(|v| v.iter().collect())
                .unwrap_or_default(),
        };
        if targets.is_empty() {
            self.rep.error(
                at,
                match t.target {
                    raw::TriggerTarget::Parent => format!(
                        "no workflow spawns `{}`, so it has no parent to trigger",
                        self.ctx.raw.id
                    ),
                    raw::TriggerTarget::Children => {
                        format!("`{}` spawns no children to trigger", self.ctx.raw.id)
                    }
                },
            );
            return None;
        }
        let mut action_inputs: IndexMap<String, Type> = IndexMap::new();
        for w in &targets {
            let Some(def) = self.ctx.world.raw.get(*w) else {
                continue;
            };
            match def.actions.get(&t.action) {
                None => {
                    let h = hint(&t.action, def.actions.keys().map(String::as_str));
                    self.rep.error(
                        &sub("action"),
                        format!("workflow `{w}` has no action `{}`{h}", t.action),
                    );
                }
                Some(a) => {
                    if !a.by.items().contains(&SYSTEM) {
                        self.rep.error(
                            &sub("action"),
                            format!(
                                "action `{}` of `{w}` must list `system` in `by` to be triggered",
                                t.action
                            ),
                        );
                    }
                    for (k, i) in &a.inputs {
                        action_inputs.insert(k.clone(), field_type(i.ty));
                        if i.required && !t.inputs.contains_key(k) {
                            self.rep.error(
                                at,
                                format!("action `{}` of `{w}` needs input `{k}`", t.action),
                            );
                        }
                    }
                }
            }
        }
        let scope = self.ctx.scope(Some(inputs));
        let trig_inputs = exprs(
            &self.ctx,
            self.rep,
            &sub("inputs"),
            &t.inputs,
            &scope,
            |k| action_inputs.get(k).cloned(),
        );
        Some(Effect::Trigger {
            target: t.target,
            workflow: t.workflow.clone(),
            action: t.action.clone(),
            inputs: trig_inputs,
        })
    }
}

impl Compiler<'_> {
    /// `{ found_by: <workflow>.<key>, value: <expr>, party: p, role: r }`:
    /// party `p` of the instances the key finds.
    fn found_recipient(
        &mut self,
        at: &[Seg],
        r: &raw::RecipientDef,
        found_by: &str,
        inputs: &IndexMap<String, Type>,
    ) -> Option<Recipient> {
        let sub = |k: &str| {
            let mut p = at.to_vec();
            p.push(Seg::Key(k.to_string()));
            p
        };
        if r.email.is_some() || r.user.is_some() || r.language.is_some() {
            self.rep
                .error(at, "`found_by` goes with `value`, `party` and `role` only");
        }
        let Some((workflow, key)) = found_by.split_once('.') else {
            self.rep.error(&sub("found_by"), "write `<workflow>.<key>`");
            return None;
        };
        if !self.ctx.world.keys.contains(found_by) {
            let h = hint(found_by, self.ctx.world.keys.iter().map(String::as_str));
            self.rep.error(
                &sub("found_by"),
                format!("unknown lookup key `{found_by}`{h}"),
            );
            return None;
        }
        let Some(party) = &r.party else {
            self.rep.error(
                at,
                "`found_by` needs `party`: which party of the found instances",
            );
            return None;
        };
        let kind = self
            .ctx
            .world
            .raw
            .get(workflow)
            .and_then(|w| w.parties.get(party))
            .map(|p| p.kind);
        match kind {
            Some(PartyKind::Authority) => {}
            Some(_) => self.rep.error(
                &sub("party"),
                format!("party `{party}` of `{workflow}` is not an authority party"),
            ),
            None => self.rep.error(
                &sub("party"),
                format!("`{workflow}` has no party `{party}`"),
            ),
        }
        if let Some(role) = &r.role {
            self.check_role(&sub("role"), role);
        }
        let Some(value) = &r.value else {
            self.rep
                .error(at, "`found_by` needs `value`: the key's value to look for");
            return None;
        };
        let scope = self.ctx.scope(Some(inputs));
        let value = expr(
            &self.ctx,
            self.rep,
            &sub("value"),
            value,
            &scope,
            &Type::Any,
        )?;
        Some(Recipient::Found {
            workflow: workflow.to_string(),
            key: key.to_string(),
            value,
            party: party.clone(),
            role: r.role.clone(),
        })
    }
}
