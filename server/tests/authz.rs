//! The authorization table: every endpoint × every relation of the caller
//! to the target (own authority's local data administrator or basic user,
//! a linked authority, the validating coordinator, an unrelated authority,
//! nobody logged in), with the expected answer. Each cell runs on a fresh
//! world, so a cell's change cannot decide another's. The test fails if any
//! cell changes.
//!
//! Reads also say how much was shown: `full` (personal data included),
//! `profile` (fields without personal data), `summary` (state, dates,
//! parties and area only).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use std::collections::BTreeMap;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::world;
use http_body_util::BodyExt;
use imi_engine::Actor;
use imi_server::app;
use serde_json::json;
use tower::ServiceExt;

/// The callers, in the table's column order.
const CALLERS: [&str; 6] = [
    "own_lda",
    "own_basic",
    "linked",
    "coordinator",
    "unrelated",
    "anonymous",
];

/// endpoint → expected answer per caller (status, and for reads the view).
const TABLE: &str = "
GET  /api/session                      | 200         | 200         | 200         | 200         | 200         | 401
GET  /api/authorities/EE-0001          | 200:full    | 200:full    | 200:profile | 200:full    | 200:profile | 401
GET  /api/authorities/EE-0099          | 404         | 404         | 404         | 404         | 404         | 401
GET  /api/authorities/EE-0001/checklist | 200         | 200         | 404         | 200         | 404         | 401
GET  /api/authorities/EE-0001/areas/services | 200:profile | 200:profile | 200:summary | 200:profile | 404 | 401
GET  /api/authorities/EE-0001/areas/posting-of-workers | 404 | 404       | 404         | 404         | 404         | 401
GET  /api/instances/{account}          | 200:full    | 200:full    | 200:summary | 200:summary | 404         | 401
GET  /api/instances/{account}/audit    | 200         | 200         | 404         | 404         | 404         | 401
GET  /api/instances/{account}/actions  | 200         | 200         | 200         | 200         | 404         | 401
GET  /api/authorities/search?q=authority | 200       | 200         | 200         | 200         | 200         | 401
GET  /api/questionnaires               | 200         | 200         | 200         | 200         | 200         | 401
GET  /api/questionnaires/pq-request    | 200         | 200         | 200         | 200         | 200         | 401
GET  /api/instances/{account}/answers   | 200         | 200         | 200         | 200         | 404         | 401
GET  /api/tasks                        | 200         | 200         | 200         | 200         | 200         | 401
GET  /api/exchanges?party=requester    | 200         | 200         | 200         | 200         | 200         | 401
GET  /api/statistics                   | 200         | 200         | 200         | 200         | 200         | 401
POST /api/instances/{authority}/personal-data | 409 | 409  | 404         | 409         | 404         | 401
GET  /api/users                        | 200         | 200         | 200         | 200         | 200         | 401
POST /api/users                        | 201         | 403         | 201         | 403         | 201         | 401
POST /api/users/EE-LDA/reset           | 200         | 403         | 403         | 200         | 403         | 401
POST /api/users/EE-BASIC/reset         | 200         | 403         | 403         | 403         | 403         | 401
POST /api/instances/{account}/actions/change_roles       | 200 | 403 | 403 | 403 | 403 | 401
POST /api/instances/{authority}/actions/update_profile   | 200 | 403 | 403 | 403 | 403 | 401
POST /api/instances/{authority}/actions/change_official_name | 403 | 403 | 403 | 200 | 403 | 401
POST /api/workflows/authority_link/starts/link           | 201 | 403 | 201 | 403 | 409 | 401
GET  /api/lists                        | 200         | 200         | 200         | 200         | 200         | 401
GET  /api/lists?group=my_authority     | 200         | 200         | 200         | 200         | 200         | 401
POST /api/files?name=note.txt          | 201         | 201         | 201         | 201         | 201         | 401
GET  /api/instances/{account}/files/0123456789abcdef0123456789abcdef | 404 | 404 | 404 | 404 | 404 | 401
POST /api/logout                       | 204         | 204         | 204         | 204         | 204         | 204
";

/// The body each write sends.
fn body_for(path: &str) -> serde_json::Value {
    if path.ends_with("/change_roles") {
        json!({"roles": ["request_handler"]})
    } else if path.ends_with("/update_profile") {
        json!({"phone": "+372 600 0000", "new_translation_needed": false})
    } else if path.ends_with("/change_official_name") {
        json!({"official_name": "Eesti Arstide Liit"})
    } else if path.ends_with("/starts/link") {
        json!({"linked": "EE-0005"})
    } else if path == "/api/users" {
        json!({"name": "New User", "email": "new.user@example.org", "language": "et", "roles": ["basic_user"]})
    } else {
        json!({})
    }
}

/// How much of an instance a read showed.
fn view_of(body: &serde_json::Value) -> &'static str {
    match body.get("fields").and_then(|f| f.as_object()) {
        None => "summary",
        // Personal-data fields of the two workflows read here.
        Some(f) if f.contains_key("email") && f.contains_key("name") => "full",
        Some(f) if f.contains_key("first_user_email") => "full",
        Some(_) => "profile",
    }
}

async fn cell(method: &str, path: &str, caller: &str) -> String {
    let w = world();
    if path.contains("/areas/") {
        // The authority's access to the area, which holds its settings.
        common::import(
            &w.state.engine,
            "area_access",
            json!({"authority": "EE-0001", "coordinator": "EE-0033", "area": "services"}),
        );
    }
    let path = path
        .replace("{account}", &w.account.to_string())
        .replace("{authority}", &w.authority.to_string());
    let mut req = Request::builder()
        .method(method)
        .uri(&path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(c) = w.cookies.get(caller) {
        req = req.header(header::COOKIE, c);
    }
    let body = if method == "POST" {
        body_for(&path).to_string()
    } else {
        String::new()
    };
    let response = app(w.state.clone())
        .oneshot(req.body(Body::from(body)).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let is_instance_read = method == "GET"
        && !path.contains('?')
        && !path.ends_with("/checklist")
        && (path.starts_with("/api/authorities/")
            || path.matches('/').count() == 3 && path.starts_with("/api/instances/"));
    if status == StatusCode::OK && is_instance_read {
        format!("{}:{}", status.as_u16(), view_of(&json))
    } else {
        if !status.is_success() {
            assert!(
                json.get("code").is_some(),
                "{method} {path} as {caller}: error without a JSON body"
            );
        }
        status.as_u16().to_string()
    }
}

#[tokio::test]
async fn every_endpoint_for_every_relation() {
    let mut differences = Vec::new();
    let mut cells = 0;
    for line in TABLE.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.split('|').map(str::trim);
        let endpoint = parts.next().unwrap();
        let (method, path) = endpoint.split_once(' ').unwrap();
        let expected: Vec<&str> = parts.collect();
        assert_eq!(expected.len(), CALLERS.len(), "{line}");
        for (caller, want) in CALLERS.iter().zip(expected) {
            let got = cell(method, path.trim(), caller).await;
            cells += 1;
            if got != want {
                differences.push(format!(
                    "{endpoint} as {caller}: expected {want}, got {got}"
                ));
            }
        }
    }
    assert!(
        differences.is_empty(),
        "{} of {cells} cells differ:\n{}",
        differences.len(),
        differences.join("\n")
    );
}

/// Every route of the OpenAPI document is in the table (a new endpoint
/// without its row fails here).
#[tokio::test]
async fn the_table_covers_every_route() {
    let w = world();
    let response = app(w.state.clone())
        .oneshot(
            Request::get("/api/openapi.json")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let doc: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let covered: Vec<(String, String)> = TABLE
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let endpoint = l.split('|').next().unwrap().trim();
            let (m, p) = endpoint.split_once(' ').unwrap();
            (m.to_lowercase(), p.trim().to_string())
        })
        .collect();
    // Routes anybody may call are the login's and the health check: their
    // own tests cover them.
    let public = [
        "/api/health",
        "/api/login",
        "/api/login/first",
        "/api/login/code",
    ];
    let mut missing = Vec::new();
    for (path, methods) in doc["paths"].as_object().unwrap() {
        if public.contains(&path.as_str()) {
            continue;
        }
        let pattern = path_pattern(path);
        for method in methods.as_object().unwrap().keys() {
            let found = covered
                .iter()
                .any(|(m, p)| m == method && pattern_matches(&pattern, p));
            if !found {
                missing.push(format!("{method} {path}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "routes without a row in the table: {missing:?}"
    );
}

fn path_pattern(path: &str) -> Vec<Option<String>> {
    path.split('/')
        .map(|seg| (!seg.starts_with('{')).then(|| seg.to_string()))
        .collect()
}

fn pattern_matches(pattern: &[Option<String>], path: &str) -> bool {
    let path = path.split('?').next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').collect();
    segs.len() == pattern.len()
        && pattern
            .iter()
            .zip(segs)
            .all(|(p, s)| p.as_deref().is_none_or(|p| p == s))
}

/// A blocked account's session stops working at once, for every endpoint.
#[tokio::test]
async fn a_blocked_account_is_refused_everywhere() {
    let w = world();
    for _ in 0..5 {
        w.state
            .engine
            .act(
                w.account,
                "login_failed",
                &Actor::Application,
                BTreeMap::new(),
            )
            .unwrap();
    }
    for (method, path) in [
        ("GET", "/api/session".to_string()),
        ("GET", "/api/users".to_string()),
        ("GET", format!("/api/instances/{}", w.authority)),
    ] {
        let response = app(w.state.clone())
            .oneshot(
                Request::builder()
                    .method(method)
                    .uri(&path)
                    .header(header::COOKIE, &w.cookies["own_basic"])
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(json["code"], "account_blocked", "{path}");
    }
}
