//! Every change to an authority, a user or a right is in the audit trail,
//! with who and when, read through the API by the instance's parties.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{world, World};
use http_body_util::BodyExt;
use imi_server::app;
use tower::ServiceExt;

async fn call(
    w: &World,
    method: &str,
    path: &str,
    body: serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    let response = app(w.state.clone())
        .oneshot(
            Request::builder()
                .method(method)
                .uri(path)
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::COOKIE, &w.cookies["own_lda"])
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

#[tokio::test]
async fn changes_to_authorities_users_and_rights_are_audited() {
    let w = world();
    let authority = format!("/api/instances/{}", w.authority);
    let account = format!("/api/instances/{}", w.account);
    let (s, _) = call(&w, "POST", &format!("{authority}/actions/update_profile"),
        serde_json::json!({"informal_name": {"en": "Medical council"}, "new_translation_needed": true})).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = call(
        &w,
        "POST",
        &format!("{account}/actions/change_roles"),
        serde_json::json!({"roles": ["request_handler@services"]}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = call(
        &w,
        "POST",
        &format!("{account}/actions/update_contact"),
        serde_json::json!({"phone": "+372 5555 5555"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);

    for (path, action) in [
        (&authority, "update_profile"),
        (&account, "change_roles"),
        (&account, "update_contact"),
    ] {
        let (s, trail) = call(&w, "GET", &format!("{path}/audit"), serde_json::Value::Null).await;
        assert_eq!(s, StatusCode::OK);
        let record = trail
            .as_array()
            .unwrap()
            .iter()
            .rev()
            .find(|r| r["action"] == action)
            .unwrap_or_else(|| panic!("{action} is in the trail: {trail}"));
        assert_eq!(record["actor"]["user"], "EE-LDA", "who: {record}");
        assert_eq!(record["actor"]["authority"], "EE-0001", "{record}");
        assert!(
            record["at"]
                .as_str()
                .is_some_and(|t| t.starts_with("2026-03-02")),
            "when: {record}"
        );
    }
    // Personal data is masked in the trail.
    let (_, trail) = call(
        &w,
        "GET",
        &format!("{account}/audit"),
        serde_json::Value::Null,
    )
    .await;
    let text = trail.to_string();
    assert!(
        !text.contains("5555 5555"),
        "a phone number is personal data: {text}"
    );
}
