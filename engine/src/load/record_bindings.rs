//! Checks the `application` bindings whose expressions run on a
//! workflow's records: the indicators of `application.statistics` and the
//! steps of `application.checklist`.

use std::sync::Arc;

use indexmap::IndexMap;

use super::Reporter;
use crate::model::{Compiled, Workflow};
use crate::source::{path, SourceFile};

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
