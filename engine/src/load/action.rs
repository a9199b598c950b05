//! Compiles one action or start: from-states, inputs, parties and role,
//! guard, target state or computed choice, and its effects.

use imi_expr::Type;
use indexmap::IndexMap;

use super::expressions::expr;
use super::workflow::{hint, Compiler};
use super::TextNeed;
use crate::model::*;
use crate::raw::{self, PartyKind};
use crate::source::{path, Seg};

impl Compiler<'_> {
    pub(super) fn action(
        &mut self,
        section: &str,
        name: &str,
        a: &raw::ActionDef,
    ) -> Option<Action> {
        let texts = self.ctx.texts_prefix();
        let base = path([section, name]);
        let at = |more: &[&str]| -> Vec<Seg> {
            let mut p = base.clone();
            p.extend(more.iter().map(|s| Seg::Key((*s).to_string())));
            p
        };
        let errors_before = self.rep.error_count();
        let label = self.label(&a.label, format!("{texts}-action-{name}"), base.clone());

        // From-states.
        let mut from = Vec::new();
        match (&a.from, section == "starts") {
            (Some(_), true) => self.rep.error(
                &at(&["from"]),
                "a start has no from-state (it creates the instance)",
            ),
            (None, false) => self.rep.error_key(
                &base,
                format!("action `{name}` needs `from:` (the states it may be taken in)"),
            ),
            (Some(f), false) => {
                for (i, s) in f.items().into_iter().enumerate() {
                    let mut p = at(&["from"]);
                    if matches!(f, raw::OneOrMany::Many(_)) {
                        p.push(Seg::Index(i));
                    }
                    if self.check_state(&p, s) {
                        from.push(s.to_string());
                    }
                }
            }
            (None, true) => {}
        }

        // Inputs.
        let mut inputs = IndexMap::new();
        let mut input_types = IndexMap::new();
        for (iname, i) in &a.inputs {
            let ty = field_type(i.ty);
            let default_key = if self.ctx.raw.fields.contains_key(iname) {
                format!("{texts}-field-{iname}")
            } else {
                format!("{texts}-input-{iname}")
            };
            let label = self.label(&i.label, default_key, at(&["inputs", iname]));
            input_types.insert(iname.clone(), ty.clone());
            let answers = self.answers_input(iname, i, &at(&["inputs", iname]));
            let free_text =
                i.free_text || self.ctx.raw.fields.get(iname).is_some_and(|f| f.free_text);
            if free_text && i.ty != raw::FieldType::String {
                self.rep.error(
                    &at(&["inputs", iname, "free_text"]),
                    format!("input `{iname}` is not a string: only text is free text"),
                );
            }
            let values = match &i.values {
                Some(list) => {
                    self.check_values(&at(&["inputs", iname, "values"]), i.ty, list);
                    Some(list.clone())
                }
                None => self
                    .ctx
                    .raw
                    .fields
                    .get(iname)
                    .and_then(|f| f.values.clone()),
            };
            inputs.insert(
                iname.clone(),
                Input {
                    id: iname.clone(),
                    ty,
                    label,
                    required: i.required,
                    personal_data: i.personal_data,
                    free_text,
                    values,
                    answers,
                },
            );
        }

        // Who.
        let mut by = Vec::new();
        let by_items = a.by.items();
        for (i, p) in by_items.iter().enumerate() {
            let mut pp = at(&["by"]);
            if matches!(a.by, raw::OneOrMany::Many(_)) {
                pp.push(Seg::Index(i));
            }
            if *p == SYSTEM || *p == APPLICATION || self.ctx.raw.parties.contains_key(*p) {
                by.push((*p).to_string());
            } else {
                let options = self
                    .ctx
                    .raw
                    .parties
                    .keys()
                    .map(String::as_str)
                    .chain([SYSTEM, APPLICATION]);
                let h = hint(p, options);
                self.rep.error(&pp, format!("unknown party `{p}`{h}"));
            }
        }
        if section == "starts" {
            // A start binds its authority party to the actor; coordinator parties
            // cannot start (there is nothing yet to coordinate).
            for p in &by {
                if self.ctx.party_kinds.get(p) == Some(&PartyKind::Coordinator) {
                    self.rep.error(
                        &at(&["by"]),
                        format!("a coordinator party (`{p}`) cannot start an instance"),
                    );
                }
            }
        }
        if let Some(role) = &a.role {
            self.check_role(&at(&["role"]), role);
            let user_party = by.iter().any(|p| {
                matches!(
                    self.ctx.party_kinds.get(p),
                    Some(PartyKind::Authority | PartyKind::Coordinator | PartyKind::Role)
                )
            });
            if !user_party {
                self.rep.error(&at(&["role"]), format!("action `{name}` requires role `{role}`, but none of its parties is a user of an authority"));
            }
        }

        // Guard.
        let scope_inputs = input_types.clone();
        let guard = a.guard.as_ref().and_then(|g| {
            let scope = self.ctx.scope(Some(&scope_inputs));
            expr(&self.ctx, self.rep, &at(&["guard"]), g, &scope, &Type::Bool)
        });
        if let Some(m) = &a.guard_message {
            self.rep.need_text(TextNeed {
                key: m.clone(),
                at: at(&["guard_message"]),
                subject: false,
            });
            if a.guard.is_none() {
                self.rep
                    .error(&at(&["guard_message"]), "`guard_message` without a `guard`");
            }
        }

        // Target.
        let target = match (&a.to, &a.choose) {
            (Some(_), Some(_)) => {
                self.rep
                    .error_key(&at(&["choose"]), "write either `to` or `choose`, not both");
                None
            }
            (None, None) => {
                self.rep
                    .error_key(&base, format!("action `{name}` needs `to` or `choose`"));
                None
            }
            (Some(s), None) => self
                .check_state(&at(&["to"]), s)
                .then(|| Target::State(s.clone())),
            (None, Some(branches)) => {
                let mut out = Vec::new();
                let n = branches.len();
                if n == 0 {
                    self.rep
                        .error(&at(&["choose"]), "`choose` needs at least one branch");
                }
                for (i, b) in branches.iter().enumerate() {
                    let mut bp = at(&["choose"]);
                    bp.push(Seg::Index(i));
                    let last = i + 1 == n;
                    let mut to_path = bp.clone();
                    to_path.push(Seg::Key("to".into()));
                    self.check_state(&to_path, &b.to);
                    let cond = match (&b.when, last) {
                        (None, false) => {
                            self.rep.error(
                                &bp,
                                "only the last branch of `choose` may leave out `when`",
                            );
                            None
                        }
                        (Some(_), true) => {
                            self.rep.error(&bp, "the last branch of `choose` has no `when` (it is taken when no other holds)");
                            None
                        }
                        (Some(w), false) => {
                            let mut wp = bp.clone();
                            wp.push(Seg::Key("when".into()));
                            let scope = self.ctx.scope(Some(&scope_inputs));
                            expr(&self.ctx, self.rep, &wp, w, &scope, &Type::Bool)
                        }
                        (None, true) => None,
                    };
                    let mut branch_effects = Vec::new();
                    for (j, e) in b.effects.iter().enumerate() {
                        let mut ep = bp.clone();
                        ep.push(Seg::Key("effects".into()));
                        ep.push(Seg::Index(j));
                        if let Some(effect) = self.effect(&ep, e, &scope_inputs) {
                            branch_effects.push(effect);
                        }
                    }
                    out.push(Branch {
                        when: cond,
                        to: b.to.clone(),
                        effects: branch_effects,
                    });
                }
                Some(Target::Choose(out))
            }
        };

        // Effects.
        let mut effects = Vec::new();
        for (i, e) in a.effects.iter().enumerate() {
            let mut ep = at(&["effects"]);
            ep.push(Seg::Index(i));
            if let Some(effect) = self.effect(&ep, e, &scope_inputs) {
                effects.push(effect);
            }
        }

        if self.rep.error_count() > errors_before {
            return None;
        }
        Some(Action {
            id: name.to_string(),
            label,
            from,
            target: target?,
            by,
            role: a.role.clone(),
            inputs,
            guard,
            guard_message: a.guard_message.clone(),
            effects,
        })
    }
}

impl Compiler<'_> {
    /// How an answers input is checked: it answers the questionnaire of the
    /// field of the same name, as the party `answered_by` says.
    fn answers_input(&mut self, name: &str, i: &raw::InputDef, at: &[Seg]) -> Option<AnswersInput> {
        let with = |k: &str| {
            let mut p = at.to_vec();
            p.push(Seg::Key(k.to_string()));
            p
        };
        if i.ty != raw::FieldType::Answers {
            if i.answered_by.is_some() {
                self.rep.error(
                    &with("answered_by"),
                    "only an input of `type: answers` has `answered_by`",
                );
            }
            return None;
        }
        let field = self.ctx.raw.fields.get(name);
        let Some(questionnaire) = field
            .filter(|f| f.ty == raw::FieldType::Answers)
            .and_then(|f| f.questionnaire.clone())
        else {
            self.rep.error(
                at,
                format!("answers input `{name}` needs a field `{name}` of `type: answers` (its questionnaire, and the answers it is checked with)"),
            );
            return None;
        };
        let Some(by) = i.answered_by else {
            self.rep.error(
                at,
                format!("answers input `{name}` needs `answered_by: requester` or `responder`"),
            );
            return None;
        };
        Some(AnswersInput {
            questionnaire,
            by,
            complete: i.complete,
        })
    }
}
