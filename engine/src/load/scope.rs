//! What names mean inside one workflow's expressions.

use std::collections::{BTreeMap, BTreeSet};

use imi_expr::{closest, Scope, Signature, Type};
use indexmap::IndexMap;

use crate::functions;
use crate::model::Setting;
use crate::raw::PartyKind;

pub(crate) struct WorkflowScope<'a> {
    pub fields: &'a IndexMap<String, Type>,
    pub parties: &'a IndexMap<String, PartyKind>,
    pub settings: Option<&'a IndexMap<String, Setting>>,
    /// Inputs of the action being checked (`None`: no `input` here).
    pub inputs: Option<&'a IndexMap<String, Type>>,
    /// Type of `item` inside a `spawn … for_each`.
    pub item: Option<Type>,
    /// Every `<workflow>.<key>` that exists.
    pub keys: &'a BTreeSet<String>,
    /// Answers fields → their questionnaire's top-level questions and the
    /// types of their answers (`answers.profession`).
    pub answers: Option<&'a IndexMap<String, BTreeMap<String, Type>>>,
}

fn did_you_mean<'a>(word: &str, options: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, options)
        .map(|c| format!(", did you mean `{c}`?"))
        .unwrap_or_default()
}

impl Scope for WorkflowScope<'_> {
    fn path(&self, path: &[String]) -> Result<Type, String> {
        let first = path.first().map(String::as_str).unwrap_or("");
        let rest = path.get(1..).unwrap_or(&[]);
        let joined = path.join(".");
        match (first, rest) {
            ("state" | "id", []) => Ok(Type::String),
            ("created_at", []) => Ok(Type::DateTime),
            ("item", []) => self
                .item
                .clone()
                .ok_or_else(|| "`item` exists only inside `spawn` with `for_each`".to_string()),
            ("input", [name]) => match self.inputs {
                None => Err("no inputs here: `input` exists only in actions".into()),
                Some(inputs) => inputs.get(name).cloned().ok_or_else(|| {
                    format!(
                        "unknown input `{name}`{}",
                        did_you_mean(name, inputs.keys().map(String::as_str))
                    )
                }),
            },
            (f, []) if self.fields.contains_key(f) => {
                Ok(self.fields.get(f).cloned().unwrap_or(Type::Any))
            }
            (f, [question]) if self.answers.is_some_and(|a| a.contains_key(f)) => {
                let questions = self.answers.and_then(|a| a.get(f));
                questions
                    .and_then(|q| q.get(question))
                    .cloned()
                    .ok_or_else(|| {
                        format!(
                            "no question `{question}` in the questionnaire of `{f}` (only questions outside repeat groups are named){}",
                            did_you_mean(question, questions.into_iter().flat_map(|q| q.keys().map(String::as_str)))
                        )
                    })
            }
            (p, [attr]) if self.parties.contains_key(p) => {
                let kind = self.parties.get(p).copied();
                if kind != Some(PartyKind::Authority) {
                    return Err(format!(
                        "party `{p}` is not bound to one authority, so `{joined}` has no value"
                    ));
                }
                match attr.as_str() {
                    "id" | "country" => Ok(Type::String),
                    setting => match self.settings.and_then(|s| s.get(setting)) {
                        Some(s) => Ok(s.ty.clone()),
                        None => {
                            let mut options = vec!["id", "country"];
                            if let Some(s) = self.settings {
                                options.extend(s.keys().map(String::as_str));
                            }
                            Err(format!(
                                "unknown attribute `{setting}` of party `{p}` (a party has `id`, `country` and the area's settings){}",
                                did_you_mean(setting, options)
                            ))
                        }
                    },
                }
            }
            _ => {
                let mut options: Vec<&str> = self.fields.keys().map(String::as_str).collect();
                options.extend(self.parties.keys().map(String::as_str));
                options.extend(["state", "id", "created_at"]);
                let hint = did_you_mean(first, options);
                if self.fields.contains_key(first) {
                    Err(format!(
                        "field `{first}` has no attribute `{}`",
                        rest.join(".")
                    ))
                } else {
                    Err(format!("unknown name `{joined}`{hint}"))
                }
            }
        }
    }

    fn function(&self, name: &str) -> Option<Signature> {
        functions::signature(name)
    }

    fn function_names(&self) -> Vec<String> {
        functions::HOST_FUNCTIONS
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    fn name_argument(&self, _function: &str, name: &[String]) -> Result<Type, String> {
        let joined = name.join(".");
        if self.keys.contains(&joined) {
            Ok(Type::Any)
        } else {
            Err(format!(
                "unknown lookup key `{joined}` (write `<workflow>.<key>`){}",
                did_you_mean(&joined, self.keys.iter().map(String::as_str))
            ))
        }
    }
}
