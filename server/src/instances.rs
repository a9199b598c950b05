//! The workflow API: read an instance (as much as [`crate::authz`] lets
//! the caller see), its audit trail and the actions the caller may take;
//! take an action or start an instance. Every decision on who may act is
//! the engine's, from the definitions; the server only fills the inputs it
//! generates (a new account's user id and temporary password).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use imi_engine::model::Action;
use imi_engine::runtime::Outcome;
use imi_engine::{Actor, InstanceId};
use imi_expr::Value;
use serde::Serialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::authz::{self, View};
use crate::json::{self, JsonBody};
use crate::login::{blocking, err, internal, session_actor};
use crate::{AppError, AppState};

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(read_instance))
        .routes(routes!(read_audit))
        .routes(routes!(reveal_personal_data))
        .routes(routes!(allowed_actions))
        .routes(routes!(take_action))
        .routes(routes!(start_instance))
        .routes(routes!(read_authority))
        .routes(routes!(read_area_settings))
        .routes(routes!(read_checklist))
}

fn not_found() -> AppError {
    err(StatusCode::NOT_FOUND, "not_found", "no such instance")
}

/// The instance and what the caller may read of it; unknown and invisible
/// instances alike are 404.
pub(crate) fn visible(
    state: &AppState,
    actor: &Actor,
    id: InstanceId,
) -> Result<(imi_engine::Instance, View), AppError> {
    let inst = state.engine.instance(id)?.ok_or_else(not_found)?;
    let view = authz::view(&state.engine, actor, &inst).ok_or_else(not_found)?;
    Ok((inst, view))
}

fn unknown_authority(id: &str) -> AppError {
    err(
        StatusCode::NOT_FOUND,
        "unknown_authority",
        &format!("no authority `{id}`"),
    )
}

/// Authority `id` and what `actor` reads of it; unknown and invisible
/// authorities alike are 404.
fn visible_authority(
    state: &AppState,
    actor: &Actor,
    id: &str,
) -> Result<(imi_engine::Instance, View), AppError> {
    let inst = state
        .engine
        .authority(id)
        .ok_or_else(|| unknown_authority(id))?;
    let view = authz::view(&state.engine, actor, &inst).ok_or_else(|| unknown_authority(id))?;
    Ok((inst, view))
}

/// `inst` as far as `actor` may see it (`None`: not at all).
fn shown(
    state: &AppState,
    actor: &Actor,
    inst: imi_engine::Instance,
) -> Option<Json<serde_json::Value>> {
    let view = authz::view(&state.engine, actor, &inst)?;
    Some(Json(authz::render(&state.engine, &inst, view)))
}

/// An instance: parties read everything (and, under
/// `machine_translations`, the free-text fields written in another
/// language, machine-translated into theirs); every user reads a public
/// one's fields that are not personal data; coordinators and linked
/// authorities read its state, dates, parties and area.
#[utoipa::path(get, path = "/instances/{id}", tag = "workflows",
    params(("id" = u64, Path, description = "instance id")),
    responses(
        (status = OK, description = "the instance, as far as the caller may see it"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn read_instance(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<u64>,
) -> Result<Json<serde_json::Value>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let (inst, view) = visible(&state, &actor, id)?;
        let mut out = authz::render(&state.engine, &inst, view);
        // Free text written in another language than the reader's, with
        // its machine translation (parties only: they read the fields).
        if let (View::Full, Some(reader), Some(obj)) = (
            view,
            crate::search::account_language(&state, &actor),
            out.as_object_mut(),
        ) {
            let translations = crate::translation::field_translations(&state, &inst, &reader);
            if !translations.is_empty() {
                obj.insert(
                    "machine_translations".into(),
                    serde_json::to_value(translations).map_err(internal)?,
                );
            }
        }
        Ok(Json(out))
    })
    .await
}

/// An authority's profile, by authority id.
#[utoipa::path(get, path = "/authorities/{id}", tag = "workflows",
    params(("id" = String, Path, description = "authority id, e.g. EE-0001")),
    responses(
        (status = OK, description = "the authority, as far as the caller may see it"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn read_authority(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let (inst, view) = visible_authority(&state, &actor, &id)?;
        Ok(Json(authz::render(&state.engine, &inst, view)))
    })
    .await
}

/// The instance that holds an authority's settings for a legislative area
/// (its access to the area, per the directory's `settings` key), as far as
/// the caller may see it, with the actions the caller may take on it
/// (change the settings, the approval, …).
#[utoipa::path(get, path = "/authorities/{id}/areas/{area}", tag = "workflows",
    params(("id" = String, Path, description = "authority id, e.g. EE-0001"),
           ("area" = String, Path, description = "legislative area id")),
    responses(
        (status = OK, description = "the settings instance and `actions`"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn read_area_settings(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((id, area)): Path<(String, String)>,
) -> Result<Json<serde_json::Value>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let unknown = || {
            err(
                StatusCode::NOT_FOUND,
                "no_settings",
                &format!("authority `{id}` has no settings for area `{area}`"),
            )
        };
        let defs = state.engine.definitions();
        let key = defs
            .directory
            .as_ref()
            .and_then(|d| d.settings.clone())
            .ok_or_else(unknown)?;
        let value = Value::List(vec![Value::String(id.clone()), Value::String(area.clone())]);
        let found = state.engine.find(&key.workflow, &key.key, &value)?;
        let inst = match found.first() {
            Some(i) => state.engine.instance(*i)?.ok_or_else(unknown)?,
            None => return Err(unknown()),
        };
        let instance = inst.id;
        let Json(mut out) = shown(&state, &actor, inst).ok_or_else(unknown)?;
        let actions = state.engine.allowed_actions(instance, &actor)?;
        if let Some(obj) = out.as_object_mut() {
            obj.insert("actions".into(), serde_json::json!(actions));
        }
        Ok(Json(out))
    })
    .await
}

/// One step of an authority's checklist.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ChecklistStep {
    pub id: String,
    /// In the caller's language.
    pub label: String,
    /// Done according to the data; null: for the user to check.
    pub done: Option<bool>,
}

/// An authority's setup checklist (R-SETUP, `application.checklist`), for
/// those who read all of its record (its users, its coordinator).
#[utoipa::path(get, path = "/authorities/{id}/checklist", tag = "workflows",
    params(("id" = String, Path, description = "authority id, e.g. EE-0001")),
    responses(
        (status = OK, body = Vec<ChecklistStep>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn read_checklist(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Json<Vec<ChecklistStep>>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let (inst, view) = visible_authority(&state, &actor, &id)?;
        if view != View::Full {
            return Err(unknown_authority(&id));
        }
        let lang = crate::search::account_language(&state, &actor).unwrap_or_else(|| "en".into());
        let defs = state.engine.definitions();
        Ok(Json(
            state
                .engine
                .checklist(&inst)?
                .into_iter()
                .map(|s| ChecklistStep {
                    label: defs.text(&lang, &s.label).unwrap_or(&s.id).to_string(),
                    id: s.id,
                    done: s.done,
                })
                .collect(),
        ))
    })
    .await
}

/// The audit trail (who did what when; personal data masked). For the
/// instance's parties only.
#[utoipa::path(get, path = "/instances/{id}/audit", tag = "workflows",
    params(("id" = u64, Path, description = "instance id")),
    responses(
        (status = OK, description = "the audit records, oldest first"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn read_audit(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<u64>,
) -> Result<Json<serde_json::Value>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let (_, view) = visible(&state, &actor, id)?;
        if view != View::Full {
            return Err(not_found());
        }
        // Values as plain JSON (`"nurse"`, `{"family_name": …}`), as the
        // instance itself is shown.
        let records = state
            .engine
            .audit(id)?
            .into_iter()
            .map(|r| {
                let mut v = serde_json::to_value(&r).map_err(internal)?;
                v["inputs"] = r
                    .inputs
                    .iter()
                    .map(|(k, x)| (k.clone(), json::plain(x)))
                    .collect::<serde_json::Map<_, _>>()
                    .into();
                v["guard_saw"] = r
                    .guard_saw
                    .iter()
                    .map(|(k, x)| (k.clone(), json::plain(x)))
                    .collect::<serde_json::Map<_, _>>()
                    .into();
                Ok(v)
            })
            .collect::<Result<Vec<_>, AppError>>()?;
        Ok(Json(serde_json::Value::Array(records)))
    })
    .await
}

/// The actions the caller may take on the instance now.
#[utoipa::path(get, path = "/instances/{id}/actions", tag = "workflows",
    params(("id" = u64, Path, description = "instance id")),
    responses(
        (status = OK, body = Vec<String>),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
    ))]
async fn allowed_actions(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<u64>,
) -> Result<Json<Vec<String>>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        visible(&state, &actor, id)?;
        Ok(Json(state.engine.allowed_actions(id, &actor)?))
    })
    .await
}

/// What an action or start did.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Taken {
    pub instance: u64,
    pub state: String,
    /// Instances the action created.
    pub spawned: Vec<u64>,
    /// The user id of an account it created: tell it to the user yourself;
    /// it is never e-mailed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}

/// Take an action. The body holds its inputs.
#[utoipa::path(post, path = "/instances/{id}/actions/{action}", tag = "workflows",
    params(("id" = u64, Path, description = "instance id"), ("action" = String, Path, description = "action name")),
    request_body(content = Object, description = "the action's inputs"),
    responses(
        (status = OK, body = Taken),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = FORBIDDEN, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
        (status = CONFLICT, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn take_action(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((id, action)): Path<(u64, String)>,
    JsonBody(body): JsonBody<serde_json::Map<String, serde_json::Value>>,
) -> Result<Json<Taken>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let inst = state.engine.instance(id)?.ok_or_else(not_found)?;
        let wf = state
            .engine
            .workflow_version(&inst.workflow, &inst.version)?;
        let Some(act) = wf.actions.get(&action) else {
            return Err(err(
                StatusCode::NOT_FOUND,
                "unknown_action",
                &format!("`{}` has no action `{action}`", wf.id),
            ));
        };
        run(&state, &actor, &wf.id, act, &body, Some(id)).map(Json)
    })
    .await
}

/// Reach blocked personal data (R-PRIVACY): takes the workflow's reveal
/// action with the body as its inputs (a justification, as the workflow
/// asks), which the audit trail records, and answers the whole instance.
#[utoipa::path(post, path = "/instances/{id}/personal-data", tag = "workflows",
    params(("id" = u64, Path, description = "instance id")),
    request_body(content = Object, description = "the reveal action's inputs, e.g. a justification"),
    responses(
        (status = OK, description = "the instance with its personal data"),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = FORBIDDEN, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
        (status = CONFLICT, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn reveal_personal_data(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<u64>,
    JsonBody(body): JsonBody<serde_json::Map<String, serde_json::Value>>,
) -> Result<Json<serde_json::Value>, AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let (inst, view) = visible(&state, &actor, id)?;
        if view != View::Full {
            return Err(not_found());
        }
        let Some(reveal) = state.engine.personal_data_blocked(&inst) else {
            return Err(err(
                StatusCode::CONFLICT,
                "not_blocked",
                "the personal data of this instance is not blocked: read it with GET",
            ));
        };
        let wf = state
            .engine
            .workflow_version(&inst.workflow, &inst.version)?;
        let Some(act) = wf.actions.get(&reveal) else {
            return Err(not_found());
        };
        run(&state, &actor, &wf.id, act, &body, Some(id))?;
        let inst = state.engine.instance(id)?.ok_or_else(not_found)?;
        Ok(Json(authz::render_revealed(&state.engine, &inst)))
    })
    .await
}

/// Start an instance of a workflow. The body holds the start's inputs.
#[utoipa::path(post, path = "/workflows/{workflow}/starts/{start}", tag = "workflows",
    params(("workflow" = String, Path, description = "workflow id"), ("start" = String, Path, description = "start name")),
    request_body(content = Object, description = "the start's inputs"),
    responses(
        (status = CREATED, body = Taken),
        (status = UNAUTHORIZED, body = crate::ErrorBody),
        (status = FORBIDDEN, body = crate::ErrorBody),
        (status = NOT_FOUND, body = crate::ErrorBody),
        (status = CONFLICT, body = crate::ErrorBody),
        (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    ))]
async fn start_instance(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path((workflow, start)): Path<(String, String)>,
    JsonBody(body): JsonBody<serde_json::Map<String, serde_json::Value>>,
) -> Result<(StatusCode, Json<Taken>), AppError> {
    blocking(move || {
        let actor = session_actor(&state, &headers)?;
        let defs = state.engine.definitions();
        let act = defs
            .workflows
            .get(&workflow)
            .and_then(|w| w.starts.get(&start))
            .ok_or_else(|| {
                err(
                    StatusCode::NOT_FOUND,
                    "unknown_action",
                    &format!("no start `{start}` of workflow `{workflow}`"),
                )
            })?;
        let taken = run(&state, &actor, &workflow, act, &body, None)?;
        Ok((StatusCode::CREATED, Json(taken)))
    })
    .await
}

/// Takes `action` (a start when `on` is `None`) with the caller's inputs.
/// When the action creates an account (it has the account binding's user-id
/// and password inputs), the server generates both, and keeps the password's
/// hash once the engine has created the account.
pub(crate) fn run(
    state: &AppState,
    actor: &Actor,
    workflow: &str,
    action: &Action,
    body: &serde_json::Map<String, serde_json::Value>,
    on: Option<InstanceId>,
) -> Result<Taken, AppError> {
    let b = state.engine.definitions().accounts.clone();
    let (mut generated, mut creates_account) = (Vec::new(), false);
    if let Some(b) = &b {
        let has = |i: &str| action.inputs.contains_key(i);
        if has(&b.password_input) && !has(&b.user_id_input) {
            return Err(err(
                StatusCode::CONFLICT,
                "use_reset",
                "this action issues a temporary password: use POST /api/users/{user_id}/reset",
            ));
        }
        if has(&b.password_input) {
            creates_account = true;
            generated = vec![b.user_id_input.as_str(), b.password_input.as_str()];
        }
    }
    let mut inputs: BTreeMap<String, Value> =
        json::inputs(state.engine.definitions(), action, body, &generated)?;
    let mut new_account = None;
    if let (true, Some(b), Actor::User { authority, .. }) = (creates_account, &b, actor) {
        let user_id = crate::users::free_user_id(state, b, authority)?;
        let temporary = imi_accounts::temporary_password().map_err(internal)?;
        inputs.insert(b.user_id_input.clone(), Value::String(user_id.clone()));
        inputs.insert(b.password_input.clone(), Value::String(temporary.clone()));
        new_account = Some((user_id, temporary));
    }
    let answers: Vec<(String, Value)> = action
        .inputs
        .iter()
        .filter_map(|(name, i)| {
            Some((
                i.answers.as_ref()?.questionnaire.clone(),
                inputs.get(name)?.clone(),
            ))
        })
        .collect();
    let before = match on {
        Some(id) => state.engine.instance(id)?.map(|i| i.fields),
        None => None,
    }
    .unwrap_or_default();
    let out: Outcome = match on {
        None => state
            .engine
            .start(workflow, Some(&action.id), actor, inputs)?,
        Some(id) => state.engine.act(id, &action.id, actor, inputs)?,
    };
    for (questionnaire, value) in &answers {
        crate::translation::record_origins(state, actor, out.instance, questionnaire, value);
    }
    if let Some(after) = state.engine.instance(out.instance)? {
        crate::translation::record_field_origins(state, actor, &before, &after);
    }
    let mut user_id = None;
    if let (Some((id, temporary)), Some(b)) = (new_account, &b) {
        // Only once the account exists does its password.
        let account = crate::login::account(state, b, &id)?
            .ok_or_else(|| internal("the new account was not created"))?;
        state
            .credentials
            .set_temporary(account, &temporary)
            .map_err(internal)?;
        user_id = Some(id);
    }
    Ok(Taken {
        instance: out.instance,
        state: out.state,
        spawned: out.spawned,
        user_id,
    })
}
