//! Compose a request: choose the kind of request (one per legislative
//! area: the workflows whose `create` start takes the requester's answers),
//! then fill the form generated from the start's inputs and the
//! questionnaire, and save it as a draft or send it.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use serde_json::{json, Value};

use super::request::form;
use super::{context, error_page, page_with_status, to_login, Ctx};
use crate::api::{self, ClientAddr};
use crate::WebState;

/// The start that writes a request.
const START: &str = "create";

#[derive(Deserialize, Default)]
pub struct Choice {
    #[serde(default)]
    workflow: String,
    #[serde(default)]
    responder: String,
}

pub async fn new(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Query(choice): Query<Choice>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/requests/new").await;
    if ctx.session.is_none() {
        return to_login();
    }
    let typed = if choice.responder.is_empty() {
        Vec::new()
    } else {
        vec![("responder".to_string(), choice.responder.clone())]
    };
    render(
        &state,
        &ctx,
        &choice.workflow,
        &choice.responder,
        StatusCode::OK,
        json!({}),
        &typed,
    )
}

/// The workflows that write requests with a questionnaire, by label.
fn request_workflows(state: &WebState, lang: &str) -> Vec<Value> {
    let defs = state.engine.definitions();
    defs.workflows
        .values()
        .filter(|w| {
            w.starts
                .get(START)
                .is_some_and(|s| s.inputs.values().any(|i| i.answers.is_some()))
        })
        .map(|w| json!({"id": w.id, "label": super::workflow_label(state, lang, &w.id)}))
        .collect()
}

fn render(
    state: &WebState,
    ctx: &Ctx,
    workflow: &str,
    responder: &str,
    status: StatusCode,
    refusal: Value,
    typed: &[(String, String)],
) -> Response {
    let defs = state.engine.definitions();
    let start = defs
        .workflows
        .get(workflow)
        .and_then(|w| w.starts.get(START));
    let Some(start) = start else {
        let data =
            json!({"workflows": request_workflows(state, &ctx.lang), "responder": responder});
        return page_with_status(state, ctx, status, "compose", "web-compose-title", data);
    };
    let questionnaire = start
        .inputs
        .values()
        .find_map(|i| i.answers.as_ref())
        .and_then(|a| defs.questionnaires.get(&a.questionnaire).cloned());
    let problems = super::refusal::problems(state, &ctx.lang, questionnaire.as_deref(), &refusal);
    let summary = super::refusal::summary(state, &ctx.lang, Some(start), &refusal);
    let form = form::action_form(state, &ctx.lang, start, &json!({}), typed, &problems);
    let data = json!({
        "workflow": workflow,
        "workflow_label": super::workflow_label(state, &ctx.lang, workflow),
        "form": form,
        "refused": refusal.get("code").is_some(),
        "summary": summary,
        "problems": super::refusal::listed(questionnaire.as_deref(), &ctx.lang, &problems),
    });
    page_with_status(state, ctx, status, "compose", "web-compose-title", data)
}

/// Creates the draft; with `intent=send`, sends it too.
pub async fn create(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path(workflow): Path<String>,
    body: Bytes,
) -> Response {
    let (ctx, pairs) = match super::posted(&state, &headers, connect, "/requests/new", &body).await
    {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let value = |k: &str| super::field_value(&pairs, k);
    let defs = state.engine.definitions();
    let Some(start) = defs
        .workflows
        .get(&workflow)
        .and_then(|w| w.starts.get(START))
    else {
        return error_page(
            &state,
            &ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            &workflow,
        );
    };
    let inputs = form::inputs_from_form(defs, start, &pairs);
    let created = api::post(
        &state,
        &ctx.caller,
        &format!("/api/workflows/{workflow}/starts/{START}"),
        &inputs,
    )
    .await;
    if !created.ok() {
        let mut refusal = created.json.clone();
        refusal["action"] = json!(START);
        return render(
            &state,
            &ctx,
            &workflow,
            "",
            StatusCode::UNPROCESSABLE_ENTITY,
            refusal,
            &pairs,
        );
    }
    let Some(id) = created.json["instance"].as_u64() else {
        return error_page(
            &state,
            &ctx,
            StatusCode::INTERNAL_SERVER_ERROR,
            "web-error-not-found",
            "",
        );
    };
    if value("intent") == "send" {
        // Send takes the same answers (and deadline) as the draft's form.
        let send = defs
            .workflows
            .get(&workflow)
            .and_then(|w| w.actions.get("send"));
        if let Some(send) = send {
            let inputs = form::inputs_from_form(defs, send, &pairs);
            let sent = api::post(
                &state,
                &ctx.caller,
                &format!("/api/instances/{id}/actions/send"),
                &inputs,
            )
            .await;
            if !sent.ok() {
                let mut refusal = sent.json.clone();
                refusal["action"] = json!("send");
                return super::request::show(
                    &state,
                    &ctx,
                    id,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    refusal,
                    &pairs,
                )
                .await;
            }
        }
    }
    Redirect::to(&format!("/requests/{id}")).into_response()
}
