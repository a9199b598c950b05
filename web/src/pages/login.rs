//! Login: the password, then three characters of the security code at the
//! positions the server asks; at the first login (or after a reset) the
//! user chooses a password and a security code instead. A blocked account
//! is told so.

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{check_csrf, context, page, page_with_status, Ctx};
use crate::api;
use crate::api::ClientAddr;
use crate::WebState;

pub async fn form(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
) -> Response {
    let ctx = context(&state, &headers, connect, "/login").await;
    page(&state, &ctx, "login", "web-login-title", json!({}))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    user_id: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
}

/// The login page again, with error text `key`.
fn again(state: &WebState, ctx: &Ctx, status: StatusCode, key: &str, user_id: &str) -> Response {
    page_with_status(
        state,
        ctx,
        status,
        "login",
        "web-login-title",
        json!({"error": state.pages.texts.get(&ctx.lang, key, &[]), "user_id": user_id}),
    )
}

/// What an API login error means for the user.
fn error_key(code: &str) -> &'static str {
    match code {
        "account_blocked" | "blocked" => "web-login-blocked",
        "too_many_attempts" => "web-login-too-many",
        "login_expired" | "unknown_login" => "web-login-expired",
        _ => "web-login-wrong",
    }
}

pub async fn password(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Form(f): Form<PasswordForm>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/login").await;
    if let Some(r) = check_csrf(&state, &ctx, &headers, &f.csrf) {
        return r;
    }
    let answer = api::post(
        &state,
        &ctx.caller,
        "/api/login",
        &json!({"user_id": f.user_id, "password": f.password}),
    )
    .await;
    if !answer.ok() {
        return again(
            &state,
            &ctx,
            StatusCode::UNAUTHORIZED,
            error_key(answer.code()),
            &f.user_id,
        );
    }
    let login = answer.json["login"].clone();
    match answer.json["next"].as_str() {
        Some("choose_credentials") => page(
            &state,
            &ctx,
            "first",
            "web-first-title",
            json!({"login": login}),
        ),
        _ => {
            let positions: Vec<Value> = answer.json["positions"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .into_iter()
                .enumerate()
                .map(|(i, p)| json!({"field": format!("c{}", i + 1), "position": p}))
                .collect();
            page(
                &state,
                &ctx,
                "code",
                "web-code-title",
                json!({"login": login, "positions": positions}),
            )
        }
    }
}

#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    c1: String,
    #[serde(default)]
    c2: String,
    #[serde(default)]
    c3: String,
    #[serde(default)]
    csrf: String,
}

/// Logged in: to My tasks with the API's session cookie.
fn logged_in(set_cookies: &[HeaderValue]) -> Response {
    let mut res = Redirect::to("/tasks").into_response();
    for c in set_cookies {
        res.headers_mut().append(header::SET_COOKIE, c.clone());
    }
    res
}

pub async fn code(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Form(f): Form<CodeForm>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/login").await;
    if let Some(r) = check_csrf(&state, &ctx, &headers, &f.csrf) {
        return r;
    }
    let characters = format!("{}{}{}", f.c1.trim(), f.c2.trim(), f.c3.trim());
    let answer = api::post(
        &state,
        &ctx.caller,
        "/api/login/code",
        &json!({"login": f.login, "characters": characters}),
    )
    .await;
    if answer.ok() {
        logged_in(&answer.set_cookies)
    } else {
        again(
            &state,
            &ctx,
            StatusCode::UNAUTHORIZED,
            error_key(answer.code()),
            "",
        )
    }
}

#[derive(Deserialize)]
pub struct FirstForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    password_again: String,
    #[serde(default)]
    security_code: String,
    #[serde(default)]
    csrf: String,
}

pub async fn first(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Form(f): Form<FirstForm>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/login").await;
    if let Some(r) = check_csrf(&state, &ctx, &headers, &f.csrf) {
        return r;
    }
    let show = |error: String| {
        page_with_status(
            &state,
            &ctx,
            StatusCode::UNPROCESSABLE_ENTITY,
            "first",
            "web-first-title",
            json!({"login": f.login, "error": error}),
        )
    };
    if f.password != f.password_again {
        return show(state.pages.texts.get(&ctx.lang, "web-first-mismatch", &[]));
    }
    let answer = api::post(
        &state,
        &ctx.caller,
        "/api/login/first",
        &json!({"login": f.login, "password": f.password, "security_code": f.security_code}),
    )
    .await;
    if answer.ok() {
        return logged_in(&answer.set_cookies);
    }
    match answer.code() {
        // The rules of passwords and codes, as the API words them.
        code if code.starts_with("weak_") || code == "invalid_input" => show(
            answer.json["message"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        ),
        code => again(&state, &ctx, StatusCode::UNAUTHORIZED, error_key(code), ""),
    }
}

#[derive(Deserialize)]
pub struct LogoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn logout(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
    Form(f): Form<LogoutForm>,
) -> Response {
    let ctx = context(&state, &headers, connect, "/").await;
    if let Some(r) = check_csrf(&state, &ctx, &headers, &f.csrf) {
        return r;
    }
    let answer = api::post(&state, &ctx.caller, "/api/logout", &json!({})).await;
    let mut res = Redirect::to("/login").into_response();
    for c in &answer.set_cookies {
        res.headers_mut().append(header::SET_COOKIE, c.clone());
    }
    res
}
