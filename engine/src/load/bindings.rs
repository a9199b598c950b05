//! Checks the application bindings of a `system` package: the workflow,
//! lookup key and actions the application's own features run on.

use std::collections::BTreeSet;
use std::sync::Arc;

use imi_expr::closest;
use indexmap::IndexMap;

use super::Reporter;
use crate::model::{Workflow, APPLICATION};
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
