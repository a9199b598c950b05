//! Checks `application.lists`: each list's workflows, the parties the
//! reader's authority is in them, the states, columns and start it names.

use std::sync::Arc;

use indexmap::IndexMap;

use super::workflow::hint;
use super::Reporter;
use crate::model::{RecordList, Workflow};
use crate::raw::{ListDef, PartyKind};
use crate::source::{path, Seg, SourceFile};

/// The checked lists of every package, in declaration order; problems go
/// to `reporters`.
pub(super) fn check_lists(
    declared: Vec<(IndexMap<String, ListDef>, SourceFile)>,
    workflows: &IndexMap<String, Arc<Workflow>>,
    reporters: &mut Vec<Reporter>,
) -> IndexMap<String, RecordList> {
    let mut out = IndexMap::new();
    for (lists, source) in declared {
        let mut rep = Reporter::new(source);
        for (id, def) in lists {
            let at = |more: &[&str]| {
                let mut p = path(["application", "lists", id.as_str()]);
                p.extend(more.iter().map(|s| Seg::Key((*s).to_string())));
                p
            };
            let errors = rep.error_count();
            if out.contains_key(&id) {
                rep.error(&at(&[]), format!("list `{id}` is declared twice"));
            }
            check_list(&mut rep, &def, workflows, &at);
            let label = rep.label(&None, format!("list-{id}"), at(&[]));
            let group_label = rep.label(&None, format!("list-group-{}", def.group), at(&["group"]));
            if rep.error_count() == errors && !out.contains_key(&id) {
                out.insert(
                    id.clone(),
                    RecordList {
                        id: id.clone(),
                        group: def.group,
                        label,
                        group_label,
                        workflows: def.workflows,
                        parties: def.parties,
                        states: def.states,
                        columns: def.columns,
                        start: def.start,
                    },
                );
            }
        }
        reporters.push(rep);
    }
    out
}

fn check_list(
    rep: &mut Reporter,
    def: &ListDef,
    workflows: &IndexMap<String, Arc<Workflow>>,
    at: &dyn Fn(&[&str]) -> Vec<Seg>,
) {
    if !super::is_ident(&def.group) {
        rep.error(
            &at(&["group"]),
            format!("`{}` is not a group id (letters, digits, `_`)", def.group),
        );
    }
    if def.workflows.is_empty() {
        rep.error(&at(&["workflows"]), "a list needs at least one workflow");
    }
    if def.parties.is_empty() {
        rep.error(
            &at(&["parties"]),
            "a list needs the parties the reader's authority is",
        );
    }
    let mut found = Vec::new();
    for (i, name) in def.workflows.iter().enumerate() {
        match workflows.get(name) {
            Some(wf) => found.push(wf),
            None => rep.error(
                &[at(&["workflows"]), vec![Seg::Index(i)]].concat(),
                format!(
                    "unknown workflow `{name}`{}",
                    hint(name, workflows.keys().map(String::as_str))
                ),
            ),
        }
    }
    // Every name must mean the same in each workflow listed.
    for wf in found {
        let here = |key: &str, i: usize| [at(&[key]), vec![Seg::Index(i)]].concat();
        for (i, p) in def.parties.iter().enumerate() {
            match wf.parties.get(p) {
                Some(party)
                    if matches!(party.kind, PartyKind::Authority | PartyKind::Coordinator) => {}
                Some(_) => rep.error(
                    &here("parties", i),
                    format!(
                        "party `{p}` of `{}` is not an authority or coordinator party",
                        wf.id
                    ),
                ),
                None => rep.error(
                    &here("parties", i),
                    format!(
                        "`{}` has no party `{p}`{}",
                        wf.id,
                        hint(p, wf.parties.keys().map(String::as_str))
                    ),
                ),
            }
        }
        for (i, s) in def.states.iter().enumerate() {
            if !wf.states.contains_key(s) {
                rep.error(
                    &here("states", i),
                    format!(
                        "`{}` has no state `{s}`{}",
                        wf.id,
                        hint(s, wf.states.keys().map(String::as_str))
                    ),
                );
            }
        }
        for (i, c) in def.columns.iter().enumerate() {
            if !wf.fields.contains_key(c) && !wf.parties.contains_key(c) {
                let names = wf.fields.keys().chain(wf.parties.keys());
                rep.error(
                    &here("columns", i),
                    format!(
                        "`{}` has no field or party `{c}`{}",
                        wf.id,
                        hint(c, names.map(String::as_str))
                    ),
                );
            }
        }
        if let Some(start) = &def.start {
            if def.workflows.len() > 1 {
                rep.error(
                    &at(&["start"]),
                    "a start is offered only with a list of one workflow",
                );
            } else if !wf.starts.contains_key(start) {
                rep.error(
                    &at(&["start"]),
                    format!(
                        "`{}` has no start `{start}`{}",
                        wf.id,
                        hint(start, wf.starts.keys().map(String::as_str))
                    ),
                );
            }
        }
    }
}
