//! Bad input gets a stable JSON error (code, message, the field at fault)
//! with the right status, and changes nothing: unknown authority ids,
//! malformed and duplicate e-mails, oversize fields, wrong content types,
//! malformed JSON, unknown inputs, inputs the server generates.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{world, World};
use http_body_util::BodyExt;
use imi_server::app;
use tower::ServiceExt;

/// What the store holds: every instance with its state and fields.
fn snapshot(w: &World) -> String {
    format!("{:?}", w.state.engine.instances().unwrap())
}

async fn post(
    w: &World,
    path: &str,
    content_type: Option<&str>,
    body: String,
) -> (StatusCode, serde_json::Value) {
    let mut req = Request::post(path).header(header::COOKIE, &w.cookies["own_lda"]);
    if let Some(ct) = content_type {
        req = req.header(header::CONTENT_TYPE, ct);
    }
    let response = app(w.state.clone())
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

const JSON: Option<&str> = Some("application/json");

/// (what, path, content type, body, status, code, field at fault)
type Case<'a> = (
    &'a str,
    String,
    Option<&'a str>,
    String,
    StatusCode,
    &'a str,
    Option<&'a str>,
);

#[tokio::test]
async fn bad_input_is_refused_clearly_and_changes_nothing() {
    let w = world();
    let register = "/api/users";
    let user = |email: &str| {
        serde_json::json!({"name": "Piret Kuusk", "email": email, "language": "et", "roles": ["basic_user"]})
            .to_string()
    };
    let long = "x".repeat(10_001);
    let profile = format!("/api/instances/{}/actions/update_profile", w.authority);
    let cases: Vec<Case> = vec![
        ("malformed e-mail", register.into(), JSON, user("not-an-address"), StatusCode::CONFLICT, "guard_false", None),
        ("e-mail of another authority", profile.clone(), JSON,
            serde_json::json!({"email": "info@ee-0002.example.org", "new_translation_needed": false}).to_string(),
            StatusCode::CONFLICT, "guard_false", None),
        ("oversize field", register.into(), JSON, user(&long), StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", Some("email")),
        ("wrong type", register.into(), JSON,
            serde_json::json!({"name": "A", "email": "a@example.org", "language": "et", "roles": "basic_user"}).to_string(),
            StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", Some("roles")),
        ("unknown input", register.into(), JSON,
            serde_json::json!({"name": "A", "email": "a@example.org", "language": "et", "roles": [], "salary": 1}).to_string(),
            StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", Some("salary")),
        ("a generated input", register.into(), JSON,
            serde_json::json!({"user_id": "chosen", "name": "A", "email": "a@example.org", "language": "et", "roles": ["basic_user"]}).to_string(),
            StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", Some("user_id")),
        ("missing input", register.into(), JSON,
            serde_json::json!({"name": "A", "language": "et", "roles": ["basic_user"]}).to_string(),
            StatusCode::UNPROCESSABLE_ENTITY, "invalid_input", Some("email")),
        ("no content type", register.into(), None, user("a@example.org"), StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", None),
        ("form content type", register.into(), Some("application/x-www-form-urlencoded"), "name=A".into(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", None),
        ("malformed JSON", register.into(), JSON, "{\"name\": ".into(), StatusCode::BAD_REQUEST, "malformed_json", None),
        ("body too large", register.into(), JSON, format!("{{\"name\": \"{}\"}}", "y".repeat(300_000)),
            StatusCode::PAYLOAD_TOO_LARGE, "too_large", None),
        ("unknown authority to link", "/api/workflows/authority_link/starts/link".into(), JSON,
            serde_json::json!({"linked": "EE-0099"}).to_string(), StatusCode::CONFLICT, "guard_false", None),
        ("unknown workflow", "/api/workflows/nothing/starts/link".into(), JSON, "{}".into(), StatusCode::NOT_FOUND, "unknown_action", None),
        ("unknown action", format!("/api/instances/{}/actions/fly", w.authority), JSON, "{}".into(), StatusCode::NOT_FOUND, "unknown_action", None),
        ("unknown instance", "/api/instances/999999/actions/fly".into(), JSON, "{}".into(), StatusCode::NOT_FOUND, "not_found", None),
        ("reset through the generic endpoint", format!("/api/instances/{}/actions/reset", w.account), JSON, "{}".into(),
            StatusCode::CONFLICT, "use_reset", None),
    ];
    let before = snapshot(&w);
    for (what, path, ct, body, status, code, field) in cases {
        let (got, json) = post(&w, &path, ct, body).await;
        assert_eq!(got, status, "{what}: {json}");
        assert_eq!(json["code"], code, "{what}: {json}");
        assert!(
            json["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{what}: a message"
        );
        assert_eq!(json["field"].as_str(), field, "{what}: {json}");
        assert_eq!(snapshot(&w), before, "{what} changed the store");
    }
}

#[tokio::test]
async fn a_guard_refusal_says_why_in_words() {
    let w = world();
    let (status, json) = post(
        &w,
        "/api/users",
        JSON,
        serde_json::json!({"name": "A", "email": "bad", "language": "et", "roles": ["basic_user"]})
            .to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // The guard's own message (core texts, English), the rule in `detail`.
    assert!(
        json["message"].as_str().unwrap().contains("e-mail"),
        "{json}"
    );
    assert!(
        json["detail"].as_str().unwrap().contains("is_email"),
        "{json}"
    );
}

#[tokio::test]
async fn duplicate_user_ids_whatever_the_case_are_refused() {
    let w = world();
    let change = format!("/api/instances/{}/actions/change_user_id", w.account);
    let before = snapshot(&w);
    let (status, json) = post(
        &w,
        &change,
        JSON,
        serde_json::json!({"user_id": "ee-lda"}).to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{json}");
    assert_eq!(json["code"], "guard_false");
    assert_eq!(snapshot(&w), before);
    let (status, _) = post(
        &w,
        &change,
        JSON,
        serde_json::json!({"user_id": "EE-PIRET"}).to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

/// What axum refuses before a handler runs (a query string or a path of
/// the wrong shape) is a JSON error like any other.
#[tokio::test]
async fn malformed_queries_and_paths_get_json_errors() {
    let w = world();
    for (method, path, status) in [
        (
            "GET",
            "/api/authorities/search?limit=many",
            StatusCode::BAD_REQUEST,
        ),
        ("GET", "/api/instances/abc", StatusCode::BAD_REQUEST),
        ("POST", "/api/files", StatusCode::BAD_REQUEST),
        ("DELETE", "/api/tasks", StatusCode::METHOD_NOT_ALLOWED),
    ] {
        let response = app(w.state.clone())
            .oneshot(
                Request::builder()
                    .method(method)
                    .uri(path)
                    .header(header::COOKIE, &w.cookies["own_lda"])
                    .body(Body::from("x"))
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{method} {path}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "application/json",
            "{method} {path}"
        );
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let body: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert!(body["code"].is_string(), "{method} {path}: {body}");
        assert!(
            !body["message"].as_str().unwrap().is_empty(),
            "{method} {path}: {body}"
        );
    }
}
