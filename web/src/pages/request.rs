//! A request (any workflow instance) in the reader's language: its state,
//! parties, fields, the questions and answers (the other side's in my
//! language, machine translations labelled), the timeline from the audit
//! trail, and a form for each action the engine lets me take now, built
//! from the action's inputs (answers inputs from the questionnaire).

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use imi_engine::model::Action;
use serde_json::{json, Value};

use super::{context, error_page, page_with_status, to_login, Ctx};
use crate::api;
use crate::api::ClientAddr;
use crate::WebState;

pub mod form;

pub async fn view(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path(id): Path<u64>,
) -> Response {
    let ctx = context(&state, &headers, connect, &format!("/requests/{id}")).await;
    if ctx.session.is_none() {
        return to_login();
    }
    show(&state, &ctx, id, StatusCode::OK, json!({}), &[]).await
}

/// The page, with what a refused action said (`refusal`) and the values the
/// user had typed (`typed`, form pairs) kept in their fields.
pub(crate) async fn show(
    state: &WebState,
    ctx: &Ctx,
    id: u64,
    status: StatusCode,
    refusal: Value,
    typed: &[(String, String)],
) -> Response {
    let read = api::get(state, &ctx.caller, &format!("/api/instances/{id}")).await;
    if !read.ok() {
        return error_page(
            state,
            ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            &id.to_string(),
        );
    }
    let inst = read.json;
    let workflow = inst["workflow"].as_str().unwrap_or_default().to_string();
    let lang = &ctx.lang;
    let answers = api::get(
        state,
        &ctx.caller,
        &format!("/api/instances/{id}/answers?lang={lang}"),
    )
    .await;
    let actions = api::get(state, &ctx.caller, &format!("/api/instances/{id}/actions")).await;
    let audit = api::get(state, &ctx.caller, &format!("/api/instances/{id}/audit")).await;
    let defs = state.engine.definitions();
    let wf = defs.workflows.get(&workflow).cloned();
    let texts = &state.pages.texts;

    let mut parties: Vec<Value> = Vec::new();
    for (p, authority) in inst["parties"].as_object().into_iter().flatten() {
        let label = wf
            .as_ref()
            .and_then(|w| w.parties.get(p))
            .map(|d| texts.get(lang, &d.label, &[]))
            .unwrap_or_else(|| p.clone());
        let name = match authority.as_str() {
            Some(a) => super::authority_name(state, ctx, a).await,
            None => None,
        };
        parties.push(json!({"label": label, "authority": authority, "name": name}));
    }
    let timeline: Vec<Value> = audit
        .json
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let who = match r["actor"]["kind"].as_str() {
                Some("user") => format!(
                    "{} ({})",
                    r["actor"]["user"].as_str().unwrap_or_default(),
                    r["actor"]["authority"].as_str().unwrap_or_default()
                ),
                _ => texts.get(lang, "web-timeline-system", &[]),
            };
            json!({
                "at": r["at"].as_str().unwrap_or_default().replace('T', " ").trim_end_matches('Z'),
                "who": who,
                "action": super::action_label(state, lang, &workflow, r["action"].as_str().unwrap_or_default()),
                "state": super::state_label(state, lang, &workflow, r["to"].as_str().unwrap_or_default()),
            })
        })
        .collect();
    let questionnaire = wf.as_ref().and_then(|w| {
        w.fields
            .values()
            .find_map(|f| f.questionnaire.as_ref())
            .and_then(|q| defs.questionnaires.get(q).cloned())
    });
    let refused_action = wf.as_ref().and_then(|w| {
        w.actions
            .get(refusal["action"].as_str().unwrap_or_default())
    });
    let problems = super::refusal::problems(state, lang, questionnaire.as_deref(), &refusal);
    let summary = super::refusal::summary(state, lang, refused_action, &refusal);
    let forms: Vec<Value> = match &wf {
        Some(wf) => actions
            .json
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|a| a.as_str())
            .filter_map(|a| wf.actions.get(a))
            .map(|action| {
                let failed = refusal["action"].as_str() == Some(action.id.as_str());
                let mut f = form::action_form(
                    state,
                    lang,
                    action,
                    &inst,
                    if failed { typed } else { &[] },
                    &problems,
                );
                f["open"] = json!(failed);
                f
            })
            .collect(),
        None => Vec::new(),
    };
    let data = json!({
        "title": super::workflow_label(state, lang, &workflow),
        "id": id,
        "workflow": workflow,
        "workflow_label": super::workflow_label(state, lang, &workflow),
        "state_label": super::state_label(state, lang, &workflow, inst["state"].as_str().unwrap_or_default()),
        "parties": parties,
        "rows": super::field_rows(state, lang, &inst),
        "translations": translations(state, lang, &workflow, &inst),
        "answers": answer_sections(state, lang, id, &answers.json),
        "forms": forms,
        "timeline": timeline,
        "refused": !refusal.is_null() && refusal.get("code").is_some(),
        "summary": summary,
        "problems": super::refusal::listed(questionnaire.as_deref(), lang, &problems),
    });
    page_with_status(state, ctx, status, "request", "web-request-title", data)
}

/// Machine translations of free-text fields, with their labels.
fn translations(state: &WebState, lang: &str, workflow: &str, inst: &Value) -> Vec<Value> {
    let defs = state.engine.definitions();
    inst["machine_translations"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(field, t)| {
            let label = defs
                .workflows
                .get(workflow)
                .and_then(|w| w.fields.get(field))
                .map(|f| state.pages.texts.get(lang, &f.label, &[]))
                .unwrap_or_else(|| field.clone());
            json!({"label": label, "written_in": t["written_in"], "text": t["machine_translation"]["text"]})
        })
        .collect()
}

/// Takes an action with the posted form; back to the request, or the page
/// again with the refusal next to the fields.
pub async fn act(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path((id, action)): Path<(u64, String)>,
    body: Bytes,
) -> Response {
    let path = format!("/requests/{id}");
    let (ctx, pairs) = match super::posted(&state, &headers, connect, &path, &body).await {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let read = api::get(&state, &ctx.caller, &format!("/api/instances/{id}")).await;
    let workflow = read.json["workflow"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let defs = state.engine.definitions();
    let Some(act): Option<&Action> = defs
        .workflows
        .get(&workflow)
        .and_then(|w| w.actions.get(&action))
    else {
        return error_page(
            &state,
            &ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            &action,
        );
    };
    let inputs = form::inputs_from_form(defs, act, &pairs);
    let answer = api::post(
        &state,
        &ctx.caller,
        &format!("/api/instances/{id}/actions/{action}"),
        &inputs,
    )
    .await;
    if answer.ok() {
        return Redirect::to(&super::back_to(&pairs, &path)).into_response();
    }
    let mut refusal = answer.json.clone();
    refusal["action"] = json!(action);
    show(
        &state,
        &ctx,
        id,
        StatusCode::UNPROCESSABLE_ENTITY,
        refusal,
        &pairs,
    )
    .await
}

/// The answered questions of each questionnaire section, as shown: choices
/// by their labels, yes/no in words, free text with its machine translation.
fn answer_sections(state: &WebState, lang: &str, id: u64, views: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    for view in views.as_array().into_iter().flatten() {
        for section in view["sections"].as_array().into_iter().flatten() {
            let rows: Vec<Value> = section["questions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|q| answer_row(state, lang, id, q))
                .collect();
            if !rows.is_empty() {
                out.push(json!({"title": section["title"], "rows": rows}));
            }
        }
    }
    out
}

fn answer_row(state: &WebState, lang: &str, id: u64, q: &Value) -> Option<Value> {
    let texts = &state.pages.texts;
    let items: Vec<Value> = q["items"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|item| {
            let rows: Vec<Value> = item
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|i| answer_row(state, lang, id, i))
                .collect();
            json!(rows)
        })
        .collect();
    let shown = match &q["answer"] {
        Value::Null if items.is_empty() => return None,
        Value::Null => String::new(),
        Value::Bool(b) => texts.get(lang, if *b { "web-yes" } else { "web-no" }, &[]),
        Value::String(s) if q["choice_labels"].is_array() => {
            let labels: Vec<&str> = q["choice_labels"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if labels.is_empty() {
                s.clone()
            } else {
                labels.join(", ")
            }
        }
        Value::String(s) => s.clone(),
        Value::Array(_) => q["choice_labels"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    };
    // An attached file: a link that downloads it (the API decides who may).
    let file = (q["type"] == "file")
        .then(|| q["answer"].as_str()?.split_once('/'))
        .flatten()
        .map(|(file, name)| json!({"href": format!("/api/instances/{id}/files/{file}"), "name": name}));
    Some(json!({
        "id": q["id"],
        "label": q["label"],
        "shown": shown,
        "file": file,
        "personal_data": q["personal_data"],
        "written_in": q["written_in"],
        "machine_translation": q["machine_translation"]["text"],
        "untranslated": q["machine_translation"].is_object() && q["machine_translation"]["text"].is_null(),
        "items": items,
    }))
}
