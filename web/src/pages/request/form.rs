//! Action forms: one field per input of the action; an answers input gives
//! the questions of the questionnaire that side answers (those relevant
//! given the answers so far), typed as the question says. Posted forms
//! become the API's JSON inputs again.

use std::collections::BTreeMap;

use imi_engine::model::{Action, Input};
use imi_engine::questionnaire::{AnsweredBy, Question, QuestionType, Questionnaire};
use imi_engine::Definitions;
use imi_expr::Type;
use serde_json::{json, Map, Value};

use crate::WebState;

/// The values typed for field `name` (several for multiple choice).
fn typed_values<'a>(typed: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    typed
        .iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .collect()
}

/// A stored value as the values of form fields (one per chosen item).
fn given_values(given: &Value) -> Vec<String> {
    match given {
        Value::Array(a) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Value::String(s) => vec![s.clone()],
        Value::Bool(b) => vec![b.to_string()],
        Value::Number(n) => vec![n.to_string()],
        _ => Vec::new(),
    }
}

/// How many items of repeat group `prefix` (`answers.documents`) a posted
/// form has: the highest item number typed.
fn typed_item_count(typed: &[(String, String)], prefix: &str) -> usize {
    typed
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(prefix)?.strip_prefix('['))
        .filter_map(|rest| rest.split_once(']')?.0.parse::<usize>().ok())
        .max()
        .unwrap_or(0)
}

/// A field of the form, as the template draws it.
fn field(
    name: String,
    label: String,
    kind: &str,
    value: String,
    required: bool,
    error: Option<&String>,
) -> Value {
    json!({
        "name": name, "label": label, "kind": kind, "value": value,
        "required": required, "error": error,
        "id": name.replace(['.', '[', ']'], "_"),
    })
}

pub fn action_form(
    state: &WebState,
    lang: &str,
    action: &Action,
    inst: &Value,
    typed: &[(String, String)],
    problems: &[(String, String)],
) -> Value {
    let texts = &state.pages.texts;
    let defs = state.engine.definitions();
    let mut fields = Vec::new();
    for input in action.inputs.values() {
        match &input.answers {
            Some(a) => {
                if let Some(q) = defs.questionnaires.get(&a.questionnaire) {
                    answer_fields(
                        state,
                        lang,
                        q,
                        a.by,
                        &inst["fields"][&input.id],
                        &input.id,
                        typed,
                        problems,
                        &mut fields,
                    );
                }
            }
            None => fields.push(simple_field(state, lang, input, inst, typed, problems)),
        }
    }
    let multipart = fields.iter().any(|f| f["kind"] == "file");
    json!({
        "id": action.id,
        "label": texts.get(lang, &action.label, &[]),
        "fields": fields,
        "multipart": multipart,
    })
}

fn simple_field(
    state: &WebState,
    lang: &str,
    input: &Input,
    inst: &Value,
    typed: &[(String, String)],
    problems: &[(String, String)],
) -> Value {
    let texts = &state.pages.texts;
    let label = texts.get(lang, &input.label, &[]);
    let value = typed_values(typed, &input.id).join(", ");
    let error = problems
        .iter()
        .find(|(p, _)| p == &input.id)
        .map(|(_, m)| m);
    if let Some(f) = choice_field(state, lang, input, inst, typed, &label, error) {
        return f;
    }
    let kind = match &input.ty {
        Type::Date => "date",
        Type::Number => "number",
        Type::Bool => "checkbox",
        // Free text (a reason, a question, a justification) gets room.
        Type::String if input.free_text => "textarea",
        _ => "text",
    };
    field(input.id.clone(), label, kind, value, input.required, error)
}

/// An input taking entries of a keyword list, as a choice among them in
/// `lang` (one: a list box; several: check boxes), what was typed or else
/// the record's current value chosen. `None` while the list is unknown
/// (a start that chooses the area).
fn choice_field(
    state: &WebState,
    lang: &str,
    input: &Input,
    inst: &Value,
    typed: &[(String, String)],
    label: &str,
    error: Option<&String>,
) -> Option<Value> {
    let list = input.values.as_ref()?;
    let list = state
        .engine
        .definitions()
        .value_list(inst["area"].as_str(), list)?;
    let chosen: Vec<String> = if typed.iter().any(|(k, _)| *k == input.id) {
        typed_values(typed, &input.id)
            .into_iter()
            .map(str::to_string)
            .collect()
    } else {
        given_values(&inst["fields"][&input.id])
    };
    let kind = match input.ty {
        Type::List(_) => "checkboxes",
        _ => "select",
    };
    let options: Vec<Value> = list
        .labelled(lang)
        .map(|(id, label)| json!({"value": id, "label": label, "checked": chosen.iter().any(|c| c == id)}))
        .collect();
    let mut f = field(
        input.id.clone(),
        label.to_string(),
        kind,
        chosen.first().cloned().unwrap_or_default(),
        input.required,
        error,
    );
    f["options"] = json!(options);
    Some(f)
}

/// The questions `by` answers, with what is typed or already answered.
#[allow(clippy::too_many_arguments)]
fn answer_fields(
    state: &WebState,
    lang: &str,
    q: &Questionnaire,
    by: AnsweredBy,
    given: &Value,
    input: &str,
    typed: &[(String, String)],
    problems: &[(String, String)],
    out: &mut Vec<Value>,
) {
    let now = state.engine.now();
    // Relevance follows the answers given so far and those just typed (a
    // refused form shows the questions its answers made relevant).
    let mut so_far = given.clone();
    if let (Some(obj), Value::Object(typed_answers)) =
        (so_far.as_object_mut(), answers_from_form(q, input, typed))
    {
        for (k, v) in typed_answers {
            if !v.is_array()
                || q.questions
                    .get(&k)
                    .is_some_and(|x| x.ty != QuestionType::Repeat)
            {
                obj.insert(k, v);
            }
        }
    } else if given.is_null() {
        so_far = answers_from_form(q, input, typed);
    }
    let answers: BTreeMap<String, imi_expr::Value> =
        q.answers_from_json(&so_far).unwrap_or_default();
    let texts = q.texts.get(lang).or_else(|| q.texts.get("en"));
    let label_of = |id: &str| {
        texts
            .and_then(|t| t.questions.get(id))
            .map(|t| t.label.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let hint_of = |id: &str| {
        texts
            .and_then(|t| t.questions.get(id))
            .and_then(|t| t.hint.clone())
    };
    let error_at = |path: &str| {
        problems
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, m)| m.clone())
    };
    for section in &q.sections {
        let mut section_fields = Vec::new();
        for id in &section.questions {
            let Some(question) = q.questions.get(id) else {
                continue;
            };
            if question.ty == QuestionType::Repeat {
                // Its owner lists the items (with room for two more); the
                // other side answers its questions in each.
                let owner = question.answered_by == by;
                if owner && !q.is_relevant(id, &answers, None, now) {
                    continue;
                }
                let mut items = given[id].as_array().cloned().unwrap_or_default();
                let answered = items.len();
                let max = question.max.map_or(20, |m| m as usize);
                if owner {
                    // The items typed (the page's script may add some) and
                    // room for two more.
                    let typed_items = typed_item_count(typed, &format!("{input}.{id}"));
                    let room = (answered.max(typed_items) + 2).min(max.max(answered));
                    items.resize(room, json!({}));
                }
                for (n, item) in items.iter().enumerate() {
                    let item_values: BTreeMap<String, imi_expr::Value> = q
                        .answers_from_json(&json!({ id.clone(): [item] }))
                        .ok()
                        .and_then(|m| match m.get(id) {
                            Some(imi_expr::Value::List(l)) => match l.first() {
                                Some(imi_expr::Value::Record(r)) => Some(r.clone()),
                                _ => None,
                            },
                            _ => None,
                        })
                        .unwrap_or_default();
                    for inner in &question.items {
                        let Some(iq) = q.questions.get(inner) else {
                            continue;
                        };
                        if iq.answered_by != by {
                            continue;
                        }
                        let asked = q.is_relevant(inner, &answers, Some(&item_values), now);
                        let path = format!("{id}[{}].{inner}", n + 1);
                        let summary = item.as_object().map(|o| {
                            o.values()
                                .filter_map(Value::as_str)
                                .collect::<Vec<_>>()
                                .join(" · ")
                        });
                        let mut f = question_field(
                            state,
                            lang,
                            q,
                            iq,
                            &format!("{input}.{path}"),
                            &label_of(inner),
                            typed,
                            &item[inner],
                            error_at(&path),
                        );
                        f["hidden"] = json!(!asked);
                        f["section"] = json!(section.id);
                        if owner {
                            f["repeat"] = json!(format!("{input}.{id}"));
                            f["item"] = json!(n + 1);
                            f["room"] = json!(n >= answered);
                        }
                        f["context"] = json!(format!(
                            "{} {} — {}",
                            label_of(id),
                            n + 1,
                            summary.unwrap_or_default()
                        ));
                        section_fields.push(f);
                    }
                }
                if owner {
                    // For the page's script: a button that adds an item.
                    section_fields.push(json!({
                        "kind": "add_item",
                        "repeat": format!("{input}.{id}"),
                        "label": label_of(id),
                        "max": max,
                        "section": section.id,
                    }));
                }
                continue;
            }
            if question.answered_by != by {
                continue;
            }
            // Not asked given the answers so far: drawn hidden (and
            // disabled), for the page's script to show when that changes.
            let asked = q.is_relevant(id, &answers, None, now);
            let mut f = question_field(
                state,
                lang,
                q,
                question,
                &format!("{input}.{id}"),
                &label_of(id),
                typed,
                &given[id],
                error_at(id),
            );
            f["hint"] = json!(hint_of(id));
            f["hidden"] = json!(!asked);
            f["section"] = json!(section.id);
            section_fields.push(f);
        }
        if !section_fields.is_empty() {
            let title = texts
                .and_then(|t| t.sections.get(&section.id))
                .map(|t| t.title.clone())
                .unwrap_or_default();
            let all_hidden = section_fields
                .iter()
                .filter(|f| f["kind"] != "add_item")
                .all(|f| f["hidden"] == json!(true));
            out.push(json!({"kind": "heading", "label": title, "section": section.id, "hidden": all_hidden}));
            out.extend(section_fields);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn question_field(
    state: &WebState,
    lang: &str,
    q: &Questionnaire,
    question: &Question,
    name: &str,
    label: &str,
    typed: &[(String, String)],
    given: &Value,
    error: Option<String>,
) -> Value {
    let texts = q.texts.get(lang).or_else(|| q.texts.get("en"));
    let chosen: Vec<String> = if typed.iter().any(|(k, _)| k == name) {
        typed_values(typed, name)
            .into_iter()
            .map(str::to_string)
            .collect()
    } else {
        given_values(given)
    };
    let kind = match question.ty {
        QuestionType::LongText => "textarea",
        QuestionType::Number => "number",
        QuestionType::Date => "date",
        QuestionType::YesNo => "radio",
        QuestionType::SingleChoice => "select",
        QuestionType::MultipleChoice => "checkboxes",
        QuestionType::File => "file",
        _ => "text",
    };
    let mut f = field(
        name.to_string(),
        label.to_string(),
        kind,
        chosen.first().cloned().unwrap_or_default(),
        question.required,
        error.as_ref(),
    );
    let options: Vec<Value> = match question.ty {
        QuestionType::YesNo => [("true", "web-yes"), ("false", "web-no")]
            .iter()
            .map(|(v, key)| json!({"value": v, "label": state.pages.texts.get(lang, key, &[]), "checked": chosen.iter().any(|c| c == v)}))
            .collect(),
        QuestionType::SingleChoice | QuestionType::MultipleChoice => {
            let list = question.choices.clone().unwrap_or_default();
            q.choice_lists
                .get(&list)
                .into_iter()
                .flatten()
                .map(|c| {
                    let label = texts.and_then(|t| t.choices.get(&list)?.get(c)).cloned().unwrap_or_else(|| c.clone());
                    json!({"value": c, "label": label, "checked": chosen.contains(c)})
                })
                .collect()
        }
        _ => Vec::new(),
    };
    f["options"] = json!(options);
    f["personal_data"] = json!(question.personal_data);
    if question.ty == QuestionType::File {
        // The file attached before, by its name (the reference is `<id>/<name>`).
        let attached = f["value"]
            .as_str()
            .and_then(|v| v.split_once('/'))
            .map(|(_, n)| n.to_string());
        f["attached"] = json!(attached);
        f["file_name"] = json!(format!("{}{name}", crate::form_data::FILE_PREFIX));
        f["max_bytes"] = json!(crate::form_data::MAX_FILE);
        f["max_mb"] = json!(crate::form_data::MAX_FILE >> 20);
    }
    f
}

/// The API inputs of `action` from the posted form pairs.
pub fn inputs_from_form(defs: &Definitions, action: &Action, pairs: &[(String, String)]) -> Value {
    let mut out = Map::new();
    for input in action.inputs.values() {
        let value = match &input.answers {
            Some(a) => match defs.questionnaires.get(&a.questionnaire) {
                Some(q) => answers_from_form(q, &input.id, pairs),
                None => Value::Null,
            },
            None => {
                let values = typed_values(pairs, &input.id);
                let text = values.first().map(|v| v.trim()).unwrap_or_default();
                match &input.ty {
                    Type::Bool => json!(!values.is_empty()),
                    _ if text.is_empty() => continue,
                    Type::Number => text
                        .parse::<f64>()
                        .map(|n| json!(n))
                        .unwrap_or_else(|_| json!(text)),
                    // Several check boxes, or one text of comma-separated items.
                    Type::List(_) => json!(values
                        .iter()
                        .flat_map(|v| v.split([',', '\n']))
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()),
                    _ => json!(text),
                }
            }
        };
        out.insert(input.id.clone(), value);
    }
    Value::Object(out)
}

/// Answers JSON (by question and choice id) from fields named
/// `<input>.<question>` and `<input>.<group>[<n>].<question>`.
fn answers_from_form(q: &Questionnaire, input: &str, pairs: &[(String, String)]) -> Value {
    let prefix = format!("{input}.");
    let mut top = Map::new();
    let mut groups: BTreeMap<String, BTreeMap<usize, Map<String, Value>>> = BTreeMap::new();
    let value_of = |question: &Question, values: Vec<&str>| -> Option<Value> {
        let first = values.first().map(|v| v.trim()).unwrap_or_default();
        match question.ty {
            QuestionType::MultipleChoice => Some(json!(values)),
            _ if first.is_empty() => None,
            QuestionType::Number => Some(
                first
                    .parse::<f64>()
                    .map(|n| json!(n))
                    .unwrap_or_else(|_| json!(first)),
            ),
            QuestionType::YesNo => Some(json!(first == "true")),
            _ => Some(json!(first)),
        }
    };
    let names: std::collections::BTreeSet<&str> = pairs
        .iter()
        .filter_map(|(k, _)| k.strip_prefix(&prefix))
        .collect();
    for name in names {
        let values = typed_values(pairs, &format!("{prefix}{name}"));
        match name.split_once('[') {
            None => {
                if let Some(v) = q.questions.get(name).and_then(|qq| value_of(qq, values)) {
                    top.insert(name.to_string(), v);
                }
            }
            Some((group, rest)) => {
                let Some((n, inner)) = rest.split_once("].") else {
                    continue;
                };
                let (Ok(n), Some(iq)) = (n.parse::<usize>(), q.questions.get(inner)) else {
                    continue;
                };
                if let Some(v) = value_of(iq, values) {
                    groups
                        .entry(group.to_string())
                        .or_default()
                        .entry(n)
                        .or_default()
                        .insert(inner.to_string(), v);
                }
            }
        }
    }
    for (group, items) in groups {
        // Item n of the list is item n of the answers (merged item by item).
        let last = items.keys().max().copied().unwrap_or(0);
        let list: Vec<Value> = (1..=last)
            .map(|n| Value::Object(items.get(&n).cloned().unwrap_or_default()))
            .collect();
        top.insert(group, Value::Array(list));
    }
    Value::Object(top)
}

/// The names of the fields of `form` (an [`action_form`]) that are asked.
pub fn asked_names(form: &Value) -> Vec<String> {
    form["fields"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["kind"] != "heading" && f["hidden"] != json!(true))
        .filter_map(|f| f["name"].as_str().map(str::to_string))
        .collect()
}
