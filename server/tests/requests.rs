//! A request for information through the JSON API: answers go in as JSON
//! by question and choice id, bad answers come back as a list of problems
//! with their places, the parties read everything, linked authorities and
//! coordinators only the state and dates, and the audit trail masks the
//! answers that are personal data.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{import, world, World};
use http_body_util::BodyExt;
use imi_server::{app, SESSION_COOKIE};
use serde_json::{json, Value};
use tower::ServiceExt;

/// Area access for `authority` (its coordinator becomes its request
/// coordinator), and a request handler of it with a session.
fn handler(w: &mut World, authority: &str, coordinator: &str, user_id: &'static str) {
    import(
        &w.state.engine,
        "area_access",
        json!({"authority": authority, "coordinator": coordinator, "area": "professional-qualifications"}),
    );
    let id = import(
        &w.state.engine,
        "user_account",
        json!({
            "authority": authority, "user_id": user_id, "name": user_id,
            "email": format!("{}@example.org", user_id.to_lowercase()), "language": "en",
            "roles": ["request_handler"],
        }),
    );
    let token = w
        .state
        .credentials
        .open_session(user_id, id, w.state.engine.now())
        .unwrap();
    w.cookies
        .insert(user_id, format!("{SESSION_COOKIE}={token}"));
}

async fn call(
    w: &World,
    caller: &str,
    method: &str,
    path: &str,
    body: Value,
) -> (StatusCode, Value) {
    let response = app(w.state.clone())
        .oneshot(
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::COOKIE, &w.cookies[caller])
                .body(if body.is_null() {
                    Body::empty()
                } else {
                    Body::from(body.to_string())
                })
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

fn requester_answers() -> Value {
    json!({
        "family_name": "Tamm",
        "given_names": "Mari",
        "birth_date": "1985-03-14",
        "nationality": "Estonian",
        "profession": "nurse",
        "practice_basis": "establishment",
        "information_requested": ["sanctions"],
        "qualification_title": "Õde",
        "awarding_body": "Tallinna Tervishoiu Kõrgkool",
        "documents": [{"document_kind": "diploma", "document_file": "diploma.pdf"}]
    })
}

#[tokio::test]
async fn a_request_exchange_through_the_api() {
    let mut w = world();
    handler(&mut w, "EE-0001", "EE-0033", "EE-HANDLER");
    handler(&mut w, "EE-0005", "EE-0033", "RESPONDER");

    let (s, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "EE-0005", "proposed_deadline": "2026-03-20",
               "answers": {"family_name": "Tamm"}}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    let id = created["instance"]
        .as_u64()
        .unwrap_or_else(|| panic!("{created}"));
    let at = |more: &str| format!("/api/instances/{id}{more}");

    // Wrong shapes are refused before anything runs.
    let (s, body) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &at("/actions/save"),
        json!({"answers": {"birth_date": "14.03.1985"}}),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["field"], "answers", "{body}");
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("`birth_date`: expected a date"),
        "{body}"
    );

    // Incomplete or wrong answers: every problem, with its place.
    let (s, body) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &at("/actions/send"),
        json!({"answers": {"profession": "plumber"}}),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["code"], "invalid_answers", "{body}");
    let problems: Vec<(String, String)> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["path"].as_str().unwrap().to_string(),
                p["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        problems.contains(&("given_names".into(), "required".into())),
        "{problems:?}"
    );
    assert!(
        problems.contains(&("profession".into(), "unknown_choice".into())),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|(p, _)| p == "family_name"),
        "given in the draft: {problems:?}"
    );

    let (s, body) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &at("/actions/send"),
        json!({"answers": requester_answers()}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");

    // The responder reads everything, typed as written.
    let (s, read) = call(&w, "RESPONDER", "GET", &at(""), Value::Null).await;
    assert_eq!(s, StatusCode::OK, "{read}");
    assert_eq!(read["state"], "awaiting_acceptance");
    assert_eq!(read["fields"]["answers"]["birth_date"], "1985-03-14");
    assert_eq!(
        read["fields"]["answers"]["documents"][0]["document_kind"],
        "diploma"
    );
    // A linked authority and a coordinator of the requester: state and
    // dates only; an unrelated authority: nothing.
    for caller in ["linked", "coordinator"] {
        let (s, read) = call(&w, caller, "GET", &at(""), Value::Null).await;
        assert_eq!(s, StatusCode::OK, "{caller}: {read}");
        assert!(
            read.get("fields").is_none(),
            "{caller} sees no details: {read}"
        );
    }
    let (s, _) = call(&w, "unrelated", "GET", &at(""), Value::Null).await;
    assert_eq!(s, StatusCode::NOT_FOUND);

    let (s, body) = call(
        &w,
        "RESPONDER",
        "POST",
        &at("/actions/accept"),
        json!({"deadline": "2026-03-27"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let (s, body) = call(
        &w,
        "RESPONDER",
        "POST",
        &at("/actions/reply"),
        json!({"answers": {"family_name": "Other", "legally_established": true,
                           "suspension_or_prohibition": false, "sanctions": "no"}}),
    )
    .await;
    assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert_eq!(body["problems"][0]["code"], "answered_by_other", "{body}");
    let (s, body) = call(
        &w,
        "RESPONDER",
        "POST",
        &at("/actions/reply"),
        json!({"answers": {"legally_established": true, "suspension_or_prohibition": false,
                           "sanctions": "no", "documents": [{"document_authentic": "yes"}]}}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let (_, read) = call(&w, "EE-HANDLER", "GET", &at(""), Value::Null).await;
    assert_eq!(read["state"], "replied");
    assert_eq!(
        read["fields"]["answers"]["documents"][0],
        json!({"document_kind": "diploma", "document_file": "diploma.pdf", "document_authentic": "yes"})
    );
    let (s, body) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &at("/actions/close"),
        json!({"rating_timeliness": 5, "rating_effort": 4}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{body}");

    // The trail shows who did what; personal answers are masked in it.
    let (s, trail) = call(&w, "EE-HANDLER", "GET", &at("/audit"), Value::Null).await;
    assert_eq!(s, StatusCode::OK, "{trail}");
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "send", "accept", "reply", "close"]);
    let send = &trail[1]["inputs"]["answers"];
    assert_eq!(send["profession"], "nurse", "{send}");
    assert_eq!(send["family_name"], "‹personal data›", "{send}");
    assert!(!trail.to_string().contains("Tamm"), "{trail}");
}
