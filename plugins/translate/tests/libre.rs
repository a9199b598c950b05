#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! The LibreTranslate client against a LibreTranslate-compatible server on
//! loopback: what it sends, what it keeps, and what a failing service gives.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::routing::post;
use axum::{Json, Router};
use imi_translate::{LibreTranslate, NoTranslation, TranslationStore, Translator};
use serde_json::{json, Value};

/// A fake server: "translates" by tagging the text with the target
/// language; refuses `fail`; counts calls.
async fn server(calls: Arc<AtomicUsize>) -> String {
    let app = Router::new().route(
        "/translate",
        post(move |Json(body): Json<Value>| {
            let calls = calls.clone();
            async move {
                calls.fetch_add(1, Ordering::SeqCst);
                assert_eq!(body["format"], "text");
                assert_eq!(body["api_key"], "secret");
                let q = body["q"].as_str().unwrap().to_string();
                if q == "fail" {
                    return (
                        axum::http::StatusCode::BAD_REQUEST,
                        Json(json!({"error": "no such language pair"})),
                    );
                }
                let t = format!(
                    "[{}→{}] {q}",
                    body["source"].as_str().unwrap(),
                    body["target"].as_str().unwrap()
                );
                (
                    axum::http::StatusCode::OK,
                    Json(json!({"translatedText": t})),
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("http://{addr}/")
}

#[tokio::test]
async fn translations_are_asked_once_and_kept_with_their_original() {
    let calls = Arc::new(AtomicUsize::new(0));
    let url = server(calls.clone()).await;
    let libre = LibreTranslate::new(&url, Some("secret".into())).unwrap();
    let store = TranslationStore::temporary().unwrap();
    let t = store
        .translate(&libre, "Ei ole karistatud", "et", "pt")
        .await
        .unwrap();
    assert_eq!(t.text.as_deref(), Some("[et→pt] Ei ole karistatud"));
    assert_eq!(
        (t.original.as_str(), t.from.as_str(), t.by.as_str()),
        ("Ei ole karistatud", "et", "libretranslate")
    );
    // Kept: asked once.
    store
        .translate(&libre, "Ei ole karistatud", "et", "pt")
        .await
        .unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    // Another target language is another translation.
    store
        .translate(&libre, "Ei ole karistatud", "et", "de")
        .await
        .unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn a_failing_service_leaves_the_text_untranslated_and_is_asked_again() {
    let calls = Arc::new(AtomicUsize::new(0));
    let url = server(calls.clone()).await;
    let libre = LibreTranslate::new(&url, Some("secret".into())).unwrap();
    let store = TranslationStore::temporary().unwrap();
    for _ in 0..2 {
        let t = store.translate(&libre, "fail", "et", "pt").await.unwrap();
        assert_eq!(t.text, None);
        assert_eq!(t.original, "fail");
    }
    assert_eq!(calls.load(Ordering::SeqCst), 2, "failures are not kept");
    // Nobody listening: untranslated too.
    let gone = LibreTranslate::new("http://127.0.0.1:9", None).unwrap();
    assert_eq!(
        store
            .translate(&gone, "tere", "et", "pt")
            .await
            .unwrap()
            .text,
        None
    );
    // The default plugin translates nothing.
    let t = store
        .translate(&NoTranslation, "tere", "et", "pt")
        .await
        .unwrap();
    assert_eq!((t.text, t.by.as_str()), (None, "none"));
    assert!(LibreTranslate::new("https://mt.example.org", None).is_err());
}

#[test]
fn the_language_of_each_answer_is_recorded() {
    let store = TranslationStore::temporary().unwrap();
    store.record_origin(7, "remarks", "et").unwrap();
    store
        .record_origin(7, "documents[1].issuing_body", "et")
        .unwrap();
    assert_eq!(store.origin(7, "remarks").unwrap().as_deref(), Some("et"));
    assert_eq!(store.origin(8, "remarks").unwrap(), None);
    let _ = NoTranslation.name();
}
