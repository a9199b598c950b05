//! My tasks: what awaits the user, soonest due first, overdue marked.

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use serde_json::{json, Value};

use super::{context, page, to_login};
use crate::api;
use crate::api::ClientAddr;
use crate::WebState;

pub async fn tasks(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
) -> Response {
    let ctx = context(&state, &headers, connect, "/tasks").await;
    if ctx.session.is_none() {
        return to_login();
    }
    let answer = api::get(&state, &ctx.caller, "/api/tasks").await;
    let mut tasks: Vec<Value> = answer.json.as_array().cloned().unwrap_or_default();
    // Labels in the page's language (the API words them in the account's).
    for t in &mut tasks {
        let workflow = t["workflow"].as_str().unwrap_or_default().to_string();
        let state_id = t["state"].as_str().unwrap_or_default().to_string();
        t["workflow_label"] = json!(super::workflow_label(&state, &ctx.lang, &workflow));
        t["state_label"] = json!(super::state_label(&state, &ctx.lang, &workflow, &state_id));
    }
    page(
        &state,
        &ctx,
        "tasks",
        "web-tasks-title",
        json!({"tasks": tasks, "count": tasks.len()}),
    )
}
