//! Compiles one raw workflow into the checked model, reporting every problem
//! at its place in the file.

use imi_expr::{check, closest, ExprKind, Type, Value};
use indexmap::IndexMap;

use super::scope::WorkflowScope;
use super::{Reporter, TextNeed, World};
use crate::functions::{CALENDAR_ARG, RESERVED_NAMES};
use crate::model::*;
use crate::raw::{self, PartyKind};
use crate::source::{path, Seg};

fn hint<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, options)
        .map(|c| format!(", did you mean `{c}`?"))
        .unwrap_or_default()
}

/// What a workflow's expressions are checked against (read-only while compiling).
pub(crate) struct Ctx<'a> {
    pub raw: &'a raw::WorkflowFile,
    pub package: &'a Package,
    pub world: &'a World<'a>,
    pub field_types: IndexMap<String, Type>,
    pub party_kinds: IndexMap<String, PartyKind>,
}

pub(crate) struct Compiler<'a> {
    ctx: Ctx<'a>,
    rep: &'a mut Reporter,
}

impl<'a> Compiler<'a> {
    pub fn new(
        raw: &'a raw::WorkflowFile,
        package: &'a Package,
        world: &'a World<'a>,
        rep: &'a mut Reporter,
    ) -> Self {
        Compiler {
            ctx: Ctx {
                raw,
                package,
                world,
                field_types: raw
                    .fields
                    .iter()
                    .map(|(k, f)| (k.clone(), field_type(f.ty)))
                    .collect(),
                party_kinds: raw
                    .parties
                    .iter()
                    .map(|(k, p)| (k.clone(), p.kind))
                    .collect(),
            },
            rep,
        }
    }
}

impl<'a> Ctx<'a> {
    fn scope<'s>(&'s self, inputs: Option<&'s IndexMap<String, Type>>) -> WorkflowScope<'s> {
        WorkflowScope {
            fields: &self.field_types,
            parties: &self.party_kinds,
            settings: Some(&self.package.settings),
            inputs,
            item: None,
            keys: &self.world.keys,
        }
    }
}

/// Parses and checks an expression at `at`, wanting type `want` (`Any`: any type).
fn expr(
    ctx: &Ctx,
    rep: &mut Reporter,
    at: &[Seg],
    source: &str,
    scope: &WorkflowScope,
    want: &Type,
) -> Option<Compiled> {
    let expr = match imi_expr::parse(source) {
        Ok(e) => e,
        Err(e) => {
            rep.expr_error(at, e.span.start, format!("syntax error: {}", e.message));
            return None;
        }
    };
    let mut ok = true;
    match check(&expr, scope) {
        Ok(ty) => {
            if !want.accepts(&ty) {
                rep.expr_error(
                    at,
                    0,
                    format!("expected a {want}, but `{source}` is a {ty}"),
                );
                ok = false;
            }
        }
        Err(errors) => {
            for e in errors {
                rep.expr_error(at, e.span.start, e.message);
            }
            ok = false;
        }
    }
    // Literal calendar names must exist; `state` compared with literals must name states.
    expr.walk(&mut |e| match &e.kind {
        ExprKind::Call { name, args } => {
            if let Some((_, i)) = CALENDAR_ARG.iter().find(|(n, _)| n == name) {
                if let Some(ExprKind::Literal(Value::String(cal))) = args.get(*i).map(|a| &a.kind) {
                    if !ctx.world.calendars.contains(cal) {
                        let h = hint(cal, ctx.world.calendars.iter().map(String::as_str));
                        rep.expr_error(at, e.span.start, format!("unknown calendar `{cal}`{h}"));
                        ok = false;
                    }
                }
            }
        }
        ExprKind::Binary { lhs, rhs, .. } => {
            if matches!(&lhs.kind, ExprKind::Path(p) if p.len() == 1 && p[0] == "state") {
                let mut names = Vec::new();
                match &rhs.kind {
                    ExprKind::Literal(Value::String(s)) => names.push((s, rhs.span)),
                    ExprKind::List(items) => {
                        for i in items {
                            if let ExprKind::Literal(Value::String(s)) = &i.kind {
                                names.push((s, i.span));
                            }
                        }
                    }
                    _ => {}
                }
                for (s, span) in names {
                    if !ctx.raw.states.contains_key(s) {
                        let h = hint(s, ctx.raw.states.keys().map(String::as_str));
                        rep.expr_error(at, span.start, format!("unknown state `{s}`{h}"));
                        ok = false;
                    }
                }
            }
        }
        _ => {}
    });
    ok.then(|| Compiled {
        source: source.to_string(),
        expr,
    })
}

impl<'a> Compiler<'a> {
    fn label(&mut self, explicit: &Option<String>, default: String, at: Vec<Seg>) -> String {
        self.rep.label(explicit, default, at)
    }

    fn check_state(&mut self, at: &[Seg], state: &str) -> bool {
        if self.ctx.raw.states.contains_key(state) {
            true
        } else {
            let h = hint(state, self.ctx.raw.states.keys().map(String::as_str));
            self.rep.error(at, format!("unknown state `{state}`{h}"));
            false
        }
    }

    pub fn compile(mut self) -> Option<Workflow> {
        let raw = self.ctx.raw;
        let wf = raw.id.clone();
        let errors_before = self.rep.error_count();
        if !is_ident(&wf) {
            self.rep.error(&path(["id"]), format!("workflow id `{wf}` must be lowercase letters, digits and `_`, starting with a letter"));
        }
        let label = self.label(&raw.label, format!("wf-{wf}"), path(["id"]));

        // Parties.
        let mut parties = IndexMap::new();
        for (name, p) in &raw.parties {
            let at = path(["parties", name.as_str()]);
            if RESERVED_NAMES.contains(&name.as_str()) || raw.fields.contains_key(name) {
                self.rep.error_key(
                    &at,
                    format!("party `{name}` clashes with a field or a reserved name"),
                );
            }
            let need = |what: &str, has: bool, rep: &mut Reporter| {
                if !has {
                    rep.error(
                        &at,
                        format!("a `{:?}` party needs `{what}`", p.kind).to_lowercase(),
                    );
                }
            };
            match p.kind {
                PartyKind::Coordinator => {
                    need("of", p.of.is_some(), self.rep);
                    need("relation", p.relation.is_some(), self.rep);
                    if let Some(of) = &p.of {
                        if raw.parties.get(of).map(|q| q.kind) != Some(PartyKind::Authority) {
                            let h = hint(of, raw.parties.keys().map(String::as_str));
                            self.rep.error(
                                &path(["parties", name.as_str(), "of"]),
                                format!("`of` must name an authority party, not `{of}`{h}"),
                            );
                        }
                    }
                    if let Some(rel) = &p.relation {
                        if !self.ctx.world.relations.contains(rel) {
                            let h = hint(rel, self.ctx.world.relations.iter().map(String::as_str));
                            self.rep.error(
                                &path(["parties", name.as_str(), "relation"]),
                                format!("unknown coordinator relation `{rel}`{h}"),
                            );
                        }
                    }
                }
                PartyKind::Role => {
                    need("role", p.role.is_some(), self.rep);
                    if let Some(r) = &p.role {
                        self.check_role(&path(["parties", name.as_str(), "role"]), r);
                    }
                }
                PartyKind::Authority | PartyKind::Outside => {}
            }
            if p.kind != PartyKind::Coordinator && (p.of.is_some() || p.relation.is_some()) {
                self.rep.error(
                    &at,
                    "`of` and `relation` belong to `coordinator` parties only",
                );
            }
            if p.kind != PartyKind::Role && p.role.is_some() {
                self.rep.error(&at, "`role` belongs to `role` parties only (an action's `role` says what the acting user must hold)");
            }
            let label = self.label(&p.label, format!("{wf}-party-{name}"), at.clone());
            parties.insert(
                name.clone(),
                Party {
                    id: name.clone(),
                    kind: p.kind,
                    label,
                    of: p.of.clone(),
                    relation: p.relation.clone(),
                    role: p.role.clone(),
                },
            );
        }

        // Fields.
        let mut fields = IndexMap::new();
        for (name, f) in &raw.fields {
            let at = path(["fields", name.as_str()]);
            if RESERVED_NAMES.contains(&name.as_str()) {
                self.rep.error_key(
                    &at,
                    format!("`{name}` is a reserved name; choose another field name"),
                );
            }
            if !is_ident(name) {
                self.rep.error_key(
                    &at,
                    format!("field name `{name}` must be lowercase letters, digits and `_`"),
                );
            }
            let ty = field_type(f.ty);
            let default = match &f.default {
                None => Value::Null,
                Some(v) => match yaml_value(v, &ty) {
                    Ok(v) => v,
                    Err(m) => {
                        self.rep
                            .error(&path(["fields", name.as_str(), "default"]), m);
                        Value::Null
                    }
                },
            };
            let label = self.label(&f.label, format!("{wf}-field-{name}"), at);
            fields.insert(
                name.clone(),
                Field {
                    id: name.clone(),
                    ty,
                    label,
                    personal_data: f.personal_data,
                    default,
                },
            );
        }

        // States.
        if raw.states.is_empty() {
            self.rep
                .error(&path(["states"]), "a workflow needs at least one state");
        }
        let mut states = IndexMap::new();
        for (name, s) in &raw.states {
            let label = self.label(
                &s.label,
                format!("{wf}-state-{name}"),
                path(["states", name.as_str()]),
            );
            states.insert(
                name.clone(),
                State {
                    id: name.clone(),
                    label,
                    is_final: s.is_final,
                },
            );
        }

        let area = raw.area.as_ref().and_then(|src| {
            let scope = self.ctx.scope(None);
            expr(
                &self.ctx,
                self.rep,
                &path(["area"]),
                src,
                &scope,
                &Type::String,
            )
        });

        if raw.starts.is_empty() {
            self.rep.error(
                &path(["starts"]),
                "a workflow needs at least one way to start (`starts:`)",
            );
        }
        let mut starts = IndexMap::new();
        for (name, a) in &raw.starts {
            if let Some(action) = self.action("starts", name, a) {
                starts.insert(name.clone(), action);
            }
        }
        let mut actions = IndexMap::new();
        for (name, a) in &raw.actions {
            if raw.starts.contains_key(name) {
                self.rep.error_key(
                    &path(["actions", name.as_str()]),
                    format!("`{name}` is both a start and an action"),
                );
            }
            if let Some(action) = self.action("actions", name, a) {
                actions.insert(name.clone(), action);
            }
        }

        // Timers.
        let mut timers = IndexMap::new();
        for (name, t) in &raw.timers {
            let at = path(["timers", name.as_str()]);
            let scope = self.ctx.scope(None);
            let due = expr(
                &self.ctx,
                self.rep,
                &path(["timers", name.as_str(), "at"]),
                &t.at,
                &scope,
                &Type::DateTime,
            );
            match raw.actions.get(&t.fires) {
                None => {
                    let h = hint(&t.fires, raw.actions.keys().map(String::as_str));
                    self.rep.error(
                        &path(["timers", name.as_str(), "fires"]),
                        format!("unknown action `{}`{h}", t.fires),
                    );
                }
                Some(a) if !a.by.items().contains(&SYSTEM) => {
                    self.rep.error(&path(["timers", name.as_str(), "fires"]), format!("timer `{name}` fires `{}`, but that action's `by` does not list `system`", t.fires));
                }
                Some(_) => {}
            }
            if let Some(due) = due {
                timers.insert(
                    name.clone(),
                    Timer {
                        id: name.clone(),
                        at: due,
                        fires: t.fires.clone(),
                    },
                );
            }
            let _ = at;
        }

        // Keys.
        let mut keys = IndexMap::new();
        for (name, k) in &raw.keys {
            let scope = self.ctx.scope(None);
            let value = expr(
                &self.ctx,
                self.rep,
                &path(["keys", name.as_str(), "value"]),
                &k.value,
                &scope,
                &Type::Any,
            );
            let when = k.when.as_ref().and_then(|w| {
                expr(
                    &self.ctx,
                    self.rep,
                    &path(["keys", name.as_str(), "when"]),
                    w,
                    &scope,
                    &Type::Bool,
                )
            });
            if let Some(value) = value {
                keys.insert(
                    name.clone(),
                    Key {
                        id: name.clone(),
                        value,
                        when,
                    },
                );
            }
        }

        if self.rep.error_count() > errors_before {
            return None;
        }
        Some(Workflow {
            id: wf,
            package: self.ctx.package.id.clone(),
            version: version_of(raw),
            label,
            area,
            parties,
            fields,
            states,
            starts,
            actions,
            timers,
            keys,
            raw: raw.clone(),
        })
    }

    fn check_role(&mut self, at: &[Seg], role: &str) {
        if !self.ctx.world.roles.contains_key(role) {
            let h = hint(role, self.ctx.world.roles.keys().map(String::as_str));
            self.rep.error(at, format!("unknown role `{role}`{h}"));
        }
    }

    fn action(&mut self, section: &str, name: &str, a: &raw::ActionDef) -> Option<Action> {
        let wf = self.ctx.raw.id.clone();
        let base = path([section, name]);
        let at = |more: &[&str]| -> Vec<Seg> {
            let mut p = base.clone();
            p.extend(more.iter().map(|s| Seg::Key((*s).to_string())));
            p
        };
        let errors_before = self.rep.error_count();
        let label = self.label(&a.label, format!("{wf}-action-{name}"), base.clone());

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
                format!("{wf}-field-{iname}")
            } else {
                format!("{wf}-input-{iname}")
            };
            let label = self.label(&i.label, default_key, at(&["inputs", iname]));
            input_types.insert(iname.clone(), ty.clone());
            inputs.insert(
                iname.clone(),
                Input {
                    id: iname.clone(),
                    ty,
                    label,
                    required: i.required,
                    personal_data: i.personal_data,
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
            if *p == SYSTEM || self.ctx.raw.parties.contains_key(*p) {
                by.push((*p).to_string());
            } else {
                let options = self
                    .ctx
                    .raw
                    .parties
                    .keys()
                    .map(String::as_str)
                    .chain([SYSTEM]);
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

fn exprs(
    ctx: &Ctx,
    rep: &mut Reporter,
    at: &[Seg],
    map: &IndexMap<String, String>,
    scope: &WorkflowScope,
    want: impl Fn(&str) -> Option<Type>,
) -> Vec<(String, Compiled)> {
    let mut out = Vec::new();
    for (k, src) in map {
        let mut p = at.to_vec();
        p.push(Seg::Key(k.clone()));
        match want(k) {
            None => {} // reported by the caller
            Some(ty) => {
                if let Some(c) = expr(ctx, rep, &p, src, scope, &ty) {
                    out.push((k.clone(), c));
                }
            }
        }
    }
    out
}

impl<'a> Compiler<'a> {
    fn effect(
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
                match (&r.email, &r.party) {
                    (Some(email), None) => {
                        if r.role.is_some() {
                            self.rep
                                .error(&rp, "`role` goes with `party`, not with `email`");
                        }
                        let mut p = rp.clone();
                        p.push(Seg::Key("email".into()));
                        let scope = self.ctx.scope(Some(inputs));
                        if let Some(c) = expr(&self.ctx, self.rep, &p, email, &scope, &Type::String)
                        {
                            to.push(Recipient::Email(c));
                        }
                    }
                    (None, Some(party)) => {
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
                        .error(&rp, "a recipient has either `email` or `party`"),
                }
            }
            let scope = self.ctx.scope(Some(inputs));
            let mut pp = sub("notify");
            pp.push(Seg::Key("params".into()));
            let params = exprs(&self.ctx, self.rep, &pp, &n.params, &scope, |_| {
                Some(Type::Any)
            });
            return Some(Effect::Notify {
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
                } else if self.ctx.raw.fields.contains_key(f) {
                    names.push(f.to_string());
                } else {
                    let h = hint(f, self.ctx.raw.fields.keys().map(String::as_str));
                    self.rep
                        .error(&sub("erase"), format!("unknown field `{f}`{h}"));
                }
            }
            return Some(Effect::Erase(names));
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

/// Reads a YAML scalar (or sequence, for lists) as a value of type `ty`.
pub fn yaml_value(v: &serde_yaml::Value, ty: &Type) -> Result<Value, String> {
    use serde_yaml::Value as Y;
    match v {
        Y::Null => Ok(Value::Null),
        Y::Bool(b) => Value::parse_as(&b.to_string(), ty),
        Y::Number(n) => Value::parse_as(&n.to_string(), ty),
        Y::String(s) => Value::parse_as(s, ty),
        Y::Sequence(items) => match ty {
            Type::List(inner) => items
                .iter()
                .map(|i| yaml_value(i, inner))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::List),
            _ => Err(format!("a list is not a {ty}")),
        },
        _ => Err(format!("expected a {ty}, not a mapping")),
    }
}

pub fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Content hash of a raw workflow: its version.
pub fn version_of(raw: &raw::WorkflowFile) -> String {
    use sha2::{Digest, Sha256};
    let json = serde_json::to_string(raw).unwrap_or_default();
    let digest = Sha256::digest(json.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}
