//! The requests of my authority (every workflow with tasks), incoming and
//! outgoing by the party my authority is, filtered by status.

use std::collections::BTreeMap;

use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use imi_engine::raw::PartyKind;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{context, page, to_login};
use crate::api::{self, ClientAddr};
use crate::WebState;

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    party: String,
    #[serde(default)]
    state: String,
}

pub async fn requests(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Query(f): Query<Filter>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/requests").await;
    if ctx.session.is_none() {
        return to_login();
    }
    let defs = state.engine.definitions();
    let texts = &state.pages.texts;
    let lang = &ctx.lang;
    // The parties an authority can be, and the states, of the exchanges.
    let mut parties: BTreeMap<String, String> = BTreeMap::new();
    let mut states: BTreeMap<String, String> = BTreeMap::new();
    for wf in defs.workflows.values().filter(|w| w.tasks.is_some()) {
        for p in wf
            .parties
            .values()
            .filter(|p| p.kind == PartyKind::Authority)
        {
            parties
                .entry(p.id.clone())
                .or_insert_with(|| texts.get(lang, &p.label, &[]));
        }
        for s in wf.states.values().filter(|s| !s.is_final) {
            states
                .entry(s.id.clone())
                .or_insert_with(|| texts.get(lang, &s.label, &[]));
        }
    }
    let mut query: Vec<(&str, &str)> = Vec::new();
    if !f.party.is_empty() {
        query.push(("party", &f.party));
    }
    if !f.state.is_empty() {
        query.push(("state", &f.state));
    }
    let qs = serde_urlencoded::to_string(&query).unwrap_or_default();
    let answer = api::get(&state, &ctx.caller, &format!("/api/exchanges?{qs}")).await;
    let rows: Vec<Value> = answer
        .json
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            let workflow = e["workflow"].as_str().unwrap_or_default();
            json!({
                "instance": e["instance"],
                "workflow_label": super::workflow_label(&state, lang, workflow),
                "party_label": parties.get(e["party"].as_str().unwrap_or_default()).cloned().unwrap_or_default(),
                "state_label": super::state_label(&state, lang, workflow, e["state"].as_str().unwrap_or_default()),
                "due": e["due"],
                "overdue": e["overdue"],
                "updated": e["updated_at"].as_str().unwrap_or_default().get(..10).unwrap_or_default(),
            })
        })
        .collect();
    let option = |(id, label): (&String, &String), chosen: &str| json!({"id": id, "label": label, "selected": id == chosen});
    page(
        &state,
        &ctx,
        "requests",
        "web-requests-title",
        json!({
            "parties": parties.iter().map(|p| option(p, &f.party)).collect::<Vec<_>>(),
            "states": states.iter().map(|s| option(s, &f.state)).collect::<Vec<_>>(),
            "rows": rows,
            "count": rows.len(),
        }),
    )
}
