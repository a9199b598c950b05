//! Users registered by their authority's local data administrator (R-LOGIN):
//! the server generates the user id (shown to the administrator, who tells
//! it out of band; never e-mailed) and the temporary password (e-mailed by
//! the account workflow). Who may register is the workflow's rule.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use imi_engine::Actor;
use imi_expr::Value;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::authz;
use crate::instances::run;
use crate::json::JsonBody;
use crate::login::{account, binding, blocking, err, internal, session_actor};
use crate::{AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register_user, list_users))
        .routes(routes!(reset_password))
}

/// A registered user.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Registered {
    /// Tell it to the user yourself: it is never e-mailed.
    pub user_id: String,
    /// The account instance.
    pub account: u64,
}

/// Register a user of your authority. The body holds the inputs of the
/// account workflow's register start (name, e-mail, language, roles, …),
/// except the user id and temporary password, which the server generates.
#[utoipa::path(post, path = "/users", tag = "users",
    request_body(content = Object, description = "inputs of the register start"),
    responses(
        (status = CREATED, body = Registered),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = FORBIDDEN, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn register_user(
    State(state): State<AppState>,
    headers: HeaderMap,
    JsonBody(body): JsonBody<serde_json::Map<String, serde_json::Value>>,
) -> Result<(StatusCode, Json<Registered>), AppError> {
    blocking(move || {
        let b = binding(&state)?;
        let actor = session_actor(&state, &headers)?;
        let defs = state.engine.definitions();
        let start = defs
            .workflows
            .get(&b.workflow)
            .and_then(|w| w.starts.get(&b.register))
            .ok_or_else(|| internal("the bound register start is missing"))?;
        let taken = run(&state, &actor, &b.workflow, start, &body, None)?;
        Ok((
            StatusCode::CREATED,
            Json(Registered {
                user_id: taken.user_id.unwrap_or_default(),
                account: taken.instance,
            }),
        ))
    })
    .await
}

/// A user id no account has, with the country of `authority` as prefix.
pub(crate) fn free_user_id(
    state: &AppState,
    b: &imi_engine::raw::AccountsBinding,
    authority: &str,
) -> Result<String, AppError> {
    let prefix = state
        .engine
        .authority_country(authority)
        .unwrap_or_else(|| "IMI".into());
    for _ in 0..20 {
        let candidate = imi_accounts::user_id(&prefix).map_err(internal)?;
        if account(state, b, &candidate)?.is_none() {
            return Ok(candidate);
        }
    }
    Err(internal("no free user id"))
}

/// The accounts of the caller's authority (as far as the caller may read them).
#[utoipa::path(get, path = "/users", tag = "users",
    responses(
        (status = OK, description = "the accounts of your authority"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
    ))]
async fn list_users(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Vec<serde_json::Value>>, AppError> {
    blocking(move || {
        let b = binding(&state)?;
        let actor = session_actor(&state, &headers)?;
        let Actor::User { authority, .. } = &actor else {
            return Err(crate::login::not_logged_in());
        };
        let Some(key) = &b.by_authority else {
            return Ok(Json(Vec::new()));
        };
        let mut out = Vec::new();
        for id in state
            .engine
            .find(&b.workflow, key, &Value::String(authority.clone()))?
        {
            if let Some(inst) = state.engine.instance(id)? {
                if let Some(view) = authz::view(&state.engine, &actor, &inst) {
                    out.push(authz::render(&state.engine, &inst, view));
                }
            }
        }
        Ok(Json(out))
    })
    .await
}

/// Issue a new temporary password (also unblocks a blocked account). The
/// user keeps the user id; the old password and security code stop working.
/// Who may reset whom is the account workflow's rule.
#[utoipa::path(post, path = "/users/{user_id}/reset", tag = "users",
    params(("user_id" = String, Path, description = "the user's id")),
    responses(
        (status = OK, description = "a new temporary password was e-mailed to the user"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = FORBIDDEN, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn reset_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(user_id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    blocking(move || {
        let b = binding(&state)?;
        let actor = session_actor(&state, &headers)?;
        let id = account(&state, &b, &user_id)?
            .ok_or_else(|| err(StatusCode::NOT_FOUND, "unknown_user", "no such user"))?;
        let allowed = state.engine.allowed_actions(id, &actor)?;
        // The first reset the caller may take; if none, the first one, whose
        // refusal says why.
        let action = b
            .resets
            .iter()
            .find(|r| allowed.contains(r))
            .or(b.resets.first())
            .ok_or_else(|| {
                err(
                    StatusCode::NOT_FOUND,
                    "not_configured",
                    "the definitions bind no reset",
                )
            })?;
        let temporary = imi_accounts::temporary_password().map_err(internal)?;
        let inputs = BTreeMap::from([(b.password_input.clone(), Value::String(temporary.clone()))]);
        state.engine.act(id, action, &actor, inputs)?;
        state
            .credentials
            .set_temporary(id, &temporary)
            .map_err(internal)?;
        Ok(Json(
            serde_json::json!({ "status": "temporary_password_sent" }),
        ))
    })
    .await
}
