//! The HTTP API driven through the router with `oneshot` (no socket).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use imi_engine::runtime::{SimulatedClock, StaticDirectory};
use imi_engine::{load, Engine, Layout};
use imi_server::{app, AppState};
use tower::ServiceExt;

fn state() -> AppState {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/fixtures/mini");
    let defs = Arc::new(load(&Layout::find(&fixture)).definitions.unwrap());
    let clock = Arc::new(SimulatedClock::new(imi_expr_time("2026-03-02T08:00:00Z")));
    let engine = Engine::temporary(defs, clock, Arc::new(StaticDirectory::default())).unwrap();
    AppState {
        engine: Arc::new(engine),
        credentials: Arc::new(imi_server::credentials::CredentialStore::temporary().unwrap()),
        key: Arc::new(imi_accounts::ServerKey::generate().unwrap()),
        search: None,
        translation: std::sync::Arc::new(imi_server::translation::Translation::none().unwrap()),
        files: std::sync::Arc::new(imi_server::file_store::FileStore::temporary().unwrap()),
    }
}

fn imi_expr_time(s: &str) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339(s).unwrap().into()
}

async fn get(path: &str) -> (StatusCode, serde_json::Value) {
    let response = app(state())
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let content_type = response.headers().get("content-type").cloned();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(
        content_type.as_ref().and_then(|c| c.to_str().ok()),
        Some("application/json"),
        "{path}"
    );
    (status, serde_json::from_slice(&bytes).unwrap())
}

#[tokio::test]
async fn health_says_ok_and_what_is_loaded() {
    let (status, body) = get("/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
    assert_eq!(body["workflows"], 1);
    assert_eq!(body["languages"], 1);
    assert!(body["next_timer"].is_null());
}

#[tokio::test]
async fn the_openapi_document_lists_every_route_with_its_schemas() {
    let (status, doc) = get("/api/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["paths"]["/api/health"]["get"].is_object(), "{doc}");
    assert!(doc["components"]["schemas"]["Health"].is_object());
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
}

#[tokio::test]
async fn unknown_addresses_get_a_json_error() {
    let (status, body) = get("/api/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["code"], "not_found");
    assert_eq!(body["type"], "not_found");
    assert!(body["message"]
        .as_str()
        .unwrap()
        .contains("/api/nothing-here"));
}
