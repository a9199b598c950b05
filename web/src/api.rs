//! Calls to the JSON API, in-process, as the user whose request a page
//! answers (the same session cookie, the same client address).

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use crate::WebState;

/// An API answer: its status, its JSON (null when none) and the cookies it set.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub json: Value,
    pub set_cookies: Vec<HeaderValue>,
}

impl Answer {
    pub fn ok(&self) -> bool {
        self.status.is_success()
    }

    /// The API's error code (`wrong_credentials`, `guard_false`, …).
    pub fn code(&self) -> &str {
        self.json["code"].as_str().unwrap_or("")
    }
}

/// The client's address, when the server knows it (an extractor: pages
/// pass it on, so the API's login throttle sees the real client).
pub struct ClientAddr(pub Option<ConnectInfo<std::net::SocketAddr>>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientAddr(
            parts
                .extensions
                .get::<ConnectInfo<std::net::SocketAddr>>()
                .cloned(),
        ))
    }
}

/// The caller of the API: the incoming request's cookies and address.
#[derive(Debug, Clone, Default)]
pub struct Caller {
    pub cookie: Option<HeaderValue>,
    pub connect: Option<ConnectInfo<std::net::SocketAddr>>,
}

impl Caller {
    pub fn from(headers: &HeaderMap, connect: Option<ConnectInfo<std::net::SocketAddr>>) -> Caller {
        Caller {
            cookie: headers.get(header::COOKIE).cloned(),
            connect,
        }
    }

    /// The same caller with the session cookie the API just set (for the
    /// calls that follow a login in the same page answer).
    pub fn with_cookies(&self, set: &[HeaderValue]) -> Caller {
        let pairs: Vec<String> = set
            .iter()
            .filter_map(|v| v.to_str().ok())
            .filter_map(|v| v.split(';').next())
            .map(str::to_string)
            .collect();
        if pairs.is_empty() {
            return self.clone();
        }
        Caller {
            cookie: HeaderValue::from_str(&pairs.join("; ")).ok(),
            connect: self.connect,
        }
    }
}

/// Calls `method path` with `body` (JSON, or nothing when null).
pub async fn call(
    state: &WebState,
    caller: &Caller,
    method: Method,
    path: &str,
    body: &Value,
) -> Answer {
    let (content_type, body) = if body.is_null() {
        (None, Body::empty())
    } else {
        (Some("application/json"), Body::from(body.to_string()))
    };
    send(state, caller, method, path, content_type, body).await
}

/// Uploads a file (`POST /api/files`): the answer has its reference.
pub async fn upload(
    state: &WebState,
    caller: &Caller,
    name: &str,
    content_type: &str,
    bytes: axum::body::Bytes,
) -> Answer {
    let qs = serde_urlencoded::to_string([("name", name)]).unwrap_or_default();
    send(
        state,
        caller,
        Method::POST,
        &format!("/api/files?{qs}"),
        Some(content_type),
        Body::from(bytes),
    )
    .await
}

async fn send(
    state: &WebState,
    caller: &Caller,
    method: Method,
    path: &str,
    content_type: Option<&str>,
    body: Body,
) -> Answer {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(c) = &caller.cookie {
        req = req.header(header::COOKIE, c.clone());
    }
    if let Some(t) = content_type {
        req = req.header(header::CONTENT_TYPE, t);
    }
    let mut req = match req.body(body) {
        Ok(r) => r,
        Err(e) => return failed(e),
    };
    if let Some(c) = caller.connect {
        req.extensions_mut().insert(c);
    }
    let res = match state.api.clone().oneshot(req).await {
        Ok(r) => r,
        Err(e) => return failed(e),
    };
    let status = res.status();
    let set_cookies = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .cloned()
        .collect();
    let bytes = match res.into_body().collect().await {
        Ok(b) => b.to_bytes(),
        Err(e) => return failed(e),
    };
    Answer {
        status,
        json: serde_json::from_slice(&bytes).unwrap_or(Value::Null),
        set_cookies,
    }
}

pub async fn get(state: &WebState, caller: &Caller, path: &str) -> Answer {
    call(state, caller, Method::GET, path, &Value::Null).await
}

pub async fn post(state: &WebState, caller: &Caller, path: &str, body: &Value) -> Answer {
    call(state, caller, Method::POST, path, body).await
}

fn failed(e: impl std::fmt::Display) -> Answer {
    tracing::error!(error = %e, "in-process API call failed");
    Answer {
        status: StatusCode::INTERNAL_SERVER_ERROR,
        json: serde_json::json!({"code": "internal", "message": e.to_string()}),
        set_cookies: Vec::new(),
    }
}
