//! Login (R-LOGIN): user id and password, then either the choice of a
//! password and security code (first login, or after a reset) or 3
//! characters of the security code; then a session cookie. The rules of
//! the account (five wrong entries block) are the account workflow's: this
//! module checks credentials and takes the bound actions as `application`.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use imi_accounts::{Challenge, PasswordHash};
use imi_engine::raw::AccountsBinding;
use imi_engine::{Actor, InstanceId};
use imi_expr::Value;
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::credentials::{Credentials, PendingLogin, LOGIN_STEP};
use crate::{AppError, AppState};

pub const SESSION_COOKIE: &str = "imi_session";

pub(crate) fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(first_login))
        .routes(routes!(security_code))
        .routes(routes!(session))
        .routes(routes!(logout))
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct LoginRequest {
    pub user_id: String,
    pub password: String,
}

/// What the user must do next.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LoginStep {
    /// `choose_credentials` (first login, or after a reset) or `security_code`.
    pub next: &'static str,
    /// Pass it to the next step (valid 5 minutes, once).
    pub login: String,
    /// With `security_code`: the 1-based positions to type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub positions: Option<[usize; 3]>,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct FirstLoginRequest {
    pub login: String,
    pub password: String,
    pub security_code: String,
}

#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct CodeRequest {
    pub login: String,
    /// The characters at the positions asked, in order (case-sensitive).
    pub characters: String,
}

/// The logged-in user.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SessionInfo {
    pub user_id: String,
    /// The account instance.
    pub account: u64,
    pub state: String,
    /// Authority bound to each party of the account.
    pub parties: BTreeMap<String, String>,
}

enum Status {
    MustChoose,
    Active,
    Blocked,
}

pub(crate) fn err(status: StatusCode, code: &str, message: &str) -> AppError {
    AppError::new(status, "invalid_request", code, message)
}

fn wrong_credentials() -> AppError {
    err(
        StatusCode::UNAUTHORIZED,
        "wrong_credentials",
        "the user id or the password or code is wrong",
    )
}

fn blocked() -> AppError {
    err(
        StatusCode::FORBIDDEN,
        "account_blocked",
        "the account is blocked after five wrong entries; your local data administrator can issue a new temporary password",
    )
}

pub(crate) fn internal(e: impl std::fmt::Display) -> AppError {
    tracing::error!(error = %e, "login");
    AppError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "internal",
        "the server could not complete the request",
    )
}

pub(crate) fn binding(state: &AppState) -> Result<AccountsBinding, AppError> {
    state.engine.definitions().accounts.clone().ok_or_else(|| {
        err(
            StatusCode::SERVICE_UNAVAILABLE,
            "accounts_not_configured",
            "the definitions bind no account workflow",
        )
    })
}

fn status(state: &AppState, b: &AccountsBinding, id: InstanceId) -> Result<Status, AppError> {
    let allowed = state.engine.allowed_actions(id, &Actor::Application)?;
    Ok(if allowed.contains(&b.first_login) {
        Status::MustChoose
    } else if allowed.contains(&b.login_succeeded) {
        Status::Active
    } else {
        Status::Blocked
    })
}

pub(crate) fn account(
    state: &AppState,
    b: &AccountsBinding,
    user_id: &str,
) -> Result<Option<InstanceId>, AppError> {
    let key = Value::String(user_id.trim().to_lowercase());
    Ok(state
        .engine
        .find(&b.workflow, &b.key, &key)?
        .into_iter()
        .next())
}

/// A wrong entry: the account workflow counts it (and may block).
fn failed(state: &AppState, b: &AccountsBinding, id: InstanceId) -> AppError {
    if let Err(e) = state
        .engine
        .act(id, &b.login_failed, &Actor::Application, BTreeMap::new())
    {
        return AppError::from(e);
    }
    match status(state, b, id) {
        Ok(Status::Blocked) => blocked(),
        Ok(_) => wrong_credentials(),
        Err(e) => e,
    }
}

/// A real hash of a password nobody has, for unknown user ids.
fn dummy_hash() -> Option<&'static PasswordHash> {
    static DUMMY: std::sync::OnceLock<Option<PasswordHash>> = std::sync::OnceLock::new();
    DUMMY
        .get_or_init(|| PasswordHash::new("Nobody-has-this-1").ok())
        .as_ref()
}

pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, AppError> + Send + 'static,
) -> Result<T, AppError> {
    tokio::task::spawn_blocking(f).await.map_err(internal)?
}

/// Step 1: user id and password.
#[utoipa::path(post, path = "/login", tag = "login", request_body = LoginRequest, responses(
    (status = OK, body = LoginStep),
    (status = UNAUTHORIZED, body = crate::ErrorBody),
    (status = FORBIDDEN, body = crate::ErrorBody),
))]
async fn login(
    State(state): State<AppState>,
    Json(req): Json<LoginRequest>,
) -> Result<Json<LoginStep>, AppError> {
    blocking(move || {
        let b = binding(&state)?;
        let id = account(&state, &b, &req.user_id)?;
        let creds = match id {
            Some(id) => state.credentials.credentials(id).map_err(internal)?,
            None => None,
        };
        let (Some(id), Some(creds)) = (id, creds) else {
            // Same work as a real check, so that timing tells nothing.
            if let Some(h) = dummy_hash() {
                let _ = h.verify(&req.password);
            }
            return Err(wrong_credentials());
        };
        let st = status(&state, &b, id)?;
        if matches!(st, Status::Blocked) {
            return Err(blocked());
        }
        if !creds.hash().is_some_and(|h| h.verify(&req.password)) {
            return Err(failed(&state, &b, id));
        }
        let expires = state.engine.now() + chrono::Duration::seconds(LOGIN_STEP);
        let user_id = req.user_id.trim().to_string();
        let (next, positions) = match st {
            Status::MustChoose => ("choose_credentials", None),
            _ => (
                "security_code",
                Some(Challenge::random().map_err(internal)?.positions),
            ),
        };
        let login = state
            .credentials
            .start_login(&PendingLogin {
                user_id,
                instance: id,
                positions,
                expires,
            })
            .map_err(internal)?;
        Ok(Json(LoginStep {
            next,
            login,
            positions,
        }))
    })
    .await
}

fn session_response(state: &AppState, user_id: &str, id: InstanceId) -> Result<Response, AppError> {
    let token = state
        .credentials
        .open_session(user_id, id, state.engine.now())
        .map_err(internal)?;
    let cookie = format!(
        "{SESSION_COOKIE}={token}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age={}",
        crate::credentials::SESSION_ABSOLUTE
    );
    Ok((
        [(header::SET_COOKIE, cookie)],
        Json(serde_json::json!({ "status": "logged_in" })),
    )
        .into_response())
}

fn take(state: &AppState, login: &str) -> Result<PendingLogin, AppError> {
    state
        .credentials
        .take_login(login, state.engine.now())
        .map_err(internal)?
        .ok_or_else(|| {
            err(
                StatusCode::UNAUTHORIZED,
                "login_expired",
                "this login step is unknown or expired; start again",
            )
        })
}

/// Step 2 at first login (or after a reset): choose a password and a 12-character security code.
#[utoipa::path(post, path = "/login/first", tag = "login", request_body = FirstLoginRequest, responses(
    (status = OK, description = "logged in; the session cookie is set"),
    (status = UNPROCESSABLE_ENTITY, body = crate::ErrorBody),
    (status = UNAUTHORIZED, body = crate::ErrorBody),
))]
async fn first_login(
    State(state): State<AppState>,
    Json(req): Json<FirstLoginRequest>,
) -> Result<Response, AppError> {
    blocking(move || {
        let b = binding(&state)?;
        let pending = take(&state, &req.login)?;
        if pending.positions.is_some() {
            return Err(err(
                StatusCode::CONFLICT,
                "wrong_step",
                "this login asks for the security code",
            ));
        }
        let weak = |field: &str, e: imi_accounts::CredentialError| {
            let mut a = err(
                StatusCode::UNPROCESSABLE_ENTITY,
                &format!("weak_{field}"),
                &e.to_string(),
            );
            a.body.field = Some(field.to_string());
            a
        };
        let hash = PasswordHash::new(&req.password).map_err(|e| weak("password", e))?;
        let sealed = state
            .key
            .seal(&req.security_code)
            .map_err(|e| weak("security_code", e))?;
        state
            .credentials
            .set_credentials(
                pending.instance,
                &Credentials {
                    password_hash: hash.as_stored().to_string(),
                    temporary: false,
                    sealed_code: Some(sealed.as_stored().to_string()),
                },
            )
            .map_err(internal)?;
        state.engine.act(
            pending.instance,
            &b.first_login,
            &Actor::Application,
            BTreeMap::new(),
        )?;
        session_response(&state, &pending.user_id, pending.instance)
    })
    .await
}

/// Step 2 at every other login: the characters at the 3 positions asked.
#[utoipa::path(post, path = "/login/code", tag = "login", request_body = CodeRequest, responses(
    (status = OK, description = "logged in; the session cookie is set"),
    (status = UNAUTHORIZED, body = crate::ErrorBody),
    (status = FORBIDDEN, body = crate::ErrorBody),
))]
async fn security_code(
    State(state): State<AppState>,
    Json(req): Json<CodeRequest>,
) -> Result<Response, AppError> {
    blocking(move || {
        let b = binding(&state)?;
        let pending = take(&state, &req.login)?;
        let Some(positions) = pending.positions else {
            return Err(err(
                StatusCode::CONFLICT,
                "wrong_step",
                "this login must choose a password and a security code",
            ));
        };
        let sealed = state
            .credentials
            .credentials(pending.instance)
            .map_err(internal)?
            .and_then(|c| c.code())
            .ok_or_else(wrong_credentials)?;
        let right = Challenge { positions }
            .verify(&state.key, &sealed, &req.characters)
            .map_err(internal)?;
        if !right {
            return Err(failed(&state, &b, pending.instance));
        }
        state.engine.act(
            pending.instance,
            &b.login_succeeded,
            &Actor::Application,
            BTreeMap::new(),
        )?;
        session_response(&state, &pending.user_id, pending.instance)
    })
    .await
}

/// The session cookie's token, if any.
pub(crate) fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.to_string())
}

pub(crate) fn not_logged_in() -> AppError {
    err(StatusCode::UNAUTHORIZED, "not_logged_in", "log in first")
}

/// The logged-in user as the engine sees an actor: the account's authority
/// and roles, read through the YAML binding.
pub(crate) fn session_actor(state: &AppState, headers: &HeaderMap) -> Result<Actor, AppError> {
    let b = binding(state)?;
    let token = session_token(headers).ok_or_else(not_logged_in)?;
    let s = state
        .credentials
        .session(&token, state.engine.now())
        .map_err(internal)?
        .ok_or_else(not_logged_in)?;
    let inst = state
        .engine
        .instance(s.instance)?
        .ok_or_else(not_logged_in)?;
    // A blocked account's sessions stop working at once.
    if !matches!(status(state, &b, inst.id)?, Status::Active) {
        return Err(blocked());
    }
    let authority = inst
        .parties
        .get(&b.authority_party)
        .cloned()
        .ok_or_else(not_logged_in)?;
    let roles = match inst.fields.get(&b.roles_field) {
        Some(Value::List(items)) => items
            .iter()
            .filter_map(|v| match v {
                Value::String(r) => Some(imi_engine::RoleGrant::parse(r)),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Ok(Actor::User {
        user: s.user_id,
        authority,
        roles,
    })
}

/// Who is logged in.
#[utoipa::path(get, path = "/session", tag = "login", responses(
    (status = OK, body = SessionInfo),
    (status = UNAUTHORIZED, body = crate::ErrorBody),
))]
async fn session(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<SessionInfo>, AppError> {
    blocking(move || {
        // Refuses blocked accounts like every other endpoint.
        session_actor(&state, &headers)?;
        let token = session_token(&headers).ok_or_else(not_logged_in)?;
        let s = state
            .credentials
            .session(&token, state.engine.now())
            .map_err(internal)?
            .ok_or_else(not_logged_in)?;
        let inst = state
            .engine
            .instance(s.instance)?
            .ok_or_else(not_logged_in)?;
        Ok(Json(SessionInfo {
            user_id: s.user_id,
            account: inst.id,
            state: inst.state,
            parties: inst.parties,
        }))
    })
    .await
}

/// Log out: the session ends at once, and its cookie is cleared.
#[utoipa::path(post, path = "/logout", tag = "login", responses(
    (status = NO_CONTENT, description = "logged out (also when no session was open)"),
))]
async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, AppError> {
    blocking(move || {
        if let Some(token) = session_token(&headers) {
            state.credentials.close_session(&token).map_err(internal)?;
        }
        let cleared = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cleared)]).into_response())
    })
    .await
}
