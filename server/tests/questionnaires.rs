#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The questionnaires endpoint: the shipped question sets in the language
//! asked for (else the caller's), with choices and rules; clear errors for
//! an unknown language or questionnaire.

mod common;

use axum::http::StatusCode;
use common::{call, world, World};

async fn get(w: &World, uri: &str) -> (StatusCode, serde_json::Value) {
    call(w, "own_basic", "GET", uri, serde_json::Value::Null).await
}

/// The texts of questionnaire `id` in `lang`, as loaded from its file.
fn texts(w: &World, id: &str, lang: &str) -> imi_engine::questionnaire::QuestionnaireTextsFile {
    w.state.engine.definitions().questionnaires[id].texts[lang].clone()
}

fn question<'a>(view: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    view["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["questions"].as_array().unwrap())
        .flat_map(|q| std::iter::once(q).chain(q["questions"].as_array().into_iter().flatten()))
        .find(|q| q["id"] == id)
        .unwrap_or_else(|| panic!("no question {id}"))
}

#[tokio::test]
async fn a_questionnaire_reads_in_each_language() {
    let w = world();
    let (status, list) = get(&w, "/api/questionnaires?lang=pt").await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&"pq-request") && ids.contains(&"services-request"),
        "{ids:?}"
    );
    for lang in ["pt", "et", "el", "ga"] {
        let (status, view) = get(&w, &format!("/api/questionnaires/pq-request?lang={lang}")).await;
        assert_eq!(status, StatusCode::OK, "{view}");
        assert_eq!(view["lang"], lang);
        let t = texts(&w, "pq-request", lang);
        assert_eq!(view["title"], t.title.as_str());
        let name = question(&view, "family_name");
        assert_eq!(name["label"], t.questions["family_name"].label.as_str());
        assert_eq!(name["personal_data"], true);
        assert_eq!(name["answered_by"], "requester");
        let sanctions = question(&view, "sanctions");
        assert_eq!(sanctions["answered_by"], "responder");
        assert_eq!(sanctions["choices"][0]["id"], "yes");
        assert_eq!(
            sanctions["choices"][0]["label"],
            t.choices["yes_no_unknown"]["yes"].as_str()
        );
        // Inside the repeat group, with its rule and message.
        let issued = question(&view, "issue_date");
        assert!(issued["constraint"]
            .as_str()
            .unwrap()
            .contains("issue_date"));
        assert_eq!(
            issued["constraint_message"],
            t.questions["issue_date"].constraint.as_deref().unwrap()
        );
    }
    // Without `lang`: the caller's language (English in this world).
    let (_, view) = get(&w, "/api/questionnaires/services-request").await;
    assert_eq!(view["lang"], "en");
}

#[tokio::test]
async fn unknown_languages_and_questionnaires_are_errors() {
    let w = world();
    let (status, body) = get(&w, "/api/questionnaires/pq-request?lang=xx").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(
        body.to_string()
            .contains("`xx` is not one of the languages"),
        "{body}"
    );
    let (status, body) = get(&w, "/api/questionnaires/no-such?lang=en").await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{body}");
    assert_eq!(body["code"], "not_found");
}
