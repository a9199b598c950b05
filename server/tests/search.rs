//! The authority search through the API: it answers in every language,
//! follows the store within a second, refuses bad parameters clearly, and
//! a deleted index is rebuilt from the store.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{import, world, World};
use http_body_util::BodyExt;
use imi_engine::Actor;
use imi_expr::Value;
use imi_server::app;
use tower::ServiceExt;

/// The Estonian authorities of the demo data, imported as the demo does.
fn estonian_rows() -> Vec<serde_json::Value> {
    let text = include_str!("../../demo/authorities.jsonl");
    text.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|r| r["country"] == "EE")
        .collect()
}

fn import_row(w: &World, row: &serde_json::Value) {
    import(
        &w.state.engine,
        "authority",
        serde_json::json!({
            "authority_id": row["id"], "official_name": row["official_name"], "country": row["country"],
            "level": row["level"], "national_languages": row["national_languages"],
            "informal_name": row["informal_name"], "description": row["description"],
            "email": row["email"], "economic_activities": row["economic_activities"],
            "policy_areas": row["policy_areas"],
        }),
    );
}

async fn get(w: &World, uri: &str, caller: Option<&str>) -> (StatusCode, serde_json::Value) {
    let mut req = Request::get(uri);
    if let Some(c) = caller {
        req = req.header(header::COOKIE, &w.cookies[c]);
    }
    let response = app(w.state.clone())
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

fn uri(q: &str, lang: &str) -> String {
    let q: String = q
        .bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!("/api/authorities/search?q={q}&lang={lang}&limit=5")
}

/// Waits until the index shows what the store holds (the sync commits
/// within a second).
async fn until(
    w: &World,
    uri: &str,
    pred: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let started = Instant::now();
    loop {
        let (status, body) = get(w, uri, Some("own_lda")).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        if pred(&body) {
            return body;
        }
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "not within a second: {body}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn ids(body: &serde_json::Value) -> Vec<String> {
    body["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn the_endpoint_answers_in_every_language() {
    let w = world();
    let rows = estonian_rows();
    // (The world already has EE-0001, -0002, -0005 and -0033.)
    for r in &rows {
        if w.state
            .engine
            .authority(r["id"].as_str().unwrap())
            .is_none()
        {
            import_row(&w, r);
        }
    }
    // The Estonian chamber of pharmacists, typed in each language by its informal name.
    let council = rows.iter().find(|r| r["id"] == "EE-0003").unwrap();
    let first = until(&w, &uri("Arstide", "et"), |b| {
        b["total"].as_u64().unwrap_or(0) > 0
    })
    .await;
    assert!(!ids(&first).is_empty());
    let mut wrong = Vec::new();
    for (lang, name) in council["informal_name"].as_object().unwrap() {
        let (status, body) = get(&w, &uri(name.as_str().unwrap(), lang), Some("own_basic")).await;
        assert_eq!(status, StatusCode::OK, "{lang}: {body}");
        let found = ids(&body);
        if found.first().map(String::as_str) != Some("EE-0003") {
            wrong.push(format!("{lang} {name}: {found:?}"));
            continue;
        }
        let hit = &body["hits"][0];
        assert_eq!(
            hit["informal_name"], *name,
            "shown in the searcher's language"
        );
        assert_eq!(hit["country"], "EE");
        assert!(
            hit["highlights"]["name"].as_str().unwrap().contains("<b>"),
            "{hit}"
        );
        assert!(body["facets"]["countries"]["EE"].as_u64().unwrap() >= 1);
    }
    assert!(wrong.is_empty(), "not first: {wrong:?}");
}

#[tokio::test]
async fn changes_reach_the_index_within_a_second() {
    let w = world();
    let lda = Actor::User {
        user: "EE-LDA".into(),
        authority: "EE-0001".into(),
        roles: vec![imi_engine::RoleGrant::parse("local_data_administrator")],
    };
    let name =
        std::collections::BTreeMap::from([("en".to_string(), "Quixotic chamber".to_string())]);
    w.state
        .engine
        .act(
            w.authority,
            "update_profile",
            &lda,
            std::collections::BTreeMap::from([
                ("informal_name".to_string(), Value::Texts(name)),
                ("new_translation_needed".to_string(), Value::Bool(true)),
            ]),
        )
        .unwrap();
    let body = until(&w, &uri("quixotic", "en"), |b| ids(b) == ["EE-0001"]).await;
    assert_eq!(body["hits"][0]["informal_name"], "Quixotic chamber");
    // No longer active: no longer found.
    let coordinator = Actor::User {
        user: "EE-NIMIC".into(),
        authority: "EE-0033".into(),
        roles: vec![imi_engine::RoleGrant::parse("data_administrator")],
    };
    w.state
        .engine
        .act(
            w.authority,
            "start_deletion",
            &coordinator,
            Default::default(),
        )
        .unwrap();
    until(&w, &uri("quixotic", "en"), |b| ids(b).is_empty()).await;
}

#[tokio::test]
async fn bad_parameters_get_clear_errors() {
    let w = world();
    for (query, field) in [
        ("q=council&lang=xx", "lang"),
        ("q=council&limit=101", "limit"),
        ("q=council&limit=0", "limit"),
        ("q=council&offset=99999", "offset"),
        ("q=council&country=est", "country"),
        ("q=council&area=nothing", "area"),
        ("q=council&level=na%20tional", "level"),
        ("q=council&keyword=a%20b", "keyword"),
        ("q=", "q"),
    ] {
        let (status, body) = get(
            &w,
            &format!("/api/authorities/search?{query}"),
            Some("own_lda"),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {body}");
        assert_eq!(body["field"], field, "{query}: {body}");
        assert!(body["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let (status, body) = get(
        &w,
        "/api/authorities/search?q=council&limit=abc",
        Some("own_lda"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let (status, _) = get(&w, "/api/authorities/search?q=council", None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[test]
fn a_deleted_index_is_rebuilt_from_the_store() {
    let w = world();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("search-index");
    let follow = |expect_rebuild: bool| {
        let (mut index, opened) = imi_search::SearchIndex::open(&dir).unwrap();
        index.set_labels_from(w.state.engine.definitions());
        let index = Arc::new(index);
        let stop = Arc::new(AtomicBool::new(false));
        let (rebuilt, handle) =
            imi_search::sync::follow(w.state.engine.clone(), index.clone(), opened, stop.clone())
                .unwrap();
        assert_eq!(rebuilt.is_some(), expect_rebuild, "{opened:?}");
        let found = index
            .search(&imi_search::SearchRequest {
                q: "Authority EE-0001".into(),
                lang: "en".into(),
                limit: 3,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(found.hits.first().map(|h| h.id.as_str()), Some("EE-0001"));
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        handle.join().unwrap();
    };
    follow(true); // missing: built from the store
    follow(false); // up to date: kept
    std::fs::remove_dir_all(&dir).unwrap();
    follow(true); // deleted: rebuilt
    std::fs::write(dir.join("meta.json"), "not json").unwrap();
    follow(true); // corrupt: rebuilt
}
