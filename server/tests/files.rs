//! Attachments: a file uploaded through the API becomes a `file` answer's
//! reference; whoever reads that answer downloads it (as an attachment that
//! runs nothing), nobody else learns it exists; bad uploads are refused.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{call, handler, requester_answers, world, World};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

/// `POST /api/files?name=…` with raw bytes as `caller`.
async fn upload(w: &World, caller: &str, name: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
    let qs = format!("name={}", name.replace(' ', "%20"));
    let response = imi_server::app(w.state.clone())
        .oneshot(
            Request::post(format!("/api/files?{qs}"))
                .header(header::CONTENT_TYPE, "application/pdf")
                .header(header::COOKIE, &w.cookies[caller])
                .body(Body::from(bytes))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

/// `GET path` as `caller`: status, headers and the raw body.
async fn download(
    w: &World,
    caller: &str,
    path: &str,
) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let response = imi_server::app(w.state.clone())
        .oneshot(
            Request::get(path)
                .header(header::COOKIE, &w.cookies[caller])
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, bytes.to_vec())
}

#[tokio::test]
async fn an_attached_file_is_read_by_those_who_read_its_answer() {
    let mut w = world();
    handler(&mut w, "EE-0001", "EE-0033", "EE-HANDLER");
    handler(&mut w, "EE-0005", "EE-0033", "RESPONDER");

    let pdf = b"%PDF-1.4 diploma of Mari Tamm".to_vec();
    let (s, up) = upload(&w, "EE-HANDLER", "C:\\scans\\Diplom Mari.pdf", pdf.clone()).await;
    assert_eq!(s, StatusCode::CREATED, "{up}");
    let reference = up["file"].as_str().unwrap().to_string();
    assert!(reference.ends_with("/Diplom Mari.pdf"), "{reference}");
    assert_eq!(up["size"], pdf.len());
    let file_id = reference.split_once('/').unwrap().0.to_string();

    let mut answers = requester_answers();
    answers["documents"] = json!([{"document_kind": "diploma", "document_file": reference}]);
    let (s, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "EE-0005", "proposed_deadline": "2026-03-20", "answers": answers}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    let id = created["instance"].as_u64().unwrap();
    let path = format!("/api/instances/{id}/files/{file_id}");

    // The requester reads its draft, so the file: as an attachment that
    // runs nothing, under its name.
    let (s, headers, body) = download(&w, "EE-HANDLER", &path).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(body, pdf);
    assert_eq!(headers[header::CONTENT_TYPE], "application/pdf");
    let disposition = headers[header::CONTENT_DISPOSITION].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains("Diplom%20Mari.pdf"), "{disposition}");
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .contains("sandbox"));

    // The responder is a party too.
    let (s, _, _) = download(&w, "RESPONDER", &path).await;
    assert_eq!(s, StatusCode::OK, "a party reads the answer");

    // An unrelated authority learns nothing; nor does a file id the
    // instance's answers do not name, even an existing one.
    let (s, _, _) = download(&w, "unrelated", &path).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, other) = upload(&w, "unrelated", "other.pdf", b"%PDF other".to_vec()).await;
    assert_eq!(s, StatusCode::CREATED);
    let other_id = other["file"]
        .as_str()
        .unwrap()
        .split_once('/')
        .unwrap()
        .0
        .to_string();
    let (s, _, _) = download(
        &w,
        "EE-HANDLER",
        &format!("/api/instances/{id}/files/{other_id}"),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "a file not in the answers");

    // The national coordinator reads only the summary: no answers, no file.
    let (s, _, _) = download(&w, "coordinator", &path).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn bad_uploads_are_refused_with_a_reason() {
    let w = world();
    let (s, body) = upload(&w, "own_lda", "empty.pdf", Vec::new()).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{body}");
    assert_eq!(body["code"], "empty_file");
    let (s, body) = upload(
        &w,
        "own_lda",
        "big.pdf",
        vec![0; imi_server::file_store::MAX_FILE + 1],
    )
    .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    // Unknown content types are served as bytes; names lose their folders.
    let (s, body) = upload(&w, "own_lda", "../../x.html", b"<script>".to_vec()).await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    assert!(
        body["file"].as_str().unwrap().ends_with("/x.html"),
        "{body}"
    );
}

#[tokio::test]
async fn files_no_answer_names_are_swept_after_a_day() {
    let mut w = world();
    handler(&mut w, "EE-0001", "EE-0033", "EE-HANDLER");
    handler(&mut w, "EE-0005", "EE-0033", "RESPONDER");
    let (_, kept) = upload(&w, "EE-HANDLER", "kept.pdf", b"%PDF kept".to_vec()).await;
    let (_, dropped) = upload(&w, "EE-HANDLER", "dropped.pdf", b"%PDF dropped".to_vec()).await;
    let mut answers = requester_answers();
    answers["documents"] = json!([{"document_kind": "diploma", "document_file": kept["file"]}]);
    let (s, created) = call(
        &w,
        "EE-HANDLER",
        "POST",
        "/api/workflows/pq_request/starts/create",
        json!({"responder": "EE-0005", "answers": answers}),
    )
    .await;
    assert_eq!(s, StatusCode::CREATED, "{created}");
    // Not yet a day: nothing goes.
    assert_eq!(imi_server::sweep_files(&w.state).unwrap(), 0);
    w.clock
        .set(w.state.engine.now() + chrono::Duration::hours(25));
    assert_eq!(imi_server::sweep_files(&w.state).unwrap(), 1);
    let id_of = |v: &Value| {
        v["file"]
            .as_str()
            .unwrap()
            .split_once('/')
            .unwrap()
            .0
            .to_string()
    };
    assert!(w.state.files.get(&id_of(&kept)).unwrap().is_some());
    assert!(w.state.files.get(&id_of(&dropped)).unwrap().is_none());
}
