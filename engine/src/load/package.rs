//! Reads the package folders: `area.yaml` (roles, coordinator relations,
//! settings, keyword lists) and the raw workflows and scenario files beside it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use imi_expr::closest;
use indexmap::IndexMap;

use super::{read_yaml, subdirs, yaml_files, yaml_value, Loaded, Reporter, TextNeed};
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::model::*;
use crate::raw::{self, PackageKind};
use crate::source::{path, Seg, SourceFile};

/// Everything read from the package folders, before workflows are compiled.
pub(super) struct Packages {
    pub packages: IndexMap<String, (Package, SourceFile)>,
    pub roles: IndexMap<String, Role>,
    pub relations: BTreeSet<String>,
    pub raw_workflows: Vec<(String, Loaded<raw::WorkflowFile>)>,
    pub reporters: Vec<Reporter>,
    pub scenarios: Vec<PathBuf>,
    /// Application bindings declared, with the `area.yaml` that declares each.
    pub bindings: Vec<(raw::ApplicationBindings, SourceFile)>,
}

/// Reads every package under `defs_dir` (except `calendars/`).
pub(super) fn read_all(defs_dir: &Path, languages: &[String], diags: &mut Diagnostics) -> Packages {
    let mut application_bindings = Vec::new();
    let mut packages: IndexMap<String, (Package, SourceFile)> = IndexMap::new();
    let mut roles: IndexMap<String, Role> = IndexMap::new();
    let mut relations = BTreeSet::new();
    let mut raw_workflows: Vec<(String, Loaded<raw::WorkflowFile>)> = Vec::new();
    let mut reporters: Vec<Reporter> = Vec::new();
    let mut scenarios = Vec::new();
    for dir in subdirs(defs_dir) {
        if dir.file_name().and_then(|n| n.to_str()) == Some("calendars") {
            continue;
        }
        let area_file = dir.join("area.yaml");
        if !area_file.is_file() {
            diags.push(Diagnostic::error(
                &dir,
                Position { line: 1, column: 1 },
                "a package folder needs an `area.yaml`",
            ));
            continue;
        }
        let Some(area) = read_yaml::<raw::AreaFile>(&area_file, diags) else {
            continue;
        };
        let mut rep = Reporter::new(area.source.clone());
        let a = &area.value;
        let folder = dir.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if folder != a.id {
            rep.error(
                &path(["id"]),
                format!("package `{}` must be in a folder named `{}`", a.id, a.id),
            );
        }
        if packages.contains_key(&a.id) {
            rep.error(&path(["id"]), format!("duplicate package id `{}`", a.id));
        }
        rep.need_text(TextNeed {
            key: a.name.clone(),
            at: path(["name"]),
            subject: false,
        });
        for (r, def) in &a.roles {
            let label = rep.label(&def.label, format!("role-{r}"), path(["roles", r.as_str()]));
            if let Some(prev) = roles.get(r) {
                rep.error_key(
                    &path(["roles", r.as_str()]),
                    format!(
                        "role `{r}` is already defined in package `{}`",
                        prev.package
                    ),
                );
            }
            roles.insert(
                r.clone(),
                Role {
                    id: r.clone(),
                    package: a.id.clone(),
                    label,
                    scope: def.scope,
                    includes: def.includes.clone(),
                },
            );
        }
        for (r, def) in &a.coordinator_relations {
            rep.label(
                &def.label,
                format!("relation-{r}"),
                path(["coordinator_relations", r.as_str()]),
            );
            relations.insert(r.clone());
        }
        let mut settings = IndexMap::new();
        for (s, def) in &a.settings {
            let ty = field_type(def.ty);
            let label = rep.label(
                &def.label,
                format!("setting-{s}"),
                path(["settings", s.as_str()]),
            );
            let default = yaml_value(&def.default, &ty).unwrap_or_else(|m| {
                rep.error(&path(["settings", s.as_str(), "default"]), m);
                imi_expr::Value::Null
            });
            settings.insert(
                s.clone(),
                Setting {
                    id: s.clone(),
                    label,
                    chosen_by: def.chosen_by,
                    ty,
                    default,
                },
            );
        }
        let mut keyword_lists = IndexMap::new();
        for (k, def) in &a.keyword_lists {
            let label = rep.label(
                &def.label,
                format!("keywords-{k}"),
                path(["keyword_lists", k.as_str()]),
            );
            let file = dir.join(&def.file);
            if !file.is_file() {
                rep.error(
                    &path(["keyword_lists", k.as_str(), "file"]),
                    format!("no file `{}` beside area.yaml", def.file),
                );
                continue;
            }
            let Some(kf) = read_yaml::<raw::KeywordFile>(&file, diags) else {
                continue;
            };
            let mut krep = Reporter::new(kf.source);
            let mut entries = IndexMap::new();
            for (i, e) in kf.value.entries.iter().enumerate() {
                let at = vec![Seg::Key("entries".into()), Seg::Index(i)];
                let missing: Vec<&str> = languages
                    .iter()
                    .filter(|l| e.labels.get(*l).is_none_or(|t| t.trim().is_empty()))
                    .map(String::as_str)
                    .collect();
                if !missing.is_empty() {
                    krep.error(
                        &at,
                        format!("keyword `{}` has no label in {}", e.id, missing.join(", ")),
                    );
                }
                if entries
                    .insert(e.id.clone(), e.labels.clone().into_iter().collect())
                    .is_some()
                {
                    krep.error(&at, format!("duplicate keyword `{}`", e.id));
                }
            }
            diags.0.extend(krep.diags);
            keyword_lists.insert(
                k.clone(),
                KeywordList {
                    id: k.clone(),
                    label,
                    entries,
                },
            );
        }
        for file in yaml_files(&dir.join("workflows")) {
            if let Some(w) = read_yaml::<raw::WorkflowFile>(&file, diags) {
                let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                if stem != w.value.id {
                    let mut wrep = Reporter::new(w.source.clone());
                    wrep.error(
                        &path(["id"]),
                        format!(
                            "workflow `{}` must be in a file named `{}.yaml`",
                            w.value.id, w.value.id
                        ),
                    );
                    diags.0.extend(wrep.diags);
                }
                raw_workflows.push((a.id.clone(), w));
            }
        }
        for file in yaml_files(&dir.join("scenarios")) {
            if read_yaml::<raw::ScenarioFile>(&file, diags).is_some() {
                scenarios.push(file);
            }
        }
        let package = Package {
            id: a.id.clone(),
            kind: a.kind,
            name: a.name.clone(),
            legal_basis: a.legal_basis.clone(),
            coordinator_relations: a.coordinator_relations.keys().cloned().collect(),
            settings,
            keyword_lists,
        };
        if package.kind == PackageKind::LegislativeArea && package.legal_basis.is_none() {
            rep.warning(
                &path(["id"]),
                format!("legislative area `{}` has no `legal_basis`", a.id),
            );
        }
        if let Some(bindings) = &a.application {
            if a.kind != PackageKind::System {
                rep.error_key(
                    &path(["application"]),
                    "`application` belongs in a `kind: system` package",
                );
            } else {
                application_bindings.push((bindings.clone(), area.source.clone()));
            }
        }
        reporters.push(rep);
        packages.insert(a.id.clone(), (package, area.source));
    }
    // Role inclusions must name roles.
    for rep in &mut reporters {
        let pkg_roles: Vec<(String, Vec<String>)> = roles
            .values()
            .filter(|r| {
                rep.source
                    .path
                    .parent()
                    .and_then(|p| p.file_name())
                    .and_then(|n| n.to_str())
                    == Some(r.package.as_str())
            })
            .map(|r| (r.id.clone(), r.includes.clone()))
            .collect();
        for (r, includes) in pkg_roles {
            for inc in includes {
                if !roles.contains_key(&inc) {
                    let h = closest(&inc, roles.keys().map(String::as_str))
                        .map(|c| format!(", did you mean `{c}`?"))
                        .unwrap_or_default();
                    rep.error(
                        &path(["roles", r.as_str(), "includes"]),
                        format!("unknown role `{inc}`{h}"),
                    );
                }
            }
        }
    }

    Packages {
        packages,
        roles,
        relations,
        raw_workflows,
        reporters,
        scenarios,
        bindings: application_bindings,
    }
}
