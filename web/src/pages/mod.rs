//! Page handlers: each reads what it shows from the API as the user, and
//! renders a template with the page's language and CSRF token.

pub mod admin;
pub mod compose;
pub mod groups;
pub mod lists;
pub mod login;
pub mod refusal;
pub mod relevance;
pub mod request;
pub mod search;
pub mod statistics;
pub mod tasks;

use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use fluent_bundle::FluentValue;
use serde::Deserialize;
use serde_json::{json, Value};

use crate::api::ClientAddr;
use crate::api::{self, Caller};
use crate::csrf;
use crate::WebState;

/// The cookie that keeps the language chosen with the switcher.
pub const LANG_COOKIE: &str = "imi_lang";

/// What every page knows of its request.
pub struct Ctx {
    pub caller: Caller,
    pub lang: String,
    /// The logged-in user (`/api/session`), if any.
    pub session: Option<Value>,
    pub csrf: String,
    /// Cookies to set with the answer (a new CSRF token).
    pub set_cookies: Vec<HeaderValue>,
    /// The page's own address, for the language switcher to come back to.
    pub path: String,
}

/// The request's context: its caller, session, language and CSRF token.
pub async fn context(
    state: &WebState,
    headers: &HeaderMap,
    connect: Option<ConnectInfo<std::net::SocketAddr>>,
    path: &str,
) -> Ctx {
    let caller = Caller::from(headers, connect);
    let session = api::get(state, &caller, "/api/session").await;
    let session = session.ok().then_some(session.json);
    let texts = &state.pages.texts;
    // The language chosen with the switcher, else the account's, else the
    // browser's, else English.
    let mut lang = csrf::cookie(headers, LANG_COOKIE).filter(|l| texts.has(l));
    if lang.is_none() {
        if let Some(account) = session.as_ref().and_then(|s| s["account"].as_u64()) {
            let field = state
                .engine
                .definitions()
                .accounts
                .as_ref()
                .and_then(|b| b.language.clone());
            if let Some(field) = field {
                let read = api::get(state, &caller, &format!("/api/instances/{account}")).await;
                lang = read.json["fields"][&field]
                    .as_str()
                    .map(str::to_string)
                    .filter(|l| texts.has(l));
            }
        }
    }
    let lang = lang
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| texts.from_accept_language(v))
        })
        .unwrap_or_else(|| "en".to_string());
    let (csrf, set) = csrf::token(headers);
    Ctx {
        caller,
        lang,
        session,
        csrf,
        set_cookies: set.into_iter().collect(),
        path: path.to_string(),
    }
}

/// Renders page `template` titled by text `title` with `data` (an object)
/// and what every page shows: language, switcher, user, CSRF token.
pub fn page(state: &WebState, ctx: &Ctx, template: &str, title: &str, data: Value) -> Response {
    page_with_status(state, ctx, StatusCode::OK, template, title, data)
}

pub fn page_with_status(
    state: &WebState,
    ctx: &Ctx,
    status: StatusCode,
    template: &str,
    title: &str,
    mut data: Value,
) -> Response {
    let texts = &state.pages.texts;
    let languages: Vec<Value> = texts
        .names
        .iter()
        .map(|(code, name)| json!({"code": code, "name": name, "selected": *code == ctx.lang}))
        .collect();
    if let Some(obj) = data.as_object_mut() {
        obj.insert("lang".into(), json!(ctx.lang));
        if !obj.contains_key("title") {
            obj.insert("title".into(), json!(texts.get(&ctx.lang, title, &[])));
        }
        obj.insert("title_key".into(), json!(title));
        obj.insert("csrf".into(), json!(ctx.csrf));
        obj.insert("languages".into(), json!(languages));
        obj.insert("path".into(), json!(ctx.path));
        obj.insert("user".into(), ctx.session.clone().unwrap_or(Value::Null));
        obj.insert(
            "list_groups".into(),
            json!(groups::groups(state, &ctx.lang)),
        );
    }
    let body = match state.pages.render(template, &data) {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(template, error = %e, "cannot render a page");
            return (StatusCode::INTERNAL_SERVER_ERROR, "cannot render the page").into_response();
        }
    };
    let mut res = (status, Html(body)).into_response();
    for c in &ctx.set_cookies {
        res.headers_mut().append(header::SET_COOKIE, c.clone());
    }
    res
}

/// A page for the logged-out: to the login page.
pub fn to_login() -> Response {
    Redirect::to("/login").into_response()
}

/// An error page: `message` is a text key.
pub fn error_page(
    state: &WebState,
    ctx: &Ctx,
    status: StatusCode,
    message: &str,
    detail: &str,
) -> Response {
    page_with_status(
        state,
        ctx,
        status,
        "error",
        "web-error-title",
        json!({"message": state.pages.texts.get(&ctx.lang, message, &[]), "detail": detail}),
    )
}

pub async fn home(
    State(state): State<WebState>,
    headers: HeaderMap,
    ClientAddr(connect): ClientAddr,
) -> Response {
    let caller = Caller::from(&headers, connect);
    if api::get(&state, &caller, "/api/session").await.ok() {
        Redirect::to("/tasks").into_response()
    } else {
        to_login()
    }
}

#[derive(Deserialize)]
pub struct LanguageChoice {
    lang: String,
    #[serde(default)]
    back: String,
}

/// The language switcher: keeps the choice in a cookie and goes back.
pub async fn language(State(state): State<WebState>, Query(q): Query<LanguageChoice>) -> Response {
    let back = back_to(&[("back".to_string(), q.back)], "/");
    let mut res = Redirect::to(&back).into_response();
    if state.pages.texts.has(&q.lang) {
        if let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={}; Path=/; SameSite=Lax; Max-Age=31536000",
            q.lang
        )) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    res
}

pub async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../assets/app.js"),
    )
        .into_response()
}

pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../assets/app.css"),
    )
        .into_response()
}

/// A middleware: what axum refuses on a page in plain text (an address of
/// the wrong shape, a form too large) is an error page in the user's
/// language.
pub async fn plain_rejections_as_pages(
    State(state): State<WebState>,
    ClientAddr(connect): ClientAddr,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let headers = req.headers().clone();
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    let status = res.status();
    let plain = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| t.starts_with("text/plain"));
    if !status.is_client_error() || !plain {
        return res;
    }
    let ctx = context(&state, &headers, connect, &path).await;
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        let max = FluentValue::from(crate::form_data::MAX_FILE >> 20);
        let message = state
            .pages
            .texts
            .get(&ctx.lang, "web-file-too-large", &[("max", max)]);
        return page_with_status(
            &state,
            &ctx,
            status,
            "error",
            "web-error-title",
            json!({"message": message, "detail": ""}),
        );
    }
    error_page(&state, &ctx, status, "web-error-not-found", "")
}

/// The refusal page when a posted form's CSRF token is not this browser's.
pub fn check_csrf(
    state: &WebState,
    ctx: &Ctx,
    headers: &HeaderMap,
    posted: &str,
) -> Option<Response> {
    (!csrf::valid(headers, posted))
        .then(|| error_page(state, ctx, StatusCode::FORBIDDEN, "web-error-csrf", ""))
}

/// A workflow's name in `lang`.
pub fn workflow_label(state: &WebState, lang: &str, workflow: &str) -> String {
    let defs = state.engine.definitions();
    match defs.workflows.get(workflow) {
        Some(w) => state.pages.texts.get(lang, &w.label, &[]),
        None => workflow.to_string(),
    }
}

/// A state's name in `lang`.
pub fn state_label(state: &WebState, lang: &str, workflow: &str, id: &str) -> String {
    let defs = state.engine.definitions();
    match defs.workflows.get(workflow).and_then(|w| w.states.get(id)) {
        Some(s) => state.pages.texts.get(lang, &s.label, &[]),
        None => id.to_string(),
    }
}

/// An action's name in `lang`.
pub fn action_label(state: &WebState, lang: &str, workflow: &str, id: &str) -> String {
    let defs = state.engine.definitions();
    match defs.workflows.get(workflow).and_then(|w| w.action(id)) {
        Some(a) => state.pages.texts.get(lang, &a.label, &[]),
        None => id.to_string(),
    }
}

/// A stored time (`2026-12-07T09:30:12.123Z`) as people read it
/// (`2026-12-07 09:30 UTC`); any other text as it is.
pub fn readable_time(s: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(s) {
        Ok(t) => t
            .with_timezone(&chrono::Utc)
            .format("%Y-%m-%d %H:%M UTC")
            .to_string(),
        Err(_) => s.to_string(),
    }
}

/// A text per language (`{ "en": …, "et": … }`) in `lang`, else English,
/// else any.
pub fn in_language(texts: &Value, lang: &str) -> Option<String> {
    let obj = texts.as_object()?;
    obj.get(lang)
        .or_else(|| obj.get("en"))
        .or_else(|| obj.values().next())
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// The fields of an instance (as the API shows it) as label and shown
/// value, in the workflow's order; empty ones and answers (shown apart)
/// left out; entries of a keyword list by their labels.
pub fn field_rows(state: &WebState, lang: &str, inst: &Value) -> Vec<Value> {
    let defs = state.engine.definitions();
    let texts = &state.pages.texts;
    let Some(wf) = inst["workflow"]
        .as_str()
        .and_then(|w| defs.workflows.get(w))
    else {
        return Vec::new();
    };
    let fields = &inst["fields"];
    let area = inst["area"].as_str();
    let mut rows = Vec::new();
    for f in wf.fields.values() {
        if f.questionnaire.is_some() {
            continue;
        }
        let value = match &f.values {
            Some(list) => labelled(defs, area, list, &fields[&f.id], lang),
            None => fields[&f.id].clone(),
        };
        let Some(shown) = shown_value(state, lang, &value) else {
            continue;
        };
        rows.push(json!({"id": f.id, "label": texts.get(lang, &f.label, &[]), "value": shown}));
    }
    rows
}

/// An authority's name in the page's language (its informal name, else
/// its official name), as the API shows its profile to the user.
pub async fn authority_name(state: &WebState, ctx: &Ctx, id: &str) -> Option<String> {
    let read = api::get(state, &ctx.caller, &format!("/api/authorities/{id}")).await;
    if !read.ok() {
        return None;
    }
    name_in_profile(state, &ctx.lang, &read.json["fields"])
}

/// The name in an authority's profile (its fields as the API shows them):
/// the informal name in `lang`, else the official name (the fields the
/// search binding names).
pub fn name_in_profile(state: &WebState, lang: &str, fields: &Value) -> Option<String> {
    let search = state.engine.definitions().search.as_ref()?;
    in_language(&fields[&search.names], lang)
        .or_else(|| fields[&search.official_name].as_str().map(str::to_string))
}

/// Keyword ids (a string or a list) replaced by their labels in `lang`.
fn labelled(
    defs: &imi_engine::Definitions,
    area: Option<&str>,
    list: &str,
    v: &Value,
    lang: &str,
) -> Value {
    let label = |id: &str| Value::String(defs.value_label(area, list, id, lang));
    match v {
        Value::String(id) => label(id),
        Value::Array(ids) => Value::Array(
            ids.iter()
                .map(|i| i.as_str().map(label).unwrap_or_else(|| i.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// A stored value as people read it: yes/no in words, times readable,
/// lists joined, a text per language in `lang`; `None` when empty.
pub fn shown_value(state: &WebState, lang: &str, v: &Value) -> Option<String> {
    let texts = &state.pages.texts;
    Some(match v {
        Value::Null => return None,
        Value::Bool(b) => texts.get(lang, if *b { "web-yes" } else { "web-no" }, &[]),
        Value::String(s) if s.is_empty() => return None,
        Value::String(s) => readable_time(s),
        Value::Number(n) => n.to_string(),
        Value::Array(items) if items.is_empty() => return None,
        Value::Array(items) => items
            .iter()
            .map(|i| {
                i.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| i.to_string())
            })
            .collect::<Vec<_>>()
            .join(", "),
        Value::Object(_) => in_language(v, lang)?,
    })
}

/// A posted form: its context and its fields (repeated names kept, for
/// multiple choices), once its CSRF token and the session are checked;
/// otherwise the answer to give (the refusal page, or to the login). Files
/// attached in the form are uploaded through the API and become their
/// fields' values (their references); one refused (too large, empty) gives
/// the error page.
pub async fn posted(
    state: &WebState,
    headers: &HeaderMap,
    connect: Option<axum::extract::ConnectInfo<std::net::SocketAddr>>,
    path: &str,
    body: &axum::body::Bytes,
) -> Result<(Ctx, Vec<(String, String)>), Box<Response>> {
    let ctx = context(state, headers, connect, path).await;
    let (mut pairs, files) = crate::form_data::parse(headers, body).await;
    let token = pairs
        .iter()
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    if let Some(r) = check_csrf(state, &ctx, headers, token) {
        return Err(Box::new(r));
    }
    if ctx.session.is_none() {
        return Err(Box::new(to_login()));
    }
    for file in files {
        let answer = api::upload(
            state,
            &ctx.caller,
            &file.name,
            &file.content_type,
            file.bytes,
        )
        .await;
        if !answer.ok() {
            let max = FluentValue::from(crate::form_data::MAX_FILE >> 20);
            let message = state
                .pages
                .texts
                .get(&ctx.lang, "web-file-too-large", &[("max", max)]);
            let detail = format!(
                "{}: {}",
                file.name,
                answer.json["message"].as_str().unwrap_or_default()
            );
            let status =
                StatusCode::from_u16(answer.status.as_u16()).unwrap_or(StatusCode::BAD_REQUEST);
            let page = page_with_status(
                state,
                &ctx,
                status,
                "error",
                "web-error-title",
                json!({"message": message, "detail": detail}),
            );
            return Err(Box::new(page));
        }
        let reference = answer.json["file"].as_str().unwrap_or_default().to_string();
        pairs.retain(|(k, _)| *k != file.field);
        pairs.push((file.field, reference));
    }
    Ok((ctx, pairs))
}

/// Where a posted form asks to go back to (`back`: a path of this site),
/// else `default`.
pub fn back_to(pairs: &[(String, String)], default: &str) -> String {
    let back = field_value(pairs, "back");
    if back.starts_with('/') && !back.starts_with("//") && !back.contains('\\') {
        back.to_string()
    } else {
        default.to_string()
    }
}

/// The first value of field `name` in a posted form.
pub fn field_value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}
