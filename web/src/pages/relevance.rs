//! Which questions a form asks given what is typed in it: for the pages'
//! script, which shows and hides questions as answers change. The
//! questionnaire's rules are evaluated here, as when the page is drawn.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::request::form;
use crate::api::{self, ClientAddr};
use crate::WebState;

#[derive(Deserialize, Default)]
pub struct On {
    /// The instance whose answers the form adds to (none: a new one).
    #[serde(default)]
    instance: Option<u64>,
}

pub async fn asked(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Path((workflow, action)): Path<(String, String)>,
    Query(on): Query<On>,
    body: Bytes,
) -> Response {
    // (A refused token or session: a bare 403, for the script.)
    let Ok((ctx, pairs)) = super::posted(&state, &headers, connect, "/", &body).await else {
        return StatusCode::FORBIDDEN.into_response();
    };
    let defs = state.engine.definitions();
    let Some(action) = defs
        .workflows
        .get(&workflow)
        .and_then(|w| w.actions.get(&action).or_else(|| w.starts.get(&action)))
    else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let instance = match on.instance {
        Some(id) => {
            let read = api::get(&state, &ctx.caller, &format!("/api/instances/{id}")).await;
            if !read.ok() {
                return StatusCode::NOT_FOUND.into_response();
            }
            read.json
        }
        None => Value::Null,
    };
    let drawn = form::action_form(&state, &ctx.lang, action, &instance, &pairs, &[]);
    Json(json!(form::asked_names(&drawn))).into_response()
}
