//! The pages of the definitions' lists (`application.lists`), one page per
//! group: e.g. my authority's linked authorities and request coordinators
//! with the forms to link more and the buttons to unlink, a coordinator's
//! approval queue, referrals and the authorities it coordinates. What is
//! listed, and who may do what, is the API's.

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::{json, Value};

use super::request::form;
use super::{context, error_page, page_with_status, to_login, Ctx};
use crate::api::{self, ClientAddr};
use crate::WebState;

/// The groups of lists, in the order first declared, labelled in `lang`
/// (for the menu).
pub fn groups(state: &WebState, lang: &str) -> Vec<Value> {
    let mut seen: Vec<Value> = Vec::new();
    for list in state.engine.definitions().lists.values() {
        if !seen.iter().any(|g| g["id"] == list.group.as_str()) {
            seen.push(json!({
                "id": list.group,
                "label": state.pages.texts.get(lang, &list.group_label, &[]),
            }));
        }
    }
    seen
}

pub async fn group(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path(group): Path<String>,
) -> Response {
    let ctx = context(&state, &headers, connect, &format!("/lists/{group}")).await;
    if ctx.session.is_none() {
        return to_login();
    }
    render(&state, &ctx, &group, StatusCode::OK, None).await
}

/// A start refused: which list's, what was typed, what the API said.
struct Refused<'a> {
    list: &'a str,
    typed: &'a [(String, String)],
    refusal: Value,
}

async fn render(
    state: &WebState,
    ctx: &Ctx,
    group: &str,
    status: StatusCode,
    refused: Option<Refused<'_>>,
) -> Response {
    let defs = state.engine.definitions();
    let Some(first) = defs.lists.values().find(|l| l.group == group) else {
        return error_page(
            state,
            ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            group,
        );
    };
    let lang = &ctx.lang;
    let texts = &state.pages.texts;
    let qs = serde_urlencoded::to_string([("group", group), ("lang", lang.as_str())])
        .unwrap_or_default();
    let answer = api::get(state, &ctx.caller, &format!("/api/lists?{qs}")).await;
    let mut lists = Vec::new();
    for list in answer.json.as_array().into_iter().flatten() {
        let id = list["id"].as_str().unwrap_or_default();
        let rows: Vec<Value> = list["rows"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| {
                let cells: Vec<Value> = r["cells"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|c| cell(state, lang, c))
                    .collect();
                json!({
                    "instance": r["instance"],
                    "workflow_label": r["workflow_label"],
                    "state_label": r["state_label"],
                    "cells": cells,
                    "actions": r["actions"],
                })
            })
            .collect();
        let failed = refused.as_ref().filter(|r| r.list == id);
        let start = start_form(state, lang, id, &list["start"], failed);
        lists.push(json!({
            "id": id,
            "label": list["label"],
            "columns": list["columns"],
            "rows": rows,
            "start": start,
        }));
    }
    let (summary, problems) = match &refused {
        Some(r) => {
            let problems = super::refusal::problems(state, lang, None, &r.refusal);
            (
                super::refusal::summary(state, lang, None, &r.refusal),
                super::refusal::listed(None, lang, &problems),
            )
        }
        None => (String::new(), Vec::new()),
    };
    let data = json!({
        "title": texts.get(lang, &first.group_label, &[]),
        "group": group,
        "lists": lists,
        "refused": refused.is_some(),
        "summary": summary,
        "problems": problems,
    });
    page_with_status(state, ctx, status, "lists", "web-lists-title", data)
}

/// A cell as shown: an authority by its name (its id beside it), a list
/// of values joined, a time without its seconds' fraction.
fn cell(state: &WebState, lang: &str, c: &Value) -> Value {
    let value = &c["value"];
    if let Some(name) = c["authority_name"].as_str() {
        return json!({"authority": value, "text": name});
    }
    if let Some(name) = c["area_name"].as_str() {
        return json!({"authority": null, "text": name});
    }
    let text = super::shown_value(state, lang, value).unwrap_or_default();
    json!({"authority": null, "text": text})
}

/// The form of a list's start (when the API offers it to the caller).
fn start_form(
    state: &WebState,
    lang: &str,
    list: &str,
    start: &Value,
    failed: Option<&Refused<'_>>,
) -> Option<Value> {
    let workflow = start["workflow"].as_str()?;
    let id = start["start"].as_str()?;
    let action = state
        .engine
        .definitions()
        .workflows
        .get(workflow)?
        .starts
        .get(id)?;
    let (typed, problems) = match failed {
        Some(r) => (
            r.typed,
            super::refusal::problems(state, lang, None, &r.refusal),
        ),
        None => (&[][..], Vec::new()),
    };
    let mut f = form::action_form(state, lang, action, &json!({}), typed, &problems);
    f["label"] = start["label"].clone();
    // Field ids are made of the form's: the list's id keeps them unique.
    f["id"] = json!(list);
    f["open"] = json!(failed.is_some());
    Some(f)
}

/// Takes a list's start with the posted form: back to the list's page,
/// or the page again with the refusal next to the fields.
pub async fn start(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path((group, list)): Path<(String, String)>,
    body: Bytes,
) -> Response {
    let path = format!("/lists/{group}");
    let (ctx, pairs) = match super::posted(&state, &headers, connect, &path, &body).await {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let defs = state.engine.definitions();
    let found = defs
        .lists
        .get(&list)
        .filter(|l| l.group == group)
        .and_then(|l| {
            let workflow = l.workflows.first()?;
            let start = l.start.as_ref()?;
            Some((
                workflow,
                start,
                defs.workflows.get(workflow)?.starts.get(start)?,
            ))
        });
    let Some((workflow, start, action)) = found else {
        return error_page(
            &state,
            &ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            &list,
        );
    };
    let inputs = form::inputs_from_form(defs, action, &pairs);
    let answer = api::post(
        &state,
        &ctx.caller,
        &format!("/api/workflows/{workflow}/starts/{start}"),
        &inputs,
    )
    .await;
    if answer.ok() {
        return Redirect::to(&path).into_response();
    }
    let mut refusal = answer.json;
    refusal["action"] = json!(start);
    render(
        &state,
        &ctx,
        &group,
        StatusCode::UNPROCESSABLE_ENTITY,
        Some(Refused {
            list: &list,
            typed: &pairs,
            refusal,
        }),
    )
    .await
}
