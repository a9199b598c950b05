//! My authority (for its local data administrator, and read by its other
//! users): its profile and its settings per legislative area (each a record
//! whose page offers the actions the user may take), its user accounts, and
//! registering a user.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use imi_engine::raw::PackageKind;
use serde_json::{json, Value};

use super::request::form;
use super::{context, page_with_status, to_login, Ctx};
use crate::api::{self, ClientAddr};
use crate::WebState;

pub async fn admin(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
) -> Response {
    let ctx = context(&state, &headers, connect, "/admin").await;
    if ctx.session.is_none() {
        return to_login();
    }
    render(&state, &ctx, StatusCode::OK, json!({}), &[]).await
}

/// The register start's form, without the inputs the server generates.
fn register_form(
    state: &WebState,
    lang: &str,
    typed: &[(String, String)],
    problems: &[(String, String)],
) -> Option<Value> {
    let defs = state.engine.definitions();
    let b = defs.accounts.as_ref()?;
    let start = defs.workflows.get(&b.workflow)?.starts.get(&b.register)?;
    let mut f = form::action_form(state, lang, start, &json!({}), typed, problems);
    if let Some(fields) = f["fields"].as_array_mut() {
        fields.retain(|x| {
            x["name"] != b.user_id_input.as_str() && x["name"] != b.password_input.as_str()
        });
    }
    Some(f)
}

async fn render(
    state: &WebState,
    ctx: &Ctx,
    status: StatusCode,
    outcome: Value,
    typed: &[(String, String)],
) -> Response {
    let lang = &ctx.lang;
    let texts = &state.pages.texts;
    let me = ctx
        .session
        .as_ref()
        .and_then(|s| s["parties"].as_object())
        .and_then(|p| p.values().next())
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let authority = api::get(state, &ctx.caller, &format!("/api/authorities/{me}")).await;
    let defs = state.engine.definitions();
    let mut areas = Vec::new();
    for p in defs
        .packages
        .values()
        .filter(|p| p.kind == PackageKind::LegislativeArea)
    {
        let read = api::get(
            state,
            &ctx.caller,
            &format!("/api/authorities/{me}/areas/{}", p.id),
        )
        .await;
        if !read.ok() {
            continue;
        }
        let workflow = read.json["workflow"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        areas.push(json!({
            "label": texts.get(lang, &p.name, &[]),
            "instance": read.json["id"],
            "state": super::state_label(state, lang, &workflow, read.json["state"].as_str().unwrap_or_default()),
            "can_change": read.json["actions"].as_array().is_some_and(|a| !a.is_empty()),
        }));
    }
    let checklist = api::get(
        state,
        &ctx.caller,
        &format!("/api/authorities/{me}/checklist"),
    )
    .await;
    let checklist: Vec<Value> = checklist
        .json
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            // The text in the page's language (the API words it in the account's).
            let label = texts.get(
                lang,
                &format!("checklist-{}", s["id"].as_str().unwrap_or_default()),
                &[],
            );
            json!({"id": s["id"], "label": label, "done": s["done"], "manual": s["done"].is_null()})
        })
        .collect();
    let users = api::get(state, &ctx.caller, "/api/users").await;
    // The account fields shown, as the accounts binding names them.
    let (user_id_field, name_field, roles_field) = match &defs.accounts {
        Some(b) => (
            b.user_id.clone().unwrap_or_default(),
            b.name.clone().unwrap_or_default(),
            b.roles_field.clone(),
        ),
        None => Default::default(),
    };
    let users: Vec<Value> = users
        .json
        .as_array()
        .into_iter()
        .flatten()
        .map(|u| {
            let workflow = u["workflow"].as_str().unwrap_or_default();
            json!({
                "instance": u["id"],
                "user_id": u["fields"][&user_id_field],
                "name": u["fields"][&name_field],
                "roles": u["fields"][&roles_field].as_array().map(|r| r.iter().filter_map(Value::as_str).map(|g| role_label(state, lang, g)).collect::<Vec<_>>().join(", ")),
                "state": super::state_label(state, lang, workflow, u["state"].as_str().unwrap_or_default()),
            })
        })
        .collect();
    let problems = super::refusal::problems(state, lang, None, &outcome);
    let summary = super::refusal::summary(state, lang, None, &outcome);
    let data = json!({
        "authority": me,
        "authority_instance": authority.json["id"],
        "areas": areas,
        "checklist": checklist,
        "users": users,
        "register": register_form(state, lang, typed, &problems),
        "registered": outcome["user_id"],
        "refused": outcome.get("code").is_some(),
        "summary": summary,
        "problems": super::refusal::listed(None, lang, &problems),
    });
    page_with_status(state, ctx, status, "admin", "web-admin-title", data)
}

/// A role grant (`request_handler`, `request_handler@services`) in words:
/// the role's name, and the legislative area's when it is limited to one.
fn role_label(state: &WebState, lang: &str, grant: &str) -> String {
    let defs = state.engine.definitions();
    let texts = &state.pages.texts;
    let (role, area) = match grant.split_once('@') {
        Some((r, a)) => (r, Some(a)),
        None => (grant, None),
    };
    let name = defs
        .roles
        .get(role)
        .map(|r| texts.get(lang, &r.label, &[]))
        .unwrap_or_else(|| role.to_string());
    match area.map(|a| {
        defs.packages
            .get(a)
            .map(|p| texts.get(lang, &p.name, &[]))
            .unwrap_or_else(|| a.to_string())
    }) {
        Some(area) => format!("{name} ({area})"),
        None => name,
    }
}

/// Registers a user: the server generates the user id (shown here, never
/// e-mailed) and e-mails a temporary password.
pub async fn register(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    body: Bytes,
) -> Response {
    let (ctx, pairs) = match super::posted(&state, &headers, connect, "/admin", &body).await {
        Ok(x) => x,
        Err(r) => return *r,
    };
    let defs = state.engine.definitions();
    let Some(start) = defs
        .accounts
        .as_ref()
        .and_then(|b| defs.workflows.get(&b.workflow)?.starts.get(&b.register))
    else {
        return super::error_page(
            &state,
            &ctx,
            StatusCode::NOT_FOUND,
            "web-error-not-found",
            "",
        );
    };
    let mut inputs = form::inputs_from_form(defs, start, &pairs);
    if let (Some(obj), Some(b)) = (inputs.as_object_mut(), defs.accounts.as_ref()) {
        obj.remove(&b.user_id_input);
        obj.remove(&b.password_input);
    }
    let answer = api::post(&state, &ctx.caller, "/api/users", &inputs).await;
    if answer.ok() {
        render(&state, &ctx, StatusCode::OK, answer.json, &[]).await
    } else {
        render(
            &state,
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            answer.json,
            &pairs,
        )
        .await
    }
}
