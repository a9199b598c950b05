//! A request for information through the JSON API: answers go in as JSON
//! by question and choice id, bad answers come back as a list of problems
//! with their places, the parties read everything, linked authorities and
//! coordinators only the state and dates, and the audit trail masks the
//! answers that are personal data.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use axum::http::StatusCode;
use common::{authority, call, handler, handler_in, requester_answers, world, World};
use imi_server::SESSION_COOKIE;
use serde_json::{json, Value};

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

#[tokio::test]
async fn blocked_personal_data_needs_a_justification() {
    let mut w = world();
    handler(&mut w, "EE-0001", "EE-0033", "EE-HANDLER");
    handler(&mut w, "EE-0005", "EE-0033", "RESPONDER");
    let (_, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "EE-0005", "proposed_deadline": "2026-03-20"}),
    )
    .await;
    let id = created["instance"].as_u64().unwrap();
    let at = |more: &str| format!("/api/instances/{id}{more}");
    for (caller, action, body) in [
        (
            "EE-HANDLER",
            "send",
            json!({"answers": requester_answers()}),
        ),
        ("RESPONDER", "accept", json!({})),
        (
            "RESPONDER",
            "reply",
            json!({"answers": {"legally_established": true,
            "suspension_or_prohibition": false, "sanctions": "no"}}),
        ),
        (
            "EE-HANDLER",
            "close",
            json!({"rating_timeliness": 4, "rating_effort": 4}),
        ),
    ] {
        let (s, b) = call(&w, caller, "POST", &at(&format!("/actions/{action}")), body).await;
        assert_eq!(s, StatusCode::OK, "{action}: {b}");
    }
    // Not blocked yet: nothing to reveal.
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &at("/personal-data"),
        json!({"justification": "Court case 2026/123 about the professional."}),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");

    // Six months later (new sessions: the old ones have long expired).
    w.clock.set("2026-09-02T08:00:01Z".parse().unwrap());
    w.state.engine.fire_due().unwrap();
    session(&mut w, "EE-HANDLER");
    session(&mut w, "RESPONDER");
    let (s, read) = call(&w, "RESPONDER", "GET", &at(""), Value::Null).await;
    assert_eq!(s, StatusCode::OK, "{read}");
    assert_eq!(
        read["personal_data_blocked"]["reveal"], "consult_personal_data",
        "{read}"
    );
    let answers = &read["fields"]["answers"];
    assert_eq!(answers["profession"], "nurse", "{read}");
    assert!(answers.get("family_name").is_none(), "blocked: {read}");

    // A short justification is refused; a real one reveals, and is kept.
    let (s, b) = call(
        &w,
        "RESPONDER",
        "POST",
        &at("/personal-data"),
        json!({"justification": "need it"}),
    )
    .await;
    assert_eq!(s, StatusCode::CONFLICT, "{b}");
    let why = "Court case 2026/123 about the professional.";
    let (s, b) = call(
        &w,
        "RESPONDER",
        "POST",
        &at("/personal-data"),
        json!({"justification": why}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    assert_eq!(b["fields"]["answers"]["family_name"], "Tamm", "{b}");
    let (_, trail) = call(&w, "EE-HANDLER", "GET", &at("/audit"), Value::Null).await;
    let last = trail.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "consult_personal_data", "{last}");
    assert_eq!(last["actor"]["user"], "RESPONDER", "{last}");
    assert_eq!(last["inputs"]["justification"], why, "{last}");
    // Others never reach it.
    session(&mut w, "EE-LINKED");
    let (s, _) = call(
        &w,
        "EE-LINKED",
        "POST",
        &at("/personal-data"),
        json!({"justification": why}),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

/// A new session for `user_id` (the clock moved on).
fn session(w: &mut World, user_id: &'static str) {
    let engine = &w.state.engine;
    let id = engine
        .find(
            "user_account",
            "user_id",
            &imi_expr::Value::String(user_id.to_lowercase()),
        )
        .unwrap()[0];
    let token = w
        .state
        .credentials
        .open_session(user_id, id, engine.now())
        .unwrap();
    w.cookies
        .insert(user_id, format!("{SESSION_COOKIE}={token}"));
}

/// Moves the clock to `2026-03-02` plus `days`, with fresh sessions.
fn day(w: &mut World, days: i64) {
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00Z").unwrap()
        + chrono::Duration::days(days);
    w.clock.set(at.into());
    w.state.engine.fire_due().unwrap();
    for user in ["EE-HANDLER", "RESPONDER"] {
        session(w, user);
    }
}

#[tokio::test]
async fn indicators_per_authority_country_and_area() {
    let mut w = world();
    handler(&mut w, "EE-0001", "EE-0033", "EE-HANDLER");
    handler(&mut w, "EE-0005", "EE-0033", "RESPONDER");
    // (accepted on day, replied on day, ratings): deadline day 20.
    for (accepted, replied, ratings) in [(2, 10, (5, 5)), (9, 30, (1, 3))] {
        day(&mut w, 0);
        let (_, created) = call(
            &w,
            "EE-HANDLER",
            "POST",
            "/api/workflows/pq_request/starts/create",
            json!({"responder": "EE-0005", "proposed_deadline": "2026-03-22"}),
        )
        .await;
        let id = created["instance"].as_u64().unwrap();
        let at = |a: &str| format!("/api/instances/{id}/actions/{a}");
        let (s, b) = call(
            &w,
            "EE-HANDLER",
            "POST",
            &at("send"),
            json!({"answers": requester_answers()}),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        day(&mut w, accepted);
        let (s, b) = call(&w, "RESPONDER", "POST", &at("accept"), json!({})).await;
        assert_eq!(s, StatusCode::OK, "{b}");
        day(&mut w, replied);
        let (s, b) = call(
            &w,
            "RESPONDER",
            "POST",
            &at("reply"),
            json!({"answers": {
            "legally_established": true, "suspension_or_prohibition": false, "sanctions": "no"}}),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{b}");
        let (s, b) = call(
            &w,
            "EE-HANDLER",
            "POST",
            &at("close"),
            json!({"rating_timeliness": ratings.0, "rating_effort": ratings.1}),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }
    let (s, stats) = call(
        &w,
        "EE-HANDLER",
        "GET",
        "/api/statistics?country=EE",
        Value::Null,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{stats}");
    let labels: Vec<&str> = stats["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert_eq!(labels[0], "Requests accepted within 7 days", "{stats}");
    let expect = json!([
        {"indicator": "accepted_within_7_days", "counted": 2, "value": 50.0, "band": "red"},
        {"indicator": "average_days_to_answer", "counted": 2, "value": 20.0, "band": "yellow"},
        {"indicator": "answered_by_agreed_date", "counted": 2, "value": 50.0, "band": "red"},
        {"indicator": "negative_ratings", "counted": 2, "value": 50.0, "band": "red"},
    ]);
    assert_eq!(stats["authorities"]["EE-0005"], expect, "{stats}");
    assert_eq!(stats["countries"]["EE"], expect, "{stats}");
    assert_eq!(
        stats["areas"]["professional-qualifications"], expect,
        "{stats}"
    );
    // Only the responding authority is measured.
    assert!(stats["authorities"].get("EE-0001").is_none(), "{stats}");
    let (_, none) = call(
        &w,
        "EE-HANDLER",
        "GET",
        "/api/statistics?country=LV",
        Value::Null,
    )
    .await;
    assert_eq!(none["countries"], json!({}), "{none}");
}

#[tokio::test]
async fn each_side_reads_the_exchange_in_its_own_language() {
    let mut w = world();
    authority(&w.state.engine, "PT-0033", "PT", None, Some("nimic"));
    authority(&w.state.engine, "PT-0001", "PT", Some("PT-0033"), None);
    handler_in(&mut w, "EE-0001", "EE-0033", "EE-HANDLER", "et");
    handler_in(&mut w, "PT-0001", "PT-0033", "PT-HANDLER", "pt");
    let (s, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "PT-0001", "proposed_deadline": "2026-03-20"}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    let id = created["instance"].as_u64().unwrap();
    let at = |more: &str| format!("/api/instances/{id}{more}");
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &at("/actions/send"),
        json!({"answers": requester_answers()}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = call(&w, "PT-HANDLER", "POST", &at("/actions/accept"), json!({})).await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (s, b) = call(
        &w,
        "PT-HANDLER",
        "POST",
        &at("/actions/reply"),
        json!({"answers": {
        "legally_established": true, "suspension_or_prohibition": false, "sanctions": "no",
        "documents": [{"document_authentic": "yes"}]}}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");

    let q = w.state.engine.definitions().questionnaires["pq-request"].clone();
    for (caller, lang) in [("EE-HANDLER", "et"), ("PT-HANDLER", "pt")] {
        // Without `lang`: the reader's own language.
        let (s, views) = call(&w, caller, "GET", &at("/answers"), Value::Null).await;
        assert_eq!(s, StatusCode::OK, "{views}");
        let view = &views[0];
        let t = &q.texts[lang];
        assert_eq!(view["lang"], lang);
        assert_eq!(view["title"], t.title.as_str());
        let question = |id: &str| -> Value {
            view["sections"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|s| s["questions"].as_array().unwrap().clone())
                .find(|q| q["id"] == id)
                .unwrap()
        };
        let profession = question("profession");
        assert_eq!(
            profession["label"],
            t.questions["profession"].label.as_str()
        );
        assert_eq!(profession["answer"], "nurse");
        assert_eq!(
            profession["choice_labels"][0],
            t.choices["professions"]["nurse"].as_str()
        );
        let sanctions = question("sanctions");
        assert_eq!(
            sanctions["choice_labels"][0],
            t.choices["yes_no_unknown"]["no"].as_str()
        );
        assert_eq!(question("family_name")["answer"], "Tamm");
        let document = &question("documents")["items"][0];
        let authentic = document
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == "document_authentic")
            .unwrap();
        assert_eq!(
            authentic["label"],
            t.questions["document_authentic"].label.as_str()
        );
        assert_eq!(
            authentic["choice_labels"][0],
            t.choices["yes_no_unknown"]["yes"].as_str()
        );
    }
    // The labels differ: the two sides really read different languages.
    assert_ne!(
        q.texts["et"].questions["profession"].label,
        q.texts["pt"].questions["profession"].label
    );
}

#[tokio::test]
async fn a_request_coordinator_sees_details_when_the_authority_lets_it() {
    let mut w = world();
    handler(&mut w, "EE-0001", "EE-0033", "EE-HANDLER");
    handler(&mut w, "EE-0005", "EE-0033", "RESPONDER");
    let (_, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "EE-0005", "proposed_deadline": "2026-03-20"}),
    )
    .await;
    let id = created["instance"].as_u64().unwrap();
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &format!("/api/instances/{id}/actions/send"),
        json!({"answers": requester_answers()}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    // EE-0033 is the request coordinator of both sides: by default it
    // sees the state and dates only.
    let (_, read) = call(
        &w,
        "coordinator",
        "GET",
        &format!("/api/instances/{id}"),
        Value::Null,
    )
    .await;
    assert!(read.get("fields").is_none(), "{read}");

    // The requesting authority's local data administrator lets it see details.
    let settings = w
        .state
        .engine
        .find(
            "area_access",
            "settings",
            &imi_expr::Value::List(vec![
                imi_expr::Value::String("EE-0001".into()),
                imi_expr::Value::String("professional-qualifications".into()),
            ]),
        )
        .unwrap()[0];
    let (s, b) = call(
        &w,
        "own_basic",
        "POST",
        &format!("/api/instances/{settings}/actions/change_settings"),
        json!({"coordinator_sees_details": true}),
    )
    .await;
    assert_eq!(
        s,
        StatusCode::FORBIDDEN,
        "only its local data administrator: {b}"
    );
    let (s, b) = call(
        &w,
        "own_lda",
        "POST",
        &format!("/api/instances/{settings}/actions/change_settings"),
        json!({"coordinator_sees_details": true}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, read) = call(
        &w,
        "coordinator",
        "GET",
        &format!("/api/instances/{id}"),
        Value::Null,
    )
    .await;
    let answers = &read["fields"]["answers"];
    assert_eq!(answers["profession"], "nurse", "details: {read}");
    assert!(
        answers.get("family_name").is_none(),
        "never personal data: {read}"
    );
    assert!(
        answers.get("birth_date").is_none(),
        "never personal data: {read}"
    );
    // A linked authority still sees no details.
    let (_, read) = call(
        &w,
        "linked",
        "GET",
        &format!("/api/instances/{id}"),
        Value::Null,
    )
    .await;
    assert!(read.get("fields").is_none(), "{read}");
}

/// A LibreTranslate-compatible server on loopback that tags texts with the
/// language pair.
async fn fake_libretranslate() -> String {
    use axum::routing::post;
    let app = axum::Router::new().route(
        "/translate",
        post(|axum::Json(b): axum::Json<Value>| async move {
            axum::Json(json!({"translatedText": format!("[{}→{}] {}",
                b["source"].as_str().unwrap(), b["target"].as_str().unwrap(), b["q"].as_str().unwrap())}))
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn free_text_is_machine_translated_for_the_other_side() {
    let mut w = world();
    authority(&w.state.engine, "PT-0033", "PT", None, Some("nimic"));
    authority(&w.state.engine, "PT-0001", "PT", Some("PT-0033"), None);
    handler_in(&mut w, "EE-0001", "EE-0033", "EE-HANDLER", "et");
    handler_in(&mut w, "PT-0001", "PT-0033", "PT-HANDLER", "pt");
    let (_, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "PT-0001", "proposed_deadline": "2026-03-20"}),
    )
    .await;
    let id = created["instance"].as_u64().unwrap();
    let mut answers = requester_answers();
    answers["remarks"] = json!("Palun kinnitage diplomi ehtsus.");
    answers["documents"][0]["issuing_body"] = json!("Tallinna Tervishoiu Kõrgkool");
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &format!("/api/instances/{id}/actions/send"),
        json!({"answers": answers}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let find = |views: &Value, id: &str| -> Value {
        let mut all: Vec<Value> = Vec::new();
        for s in views[0]["sections"].as_array().unwrap() {
            for q in s["questions"].as_array().unwrap() {
                all.push(q.clone());
                for item in q["items"].as_array().into_iter().flatten() {
                    all.extend(item.as_array().unwrap().iter().cloned());
                }
            }
        }
        all.into_iter().find(|q| q["id"] == id).unwrap()
    };

    // Without a translation service: shown as written, marked untranslated.
    let (_, views) = call(
        &w,
        "PT-HANDLER",
        "GET",
        &format!("/api/instances/{id}/answers"),
        Value::Null,
    )
    .await;
    let remarks = find(&views, "remarks");
    assert_eq!(remarks["answer"], "Palun kinnitage diplomi ehtsus.");
    assert_eq!(remarks["written_in"], "et");
    assert_eq!(
        remarks["machine_translation"],
        json!({"language": "pt", "text": null, "by": "none"})
    );

    // With LibreTranslate: a labelled machine translation, the original kept.
    let url = fake_libretranslate().await;
    w.state.translation = std::sync::Arc::new(imi_server::translation::Translation {
        translator: std::sync::Arc::new(imi_translate::LibreTranslate::new(&url, None).unwrap()),
        store: imi_translate::TranslationStore::temporary().unwrap(),
    });
    // (The origins were recorded in the old store: write again.)
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &format!("/api/instances/{id}/actions/withdraw"),
        json!({"reason": "test"}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "PT-0001", "proposed_deadline": "2026-03-20", "answers": answers}),
    )
    .await;
    let id = created["instance"].as_u64().unwrap();
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &format!("/api/instances/{id}/actions/send"),
        json!({"answers": answers}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, views) = call(
        &w,
        "PT-HANDLER",
        "GET",
        &format!("/api/instances/{id}/answers"),
        Value::Null,
    )
    .await;
    let remarks = find(&views, "remarks");
    assert_eq!(
        remarks["answer"], "Palun kinnitage diplomi ehtsus.",
        "the original stays"
    );
    assert_eq!(
        remarks["machine_translation"]["text"],
        "[et→pt] Palun kinnitage diplomi ehtsus."
    );
    assert_eq!(remarks["machine_translation"]["by"], "libretranslate");
    let issuing = find(&views, "issuing_body");
    assert_eq!(issuing["written_in"], "et");
    assert_eq!(
        issuing["machine_translation"]["text"],
        "[et→pt] Tallinna Tervishoiu Kõrgkool"
    );
    // Personal data never goes to the translation service.
    let name = find(&views, "family_name");
    assert_eq!(name["answer"], "Tamm");
    assert!(name.get("machine_translation").is_none(), "{name}");
    // The writer reads its own text untranslated.
    let (_, views) = call(
        &w,
        "EE-HANDLER",
        "GET",
        &format!("/api/instances/{id}/answers"),
        Value::Null,
    )
    .await;
    let remarks = find(&views, "remarks");
    assert_eq!(remarks["written_in"], "et");
    assert!(remarks.get("machine_translation").is_none(), "{remarks}");

    // Free-text fields of the workflow (a reason) too: the other side reads
    // the machine translation beside the original, the writer only its own.
    let (s, b) = call(
        &w,
        "EE-HANDLER",
        "POST",
        &format!("/api/instances/{id}/actions/withdraw"),
        json!({"reason": "Taotlus saadeti ekslikult."}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let (_, read) = call(
        &w,
        "PT-HANDLER",
        "GET",
        &format!("/api/instances/{id}"),
        Value::Null,
    )
    .await;
    assert_eq!(read["fields"]["reason"], "Taotlus saadeti ekslikult.");
    assert_eq!(
        read["machine_translations"]["reason"],
        json!({"written_in": "et", "machine_translation": {
            "language": "pt", "text": "[et→pt] Taotlus saadeti ekslikult.", "by": "libretranslate"}})
    );
    let (_, read) = call(
        &w,
        "EE-HANDLER",
        "GET",
        &format!("/api/instances/{id}"),
        Value::Null,
    )
    .await;
    assert!(read.get("machine_translations").is_none(), "{read}");
}
