//! The web pages, driven as a browser without JavaScript does (HTML forms,
//! cookies): every page in every language without a missing text; each
//! side reading a request in its language; hostile text rendered inert;
//! forms refused without their CSRF token; security headers on every
//! answer. (Forms: `forms.rs`; lists and records: `records.rs`; files and
//! repeated items: `attachments.rs`.)

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::{header, StatusCode};
use common::{api, cookies, request, sent_request, world, TOKEN};
use imi_web::i18n::MISSING;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_renders_in_every_language_without_a_missing_text() {
    let mut w = world();
    common::user(
        &mut w,
        "lda",
        "EE-LDA",
        "EE-0001",
        "et",
        &["local_data_administrator"],
    );
    common::user(
        &mut w,
        "coord",
        "EE-COORD",
        "EE-0033",
        "et",
        &["data_administrator", "request_handler"],
    );
    let id = sent_request(&w, json!({"remarks": "Palun kinnitage."})).await;
    let languages = w.state.engine.definitions().languages.clone();
    assert_eq!(languages.len(), 24);
    for lang in &languages {
        for (who, path, status) in [
            ("", "/login", StatusCode::OK),
            ("ee", "/tasks", StatusCode::OK),
            ("ee", "/search", StatusCode::OK),
            ("ee", "/search?q=enfermeiros&country=PT", StatusCode::OK),
            ("ee", "/authorities/PT-0001", StatusCode::OK),
            ("ee", &format!("/requests/{id}"), StatusCode::OK),
            ("pt", &format!("/requests/{id}"), StatusCode::OK),
            ("ee", "/requests/999999", StatusCode::NOT_FOUND),
            ("ee", "/requests/not-a-number", StatusCode::BAD_REQUEST),
            ("ee", "/requests/new", StatusCode::OK),
            ("ee", "/requests", StatusCode::OK),
            ("ee", "/admin", StatusCode::OK),
            ("lda", "/lists/my_authority", StatusCode::OK),
            ("coord", "/lists/coordination", StatusCode::OK),
            ("ee", "/lists/nothing", StatusCode::NOT_FOUND),
            ("ee", "/search?keyword=health", StatusCode::OK),
            (
                "pt",
                "/requests?party=responder&state=awaiting_acceptance",
                StatusCode::OK,
            ),
            ("ee", "/statistics", StatusCode::OK),
            ("ee", "/statistics?country=PT", StatusCode::OK),
            (
                "ee",
                "/requests/new?workflow=pq_request&responder=PT-0001",
                StatusCode::OK,
            ),
            (
                "ee",
                "/requests/new?workflow=services_request",
                StatusCode::OK,
            ),
        ] {
            let session = if who.is_empty() {
                String::new()
            } else {
                w.cookies[who].clone()
            };
            let page = request(&w, "GET", path, &cookies(&session, Some(lang)), None).await;
            assert_eq!(page.status, status, "{lang} {path}: {}", page.body);
            assert!(
                page.body.contains(&format!("<html lang=\"{lang}\">")),
                "{lang} {path}: no lang attribute"
            );
            if let Some(at) = page.body.find(MISSING) {
                panic!(
                    "{lang} {path}: a missing text: {}",
                    &page.body[at..(at + 80).min(page.body.len())]
                );
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_side_reads_the_request_in_its_own_language() {
    let w = world();
    let id = sent_request(&w, json!({})).await;
    // The Portuguese responder: Portuguese labels and choices.
    let page = request(
        &w,
        "GET",
        &format!("/requests/{id}"),
        &cookies(&w.cookies["pt"], None),
        None,
    )
    .await;
    assert!(
        page.body.contains("<html lang=\"pt\">"),
        "the account's language"
    );
    assert!(
        page.body
            .contains(">Õdede register</a> <span class=\"id\">EE-0001</span>"),
        "the parties by name: {}",
        page.body
    );
    assert!(
        page.body
            .contains("Enfermeiro responsável por cuidados gerais"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("id=\"action-accept\""),
        "the responder may accept"
    );
    // The Estonian requester: Estonian, and no accept action.
    let page = request(
        &w,
        "GET",
        &format!("/requests/{id}"),
        &cookies(&w.cookies["ee"], None),
        None,
    )
    .await;
    assert!(page.body.contains("<html lang=\"et\">"));
    assert!(
        !page.body.contains("id=\"action-accept\""),
        "the requester may not accept"
    );
    assert!(page.body.contains("id=\"action-withdraw\""));
    // The language switcher wins over the account's language.
    let page = request(
        &w,
        "GET",
        &format!("/requests/{id}"),
        &cookies(&w.cookies["ee"], Some("fi")),
        None,
    )
    .await;
    assert!(page.body.contains("<html lang=\"fi\">"));
    let switch = request(&w, "GET", "/language?lang=de&back=/tasks", "", None).await;
    assert_eq!(switch.status, StatusCode::SEE_OTHER);
    assert_eq!(switch.headers[header::LOCATION], "/tasks");
    assert!(switch.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .starts_with("imi_lang=de"));
    let elsewhere = request(&w, "GET", "/language?lang=de&back=//evil.example", "", None).await;
    assert_eq!(
        elsewhere.headers[header::LOCATION],
        "/",
        "no redirect off the site"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_text_renders_inert() {
    let w = world();
    let hostile = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
    common::authority(&w.state.engine, "PT-0066", "PT", hostile, None);
    let id = sent_request(&w, json!({"remarks": hostile, "awarding_body": hostile})).await;
    for (who, path) in [
        ("pt", format!("/requests/{id}")),
        ("ee", "/authorities/PT-0066".to_string()),
        ("ee", "/search?q=script&country=PT".to_string()),
    ] {
        let page = request(&w, "GET", &path, &cookies(&w.cookies[who], None), None).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(!page.body.contains("<script>alert"), "{path}: raw script");
        assert!(!page.body.contains("<img src=x"), "{path}: raw img");
    }
    let page = request(
        &w,
        "GET",
        &format!("/requests/{id}"),
        &cookies(&w.cookies["pt"], None),
        None,
    )
    .await;
    assert!(page.body.contains("&lt;script&gt;alert"), "shown, escaped");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forms_are_refused_without_their_csrf_token() {
    let w = world();
    let id = sent_request(&w, json!({})).await;
    let path = format!("/requests/{id}/accept");
    let session = w.cookies["pt"].clone();
    // No token; a token that is not this browser's; no cookie at all.
    for (cookie, form) in [
        (cookies(&session, None), String::new()),
        (
            cookies(&session, None),
            "csrf=ffffffffffffffffffffffffffffffff".to_string(),
        ),
        (session.clone(), format!("csrf={TOKEN}")),
    ] {
        let page = request(&w, "POST", &path, &cookie, Some(&form)).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{form}");
    }
    let (_, read) = api(
        &w,
        "pt",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(read["state"], "awaiting_acceptance", "nothing happened");
    // With it: done, and back to the request.
    let page = request(
        &w,
        "POST",
        &path,
        &cookies(&session, None),
        Some(&format!("csrf={TOKEN}&deadline=2026-03-25")),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], format!("/requests/{id}"));
    let (_, read) = api(
        &w,
        "pt",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(read["state"], "accepted");
    assert_eq!(read["fields"]["deadline"], "2026-03-25");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_answer_carries_the_security_headers() {
    let w = world();
    for path in ["/login", "/tasks", "/api/session", "/nowhere"] {
        let page = request(&w, "GET", path, &w.cookies["ee"], None).await;
        let h = &page.headers;
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'"),
            "{path}"
        );
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "same-origin", "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
    }
}
