//! A small world for the page tests: the shipped definitions; EE-0001 and
//! PT-0001 with access to professional qualifications (coordinators EE-0033
//! and PT-0033); a request handler in each (EE-HANDLER reads Estonian,
//! PT-HANDLER Portuguese) with a session; the whole application (API and
//! pages) as one router.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use imi_engine::runtime::{SimulatedClock, StaticDirectory};
use imi_engine::{load, Actor, Engine, Layout};
use imi_expr::Value;
use imi_server::{AppState, SESSION_COOKIE};
use serde_json::json;
use tower::ServiceExt;

pub struct World {
    pub app: Router,
    pub state: AppState,
    pub cookies: BTreeMap<&'static str, String>,
    pub stop: Arc<std::sync::atomic::AtomicBool>,
}

impl Drop for World {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

pub fn import(engine: &Engine, workflow: &str, inputs: serde_json::Value) -> u64 {
    let defs = engine.definitions();
    let action = &defs.workflows[workflow].starts["imported"];
    let typed: BTreeMap<String, Value> = inputs
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| {
            (
                k.clone(),
                imi_engine::load::json_value(v, &action.inputs[k].ty).unwrap(),
            )
        })
        .collect();
    engine
        .start(workflow, Some("imported"), &Actor::Application, typed)
        .unwrap_or_else(|e| panic!("import into {workflow}: {e}"))
        .instance
}

pub fn authority(
    engine: &Engine,
    id: &str,
    country: &str,
    name: &str,
    coordinator: Option<&str>,
) -> u64 {
    import(
        engine,
        "authority",
        json!({
            "authority_id": id, "validating_coordinator": null,
            "official_name": format!("Official {id}"), "country": country, "level": "national",
            "national_languages": ["et"], "informal_name": {"en": name, "et": name},
            "description": {"en": "Registers nurses and midwives."},
            "email": format!("info@{}.example.org", id.to_lowercase()),
            "coordinator": coordinator,
        }),
    )
}

/// A user account of `authority` reading `language`, with a session.
pub fn user(
    w: &mut World,
    key: &'static str,
    user_id: &str,
    authority: &str,
    language: &str,
    roles: &[&str],
) -> u64 {
    let id = import(
        &w.state.engine,
        "user_account",
        json!({
            "authority": authority, "user_id": user_id, "name": format!("User {user_id}"),
            "email": format!("{}@example.org", user_id.to_lowercase()), "language": language,
            "roles": roles,
        }),
    );
    let token = w
        .state
        .credentials
        .open_session(user_id, id, w.state.engine.now())
        .unwrap();
    w.cookies.insert(key, format!("{SESSION_COOKIE}={token}"));
    id
}

pub fn world() -> World {
    static DEFS: std::sync::OnceLock<Arc<imi_engine::Definitions>> = std::sync::OnceLock::new();
    let defs = DEFS
        .get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            let loaded = load(&Layout::find(&root));
            Arc::new(loaded.definitions.unwrap_or_else(|| {
                panic!("shipped definitions: {:?}", loaded.diagnostics.0.first())
            }))
        })
        .clone();
    let clock = Arc::new(SimulatedClock::new(chrono_now("2026-03-02T08:00:00Z")));
    let engine =
        Arc::new(Engine::temporary(defs, clock, Arc::new(StaticDirectory::default())).unwrap());
    authority(
        &engine,
        "EE-0033",
        "EE",
        "Ministry of economy",
        Some("nimic"),
    );
    authority(
        &engine,
        "PT-0033",
        "PT",
        "Ministério da Economia",
        Some("nimic"),
    );
    authority(&engine, "EE-0001", "EE", "Õdede register", None);
    authority(&engine, "PT-0001", "PT", "Ordem dos Enfermeiros", None);
    for (a, c) in [("EE-0001", "EE-0033"), ("PT-0001", "PT-0033")] {
        import(
            &engine,
            "area_access",
            json!({"authority": a, "coordinator": c, "area": "professional-qualifications"}),
        );
    }
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let search = Arc::new(imi_search::SearchIndex::in_memory().unwrap());
    imi_search::sync::follow(
        engine.clone(),
        search.clone(),
        imi_search::Opened::Empty,
        stop.clone(),
    )
    .unwrap();
    let state = AppState {
        engine: engine.clone(),
        credentials: Arc::new(imi_server::credentials::CredentialStore::temporary().unwrap()),
        key: Arc::new(imi_accounts::ServerKey::generate().unwrap()),
        search: Some(search),
        translation: Arc::new(imi_server::translation::Translation::none().unwrap()),
        files: std::sync::Arc::new(imi_server::file_store::FileStore::temporary().unwrap()),
    };
    let app = imi_web::with_pages(imi_server::app(state.clone()), engine);
    let mut w = World {
        app,
        state,
        cookies: BTreeMap::new(),
        stop,
    };
    user(
        &mut w,
        "ee",
        "EE-HANDLER",
        "EE-0001",
        "et",
        &["request_handler"],
    );
    user(
        &mut w,
        "pt",
        "PT-HANDLER",
        "PT-0001",
        "pt",
        &["request_handler"],
    );
    w
}

fn chrono_now(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().into()
}

/// An answer: status, headers and body text.
pub struct Page {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

/// `method path` with `cookie` (and a form body when given).
pub async fn request(
    w: &World,
    method: &str,
    path: &str,
    cookie: &str,
    form: Option<&str>,
) -> Page {
    match form {
        Some(f) => {
            send(
                w,
                method,
                path,
                cookie,
                Some("application/x-www-form-urlencoded"),
                Body::from(f.to_string()),
            )
            .await
        }
        None => send(w, method, path, cookie, None, Body::empty()).await,
    }
}

/// `method path` with `cookie` and a body of `content_type`.
pub async fn send(
    w: &World,
    method: &str,
    path: &str,
    cookie: &str,
    content_type: Option<&str>,
    body: Body,
) -> Page {
    let mut req = Request::builder().method(method).uri(path);
    if !cookie.is_empty() {
        req = req.header(header::COOKIE, cookie);
    }
    if let Some(t) = content_type {
        req = req.header(header::CONTENT_TYPE, t);
    }
    let res = w
        .app
        .clone()
        .oneshot(req.body(body).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    Page {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// A JSON API call as `key`'s user.
pub async fn api(
    w: &World,
    key: &str,
    method: &str,
    path: &str,
    body: serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::COOKIE, w.cookies[key].clone());
    let body = if body.is_null() {
        Body::empty()
    } else {
        req = req.header(header::CONTENT_TYPE, "application/json");
        Body::from(body.to_string())
    };
    let res = w
        .app
        .clone()
        .oneshot(req.body(body).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

/// The requester's answers of a complete professional-qualifications request.
pub fn requester_answers() -> serde_json::Value {
    json!({
        "family_name": "Tamm", "given_names": "Mari", "birth_date": "1985-03-14",
        "nationality": "Estonian", "profession": "nurse", "practice_basis": "establishment",
        "information_requested": ["document_authenticity", "legal_establishment", "sanctions"],
        "qualification_title": "Õde", "awarding_body": "Tallinna Tervishoiu Kõrgkool",
        "documents": [{"document_kind": "diploma", "document_file": "diploma.pdf"}],
    })
}

/// A request from EE-0001 to PT-0001, sent: its id.
pub async fn sent_request(w: &World, extra: serde_json::Value) -> u64 {
    let (s, created) = api(
        w,
        "ee",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "PT-0001", "proposed_deadline": "2026-03-20"}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    let id = created["instance"].as_u64().unwrap();
    let mut answers = requester_answers();
    for (k, v) in extra.as_object().into_iter().flatten() {
        answers[k] = v.clone();
    }
    let (s, b) = api(
        w,
        "ee",
        "POST",
        &format!("/api/instances/{id}/actions/send"),
        json!({"answers": answers}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    id
}

/// A browser's cookies: a session and a CSRF token (and a language).
pub fn cookies(session: &str, lang: Option<&str>) -> String {
    let mut c = format!("{session}; imi_csrf=0123456789abcdef0123456789abcdef");
    if let Some(l) = lang {
        c.push_str(&format!("; imi_lang={l}"));
    }
    c
}
pub const TOKEN: &str = "0123456789abcdef0123456789abcdef";

/// The value of attribute `attr` of the first tag holding `marker`.
pub fn attribute(body: &str, marker: &str, attr: &str) -> String {
    let at = body
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {body}"));
    let tag_start = body[..at].rfind('<').unwrap();
    let tag_end = at + body[at..].find('>').unwrap();
    let tag = &body[tag_start..tag_end];
    let key = format!("{attr}=\"");
    let v = &tag[tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {attr} in {tag}"))
        + key.len()..];
    v[..v.find('"').unwrap()].to_string()
}
