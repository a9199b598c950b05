//! What a refused action says, in the page's language: the guard's own
//! message (a text of the definitions), and for answers each problem next to
//! its question (a constraint's own message from the questionnaire texts).

use imi_engine::model::Action;
use imi_engine::questionnaire::Questionnaire;
use serde_json::{json, Value};

use crate::WebState;

/// The refusal's summary line.
pub fn summary(state: &WebState, lang: &str, action: Option<&Action>, refusal: &Value) -> String {
    let texts = &state.pages.texts;
    match refusal["code"].as_str().unwrap_or_default() {
        "invalid_answers" => texts.get(lang, "web-refusal-invalid-answers", &[]),
        "guard_false" => match action.and_then(|a| a.guard_message.as_deref()) {
            Some(key) => texts.get(lang, key, &[]),
            None => texts.get(lang, "web-refusal-not-now", &[]),
        },
        "invalid_input" => texts.get(lang, "web-refusal-invalid-input", &[]),
        "wrong_state" | "wrong_party" | "missing_role" => {
            texts.get(lang, "web-refusal-not-now", &[])
        }
        _ => refusal["message"].as_str().unwrap_or_default().to_string(),
    }
}

/// Each problem as (path, message in `lang`), for the fields and the summary.
pub fn problems(
    state: &WebState,
    lang: &str,
    q: Option<&Questionnaire>,
    refusal: &Value,
) -> Vec<(String, String)> {
    let texts = &state.pages.texts;
    let q_texts = q.and_then(|q| q.texts.get(lang).or_else(|| q.texts.get("en")));
    let mut out: Vec<(String, String)> = refusal["problems"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|p| {
            let question = p["question"].as_str().unwrap_or_default();
            let own = q_texts
                .and_then(|t| t.questions.get(question))
                .and_then(|t| t.constraint.clone());
            let message = match (p["code"].as_str().unwrap_or_default(), own) {
                ("constraint", Some(own)) => own,
                ("required", _) => texts.get(lang, "web-problem-required", &[]),
                ("not_relevant", _) => texts.get(lang, "web-problem-not-relevant", &[]),
                ("too_small" | "too_large", _) => texts.get(lang, "web-problem-out-of-bounds", &[]),
                _ => texts.get(lang, "web-problem-invalid", &[]),
            };
            (p["path"].as_str().unwrap_or_default().to_string(), message)
        })
        .collect();
    if let Some(field) = refusal["field"].as_str() {
        if out.is_empty() {
            out.push((
                field.to_string(),
                texts.get(lang, "web-problem-invalid", &[]),
            ));
        }
    }
    out
}

/// The problems for the summary: the question's label (or the input's
/// name) and the message.
pub fn listed(q: Option<&Questionnaire>, lang: &str, problems: &[(String, String)]) -> Vec<Value> {
    let q_texts = q.and_then(|q| q.texts.get(lang).or_else(|| q.texts.get("en")));
    problems
        .iter()
        .map(|(path, message)| {
            // `documents[2].issue_date` → the label of `issue_date`, item 2.
            let question = path.rsplit('.').next().unwrap_or(path);
            let label = q_texts
                .and_then(|t| t.questions.get(question))
                .map(|t| t.label.clone())
                .unwrap_or_else(|| question.to_string());
            let item = path
                .split_once('[')
                .and_then(|(_, r)| r.split_once(']'))
                .map(|(n, _)| n.to_string());
            json!({"label": label, "item": item, "message": message})
        })
        .collect()
}
