//! Checks the application bindings of a `system` package: the workflow,
//! lookup key and actions the application's own features run on.

use std::collections::BTreeSet;
use std::sync::Arc;

use imi_expr::closest;
use indexmap::IndexMap;

use super::Reporter;
use crate::model::{Compiled, Workflow, APPLICATION};
use crate::raw::{AccountsBinding, DirectoryBinding, SearchBinding};
use crate::source::{path, SourceFile};

/// The one account binding, if declared and valid; problems go to `reporters`.
pub(super) fn check_accounts(
    declared: Vec<(AccountsBinding, SourceFile)>,
    workflows: &IndexMap<String, Arc<Workflow>>,
    reporters: &mut Vec<Reporter>,
) -> Option<AccountsBinding> {
    let mut found = None;
    for (i, (binding, source)) in declared.into_iter().enumerate() {
        let mut rep = Reporter::new(source);
        let at = |k: &str| path(["application", "accounts", k]);
        if i > 0 {
            rep.error(&at("workflow"), "the accounts binding is declared twice");
        }
        match workflows.get(&binding.workflow) {
            None => {
                let hint = closest(&binding.workflow, workflows.keys().map(String::as_str))
                    .map(|c| format!(", did you mean `{c}`?"))
                    .unwrap_or_default();
                rep.error(
                    &at("workflow"),
                    format!("unknown workflow `{}`{hint}", binding.workflow),
                );
            }
            Some(wf) => {
                if !wf.keys.contains_key(&binding.key) {
                    rep.error(
                        &at("key"),
                        format!("workflow `{}` has no lookup key `{}`", wf.id, binding.key),
                    );
                }
                match wf.starts.get(&binding.register) {
                    None => rep.error(
                        &at("register"),
                        format!("workflow `{}` has no start `{}`", wf.id, binding.register),
                    ),
                    Some(start) => {
                        for (field, input) in [
                            ("user_id_input", &binding.user_id_input),
                            ("password_input", &binding.password_input),
                        ] {
                            if !start.inputs.contains_key(input) {
                                rep.error(
                                    &at(field),
                                    format!("start `{}` has no input `{input}`", binding.register),
                                );
                            }
                        }
                    }
                }
                for (i, reset) in binding.resets.iter().enumerate() {
                    let at_reset = vec![
                        crate::source::Seg::Key("application".into()),
                        crate::source::Seg::Key("accounts".into()),
                        crate::source::Seg::Key("resets".into()),
                        crate::source::Seg::Index(i),
                    ];
                    match wf.actions.get(reset) {
                        None => rep.error(
                            &at_reset,
                            format!("workflow `{}` has no action `{reset}`", wf.id),
                        ),
                        Some(a) if !a.inputs.contains_key(&binding.password_input) => rep.error(
                            &at_reset,
                            format!(
                                "action `{reset}` has no input `{}` for the new temporary password",
                                binding.password_input
                            ),
                        ),
                        Some(_) => {}
                    }
                }
                for (what, field) in [
                    ("email", &binding.email),
                    ("language", &binding.language),
                    ("user_id", &binding.user_id),
                    ("name", &binding.name),
                ] {
                    field_of(wf, field.as_deref(), &at(what), &mut rep);
                }
                if let Some(key) = &binding.by_authority {
                    if !wf.keys.contains_key(key) {
                        rep.error(
                            &at("by_authority"),
                            format!("workflow `{}` has no lookup key `{key}`", wf.id),
                        );
                    }
                }
                if wf.parties.get(&binding.authority_party).map(|p| p.kind)
                    != Some(crate::raw::PartyKind::Authority)
                {
                    rep.error(
                        &at("authority_party"),
                        format!(
                            "workflow `{}` has no authority party `{}`",
                            wf.id, binding.authority_party
                        ),
                    );
                }
                if wf.fields.get(&binding.roles_field).map(|f| &f.ty)
                    != Some(&imi_expr::Type::List(Box::new(imi_expr::Type::String)))
                {
                    rep.error(
                        &at("roles_field"),
                        format!(
                            "workflow `{}` has no `strings` field `{}`",
                            wf.id, binding.roles_field
                        ),
                    );
                }
                for (field, action) in [
                    ("first_login", &binding.first_login),
                    ("login_succeeded", &binding.login_succeeded),
                    ("login_failed", &binding.login_failed),
                ] {
                    match wf.actions.get(action) {
                        None => rep.error(&at(field), format!("workflow `{}` has no action `{action}`", wf.id)),
                        Some(a) if !a.by.iter().any(|p| p == APPLICATION) => rep.error(
                            &at(field),
                            format!("action `{action}` must list `application` in `by`: the application takes it"),
                        ),
                        Some(_) => {}
                    }
                }
            }
        }
        if rep.error_count() == 0 && found.is_none() {
            found = Some(binding);
        }
        reporters.push(rep);
    }
    found
}

/// The one directory binding, if declared and valid; problems go to `reporters`.
pub(super) fn check_directory(
    declared: Vec<(DirectoryBinding, SourceFile)>,
    workflows: &IndexMap<String, Arc<Workflow>>,
    all_ids: &BTreeSet<String>,
    relations: &BTreeSet<String>,
    reporters: &mut Vec<Reporter>,
) -> Option<DirectoryBinding> {
    let mut found = None;
    for (i, (binding, source)) in declared.into_iter().enumerate() {
        let mut rep = Reporter::new(source);
        let base = |rest: &[&str]| {
            let mut p = vec!["application", "directory"];
            p.extend_from_slice(rest);
            path(p)
        };
        if i > 0 {
            rep.error(
                &base(&["authorities"]),
                "the directory binding is declared twice",
            );
        }
        let a = &binding.authorities;
        if let Some(wf) = key_of(
            &a.workflow,
            &a.key,
            &base(&["authorities"]),
            workflows,
            all_ids,
            &mut rep,
        ) {
            if wf.fields.get(&a.country).map(|f| &f.ty) != Some(&imi_expr::Type::String) {
                rep.error(
                    &base(&["authorities", "country"]),
                    format!("workflow `{}` has no `string` field `{}`", wf.id, a.country),
                );
            }
            for (what, field) in [("email", &a.email), ("language", &a.language)] {
                field_of(
                    wf,
                    field.as_deref(),
                    &base(&["authorities", what]),
                    &mut rep,
                );
            }
        }
        for (name, key) in &binding.relations {
            if !relations.contains(name) {
                let hint = closest(name, relations.iter().map(String::as_str))
                    .map(|c| format!(", did you mean `{c}`?"))
                    .unwrap_or_default();
                rep.error_key(
                    &base(&["relations", name]),
                    format!("unknown coordinator relation `{name}`{hint}"),
                );
            }
            key_of(
                &key.workflow,
                &key.key,
                &base(&["relations", name]),
                workflows,
                all_ids,
                &mut rep,
            );
        }
        if let Some(links) = &binding.links {
            key_of(
                &links.workflow,
                &links.key,
                &base(&["links"]),
                workflows,
                all_ids,
                &mut rep,
            );
        }
        if let Some(settings) = &binding.settings {
            key_of(
                &settings.workflow,
                &settings.key,
                &base(&["settings"]),
                workflows,
                all_ids,
                &mut rep,
            );
        }
        if rep.error_count() == 0 && found.is_none() {
            found = Some(binding);
        }
        reporters.push(rep);
    }
    found
}

/// The workflow of `workflow.key`, if both exist; an error at `at` if not.
fn key_of<'a>(
    workflow: &str,
    key: &str,
    at: &[crate::source::Seg],
    workflows: &'a IndexMap<String, Arc<Workflow>>,
    all_ids: &BTreeSet<String>,
    rep: &mut Reporter,
) -> Option<&'a Workflow> {
    let mut at_field = at.to_vec();
    match workflows.get(workflow) {
        // Declared but with errors of its own (reported there).
        None if all_ids.contains(workflow) => None,
        None => {
            let hint = closest(workflow, all_ids.iter().map(String::as_str))
                .map(|c| format!(", did you mean `{c}`?"))
                .unwrap_or_default();
            at_field.push(crate::source::Seg::Key("workflow".into()));
            rep.error(&at_field, format!("unknown workflow `{workflow}`{hint}"));
            None
        }
        Some(wf) if !wf.keys.contains_key(key) => {
            let hint = closest(key, wf.keys.keys().map(String::as_str))
                .map(|c| format!(", did you mean `{c}`?"))
                .unwrap_or_default();
            at_field.push(crate::source::Seg::Key("key".into()));
            rep.error(
                &at_field,
                format!("workflow `{workflow}` has no lookup key `{key}`{hint}"),
            );
            None
        }
        Some(wf) => Some(wf),
    }
}

/// An error at `at` if `field` is named but `wf` has no such field.
fn field_of(wf: &Workflow, field: Option<&str>, at: &[crate::source::Seg], rep: &mut Reporter) {
    if let Some(field) = field {
        if !wf.fields.contains_key(field) {
            let hint = closest(field, wf.fields.keys().map(String::as_str))
                .map(|c| format!(", did you mean `{c}`?"))
                .unwrap_or_default();
            rep.error(
                at,
                format!("workflow `{}` has no field `{field}`{hint}", wf.id),
            );
        }
    }
}

/// The one search binding, if declared and valid; problems go to `reporters`.
pub(super) fn check_search(
    declared: Vec<(SearchBinding, SourceFile)>,
    directory: Option<&DirectoryBinding>,
    workflows: &IndexMap<String, Arc<Workflow>>,
    packages: &[&crate::model::Package],
    reporters: &mut Vec<Reporter>,
) -> Option<SearchBinding> {
    use imi_expr::Type;
    let mut found = None;
    for (i, (binding, source)) in declared.into_iter().enumerate() {
        let mut rep = Reporter::new(source);
        let at = |k: &str| path(["application", "search", k]);
        if i > 0 {
            rep.error(&at("names"), "the search binding is declared twice");
        }
        let strings = Type::List(Box::new(Type::String));
        let has_list = |name: &str| packages.iter().any(|p| p.keyword_lists.contains_key(name));
        let Some(dir) = directory else {
            rep.error(
                &at("names"),
                "the search indexes the directory's authorities: declare `application.directory` too",
            );
            reporters.push(rep);
            continue;
        };
        let mut typed = |wf: Option<&Arc<Workflow>>, key: &str, field: &str, ty: &Type| {
            if let Some(wf) = wf {
                if wf.fields.get(field).map(|f| &f.ty) != Some(ty) {
                    rep.error(
                        &at(key),
                        format!("workflow `{}` has no `{ty}` field `{field}`", wf.id),
                    );
                }
            }
        };
        let authorities = workflows.get(&dir.authorities.workflow);
        typed(authorities, "names", &binding.names, &Type::Texts);
        typed(
            authorities,
            "descriptions",
            &binding.descriptions,
            &Type::Texts,
        );
        typed(
            authorities,
            "official_name",
            &binding.official_name,
            &Type::String,
        );
        typed(authorities, "level", &binding.level, &Type::String);
        for field in &binding.keywords {
            typed(authorities, "keywords", field, &strings);
        }
        let settings = dir
            .settings
            .as_ref()
            .and_then(|s| workflows.get(&s.workflow));
        for field in &binding.area_keywords {
            typed(settings, "area_keywords", field, &strings);
        }
        if !binding.area_keywords.is_empty() && dir.settings.is_none() {
            rep.error(
                &at("area_keywords"),
                "area keywords are read from `application.directory.settings`, which is not declared",
            );
        }
        for (key, list) in binding
            .keywords
            .iter()
            .map(|k| ("keywords", k))
            .chain(binding.country_names.iter().map(|c| ("country_names", c)))
        {
            if !has_list(list) {
                rep.error(&at(key), format!("no package has a keyword list `{list}`"));
            }
        }
        if rep.error_count() == 0 && found.is_none() {
            found = Some(binding);
        }
        reporters.push(rep);
    }
    found
}

/// Checks `application.statistics`: the workflows exist and have the
/// party; every indicator's expressions type-check in each of them (a
/// condition, or a number for an average); the bands are conditions on
/// `value`; each indicator has its label in every language.
pub(super) fn check_statistics(
    declared: Vec<(crate::raw::StatisticsBinding, SourceFile)>,
    workflows: &IndexMap<String, Arc<Workflow>>,
    packages: &IndexMap<String, crate::model::Package>,
    keys: &std::collections::BTreeSet<String>,
    reporters: &mut Vec<Reporter>,
) -> Option<crate::model::Statistics> {
    use imi_expr::Type;
    let mut found = None;
    for (i, (binding, source)) in declared.into_iter().enumerate() {
        let mut rep = Reporter::new(source);
        let at = |more: &[&str]| {
            let mut p = path(["application", "statistics"]);
            p.extend(
                more.iter()
                    .map(|s| crate::source::Seg::Key((*s).to_string())),
            );
            p
        };
        if i > 0 {
            rep.error(
                &at(&["workflows"]),
                "the statistics binding is declared twice",
            );
        }
        let errors = rep.error_count();
        let mut listed = Vec::new();
        for w in &binding.workflows {
            match workflows.get(w) {
                None => rep.error(&at(&["workflows"]), format!("unknown workflow `{w}`")),
                Some(wf) => {
                    if wf.parties.get(&binding.party).map(|p| p.kind)
                        != Some(crate::raw::PartyKind::Authority)
                    {
                        rep.error(
                            &at(&["party"]),
                            format!("workflow `{w}` has no authority party `{}`", binding.party),
                        );
                    }
                    listed.push(wf.clone());
                }
            }
        }
        let mut indicators = Vec::new();
        for (id, def) in &binding.indicators {
            let here = |k: &str| at(&["indicators", id, k]);
            let (measure_text, average, key) = match (&def.share, &def.average) {
                (Some(s), None) => (s, false, "share"),
                (None, Some(a)) => (a, true, "average"),
                _ => {
                    rep.error(
                        &at(&["indicators", id]),
                        "an indicator has either `share` (a condition) or `average` (a number)",
                    );
                    continue;
                }
            };
            let mut of = std::collections::BTreeMap::new();
            let mut measure = std::collections::BTreeMap::new();
            for wf in &listed {
                let names = RecordNames::of(wf);
                let scope = names.scope(packages.get(&wf.package), keys);
                let want = if average { Type::Number } else { Type::Bool };
                let mut compile = |k: &str, text: &str, ty: &Type| -> Option<Compiled> {
                    match imi_expr::parse(text) {
                        Err(e) => {
                            rep.expr_error(
                                &here(k),
                                e.span.start,
                                format!("{} (in `{}`)", e.message, wf.id),
                            );
                            None
                        }
                        Ok(expr) => match imi_expr::check_as(&expr, &scope, ty) {
                            Ok(()) => Some(Compiled {
                                source: text.to_string(),
                                expr,
                            }),
                            Err(errs) => {
                                for e in errs {
                                    rep.expr_error(
                                        &here(k),
                                        e.span.start,
                                        format!("{} (in workflow `{}`)", e.message, wf.id),
                                    );
                                }
                                None
                            }
                        },
                    }
                };
                if let Some(c) = compile("of", &def.of, &Type::Bool) {
                    of.insert(wf.id.clone(), c);
                }
                if let Some(c) = compile(key, measure_text, &want) {
                    measure.insert(wf.id.clone(), c);
                }
            }
            let band = |rep: &mut Reporter, k: &str, text: &str| -> Option<Compiled> {
                let names = std::collections::BTreeMap::from([("value".to_string(), Type::Number)]);
                let value_scope = imi_expr::NamesScope {
                    names: &names,
                    what: "value",
                };
                let expr = match imi_expr::parse(text) {
                    Ok(e) => e,
                    Err(e) => {
                        rep.expr_error(&here(k), e.span.start, e.message);
                        return None;
                    }
                };
                match imi_expr::check_as(&expr, &value_scope, &Type::Bool) {
                    Ok(()) => Some(Compiled {
                        source: text.to_string(),
                        expr,
                    }),
                    Err(errs) => {
                        for e in errs {
                            rep.expr_error(&here(k), e.span.start, e.message);
                        }
                        None
                    }
                }
            };
            let green = band(&mut rep, "green", &def.green);
            let red = band(&mut rep, "red", &def.red);
            let label = rep.label(&None, format!("indicator-{id}"), at(&["indicators", id]));
            if let (Some(green), Some(red)) = (green, red) {
                indicators.push(crate::model::Indicator {
                    id: id.clone(),
                    label,
                    of,
                    measure,
                    average,
                    green,
                    red,
                });
            }
        }
        if rep.error_count() == errors && found.is_none() {
            found = Some(crate::model::Statistics {
                workflows: binding.workflows.clone(),
                party: binding.party.clone(),
                indicators,
            });
        }
        reporters.push(rep);
    }
    found
}

/// Checks `application.checklist`: the workflow exists, every `done` is a
/// condition on its records, and every step has its text.
pub(super) fn check_checklist(
    declared: Vec<(crate::raw::ChecklistBinding, SourceFile)>,
    workflows: &IndexMap<String, Arc<Workflow>>,
    packages: &IndexMap<String, crate::model::Package>,
    keys: &std::collections::BTreeSet<String>,
    reporters: &mut Vec<Reporter>,
) -> Option<crate::model::Checklist> {
    use imi_expr::Type;
    let mut found = None;
    for (i, (binding, source)) in declared.into_iter().enumerate() {
        let mut rep = Reporter::new(source);
        let at = |more: &[&str]| {
            let mut p = path(["application", "checklist"]);
            p.extend(
                more.iter()
                    .map(|s| crate::source::Seg::Key((*s).to_string())),
            );
            p
        };
        if i > 0 {
            rep.error(
                &at(&["workflow"]),
                "the checklist binding is declared twice",
            );
        }
        let Some(wf) = workflows.get(&binding.workflow) else {
            rep.error(
                &at(&["workflow"]),
                format!("unknown workflow `{}`", binding.workflow),
            );
            reporters.push(rep);
            continue;
        };
        let names = RecordNames::of(wf);
        let scope = names.scope(packages.get(&wf.package), keys);
        let mut steps = Vec::new();
        for (id, def) in &binding.steps {
            let label = rep.label(&None, format!("checklist-{id}"), at(&["steps", id]));
            let done = def.done.as_ref().and_then(|text| {
                let here = at(&["steps", id, "done"]);
                match imi_expr::parse(text) {
                    Err(e) => {
                        rep.expr_error(&here, e.span.start, e.message);
                        None
                    }
                    Ok(expr) => match imi_expr::check_as(&expr, &scope, &Type::Bool) {
                        Ok(()) => Some(Compiled {
                            source: text.clone(),
                            expr,
                        }),
                        Err(errors) => {
                            for e in errors {
                                rep.expr_error(&here, e.span.start, e.message);
                            }
                            None
                        }
                    },
                }
            });
            steps.push(crate::model::ChecklistStep {
                id: id.clone(),
                label,
                done,
            });
        }
        if rep.error_count() == 0 && found.is_none() {
            found = Some(crate::model::Checklist {
                workflow: binding.workflow.clone(),
                steps,
            });
        }
        reporters.push(rep);
    }
    found
}

/// What a binding's expressions on a workflow's records may name: its
/// fields and parties (with its package's settings and the lookups).
struct RecordNames {
    fields: IndexMap<String, imi_expr::Type>,
    parties: IndexMap<String, crate::raw::PartyKind>,
}

impl RecordNames {
    fn of(wf: &Workflow) -> RecordNames {
        RecordNames {
            fields: wf
                .fields
                .iter()
                .map(|(k, f)| (k.clone(), f.ty.clone()))
                .collect(),
            parties: wf
                .parties
                .iter()
                .map(|(k, p)| (k.clone(), p.kind))
                .collect(),
        }
    }

    fn scope<'a>(
        &'a self,
        package: Option<&'a crate::model::Package>,
        keys: &'a std::collections::BTreeSet<String>,
    ) -> super::scope::WorkflowScope<'a> {
        super::scope::WorkflowScope {
            fields: &self.fields,
            parties: &self.parties,
            settings: package.map(|p| &p.settings),
            inputs: None,
            item: None,
            keys,
            answers: None,
        }
    }
}
