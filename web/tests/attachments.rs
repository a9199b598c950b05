//! Files and repeated items in the forms, as a browser posts them: a file
//! chosen in a questionnaire form is uploaded (multipart) and becomes the
//! answer, linked from the request for both sides; a file too large is
//! refused in the user's language; repeat groups carry what the page's
//! script needs to add items, and the server keeps every item typed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use common::{api, cookies, request, send, world, Page, World, TOKEN};
use http_body_util::BodyExt;
use imi_web::i18n::MISSING;
use tower::ServiceExt;

const BOUNDARY: &str = "----imi-test-boundary";

/// One part of a multipart form: a text field, or a file (name, type, bytes).
enum Part<'a> {
    Text(&'a str, &'a str),
    File(&'a str, &'a str, &'a str, &'a [u8]),
}

fn multipart(parts: &[Part<'_>]) -> Vec<u8> {
    let mut body = Vec::new();
    for part in parts {
        body.extend_from_slice(format!("--{BOUNDARY}\r\n").as_bytes());
        match part {
            Part::Text(name, value) => {
                body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                        .as_bytes(),
                );
            }
            Part::File(name, file, content_type, bytes) => {
                body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file}\"\r\n\
                         Content-Type: {content_type}\r\n\r\n"
                    )
                    .as_bytes(),
                );
                body.extend_from_slice(bytes);
                body.extend_from_slice(b"\r\n");
            }
        }
    }
    body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
    body
}

async fn post_multipart(w: &World, path: &str, cookie: &str, body: Vec<u8>) -> Page {
    let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
    send(
        w,
        "POST",
        path,
        cookie,
        Some(&content_type),
        Body::from(body),
    )
    .await
}

/// A complete request's form with `file` attached as the first document's,
/// posted with `intent`.
fn request_form<'a>(file: Part<'a>, intent: &'a str) -> Vec<u8> {
    let mut parts: Vec<Part<'a>> = request_fields()
        .into_iter()
        .map(|(k, v)| Part::Text(k, v))
        .collect();
    parts.push(file);
    parts.push(Part::Text("intent", intent));
    multipart(&parts)
}

/// The answers of a complete request as form fields, without the file.
fn request_fields() -> Vec<(&'static str, &'static str)> {
    vec![
        ("csrf", TOKEN),
        ("responder", "PT-0001"),
        ("proposed_deadline", "2026-03-20"),
        ("answers.family_name", "Tamm"),
        ("answers.given_names", "Mari"),
        ("answers.birth_date", "1985-03-14"),
        ("answers.nationality", "Estonian"),
        ("answers.profession", "nurse"),
        ("answers.practice_basis", "establishment"),
        ("answers.information_requested", "sanctions"),
        ("answers.qualification_title", "Õde"),
        ("answers.awarding_body", "Kool"),
        ("answers.documents[1].document_kind", "diploma"),
        // The hidden field of the file input, empty before a file is attached.
        ("answers.documents[1].document_file", ""),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_chosen_in_the_form_is_attached_and_read_by_both_sides() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(
        &w,
        "GET",
        "/requests/new?workflow=pq_request&responder=PT-0001",
        &ee,
        None,
    )
    .await;
    assert!(
        page.body.contains("enctype=\"multipart/form-data\""),
        "a form with a file question posts multipart"
    );
    assert!(
        page.body
            .contains("type=\"file\" name=\"file:answers.documents[1].document_file\""),
        "{}",
        page.body
    );

    let pdf: &[u8] = b"%PDF-1.4 the diploma";
    let mut parts: Vec<Part<'_>> = request_fields()
        .into_iter()
        .map(|(k, v)| Part::Text(k, v))
        .collect();
    parts.push(Part::File(
        "file:answers.documents[1].document_file",
        "Diplom.pdf",
        "application/pdf",
        pdf,
    ));
    // Another item's file input left empty, as a browser sends it.
    parts.push(Part::File(
        "file:answers.documents[2].document_file",
        "",
        "application/octet-stream",
        b"",
    ));
    parts.push(Part::Text("intent", "send"));
    let page = post_multipart(&w, "/requests/new/pq_request", &ee, multipart(&parts)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let at = page.headers[header::LOCATION].to_str().unwrap().to_string();
    let id = at.trim_start_matches("/requests/").to_string();

    let (_, read) = api(
        &w,
        "ee",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    let reference = read["fields"]["answers"]["documents"][0]["document_file"]
        .as_str()
        .unwrap_or_else(|| panic!("{read}"))
        .to_string();
    assert!(reference.ends_with("/Diplom.pdf"), "{reference}");
    assert_eq!(
        read["fields"]["answers"]["documents"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let file_id = reference.split_once('/').unwrap().0;
    let href = format!("/api/instances/{id}/files/{file_id}");

    // Both sides see the link on the request, and download the file.
    for who in ["ee", "pt"] {
        let page = request(&w, "GET", &at, &cookies(&w.cookies[who], None), None).await;
        assert!(
            page.body.contains(&format!("href=\"{href}\" download")),
            "{who}: {}",
            page.body
        );
        assert!(page.body.contains(">Diplom.pdf</a>"), "{who}");
        let res = w
            .app
            .clone()
            .oneshot(
                Request::get(&href)
                    .header(header::COOKIE, &w.cookies[who])
                    .body(Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{who}");
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(&bytes[..], pdf, "{who}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_too_large_is_refused_in_the_users_language() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("et"));
    let big = vec![b'x'; imi_web::form_data::MAX_FILE + 1];
    let file = Part::File(
        "file:answers.documents[1].document_file",
        "suur.pdf",
        "application/pdf",
        &big,
    );
    let page = post_multipart(
        &w,
        "/requests/new/pq_request",
        &ee,
        request_form(file, "save"),
    )
    .await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE, "{}", page.body);
    assert!(page.body.contains("<html lang=\"et\">"));
    assert!(
        page.body.contains("10"),
        "the limit is named: {}",
        page.body
    );
    assert!(!page.body.contains(MISSING));
    // Nothing was created.
    let (_, list) = api(&w, "ee", "GET", "/api/exchanges", serde_json::Value::Null).await;
    assert_eq!(list.as_array().unwrap().len(), 0, "{list}");
    // The web's limit is the API's.
    assert_eq!(
        imi_web::form_data::MAX_FILE,
        imi_server::file_store::MAX_FILE
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeat_group_keeps_every_item_typed_and_offers_more() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(
        &w,
        "GET",
        "/requests/new?workflow=pq_request&responder=PT-0001",
        &ee,
        None,
    )
    .await;
    // The script's hooks: the items (room ones marked) and the button.
    assert!(
        page.body
            .contains("data-repeat=\"answers.documents\" data-item=\"1\" data-room"),
        "{}",
        page.body
    );
    assert!(page.body.contains(
        "<button type=\"button\" class=\"add-item\" data-repeat=\"answers.documents\" data-max=\"20\" hidden>Add another: "
    ));
    // Four items typed (the script added two): a refused send shows all
    // four, with room for two more.
    let mut form = format!("csrf={TOKEN}&responder=PT-0001&intent=send&answers.family_name=Tamm");
    for n in 1..=4 {
        form.push_str(&format!(
            "&answers.documents%5B{n}%5D.document_kind=diploma&answers.documents%5B{n}%5D.document_file=d{n}.pdf"
        ));
    }
    let page = request(&w, "POST", "/requests/new/pq_request", &ee, Some(&form)).await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    for n in 1..=6 {
        assert!(
            page.body
                .contains(&format!("name=\"answers.documents[{n}].document_kind\"")),
            "item {n}"
        );
    }
    assert!(page.body.contains("value=\"d4.pdf\""), "typed values kept");
    assert!(!page
        .body
        .contains("name=\"answers.documents[7].document_kind\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hostile_file_name_renders_inert() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let file = Part::File(
        "file:answers.documents[1].document_file",
        "x'><img src=x onerror=alert(1)>.pdf",
        "text/html",
        b"<script>alert(1)</script>",
    );
    let page = post_multipart(
        &w,
        "/requests/new/pq_request",
        &ee,
        request_form(file, "save"),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let at = page.headers[header::LOCATION].to_str().unwrap().to_string();
    let page = request(&w, "GET", &at, &ee, None).await;
    assert!(!page.body.contains("<img"), "{}", page.body);
    assert!(
        page.body
            .contains("x&#x27;img src&#x3D;x onerror&#x3D;alert(1).pdf"),
        "{}",
        page.body
    );
    // Served as bytes to download, never as a page.
    let (_, read) = api(
        &w,
        "ee",
        "GET",
        &format!("/api/instances{}", at.trim_start_matches("/requests")),
        serde_json::Value::Null,
    )
    .await;
    let reference = read["fields"]["answers"]["documents"][0]["document_file"]
        .as_str()
        .unwrap()
        .to_string();
    let res = w
        .app
        .clone()
        .oneshot(
            Request::get(format!(
                "/api/instances{}/files/{}",
                at.trim_start_matches("/requests"),
                reference.split_once('/').unwrap().0
            ))
            .header(header::COOKIE, &w.cookies["ee"])
            .body(Body::empty())
            .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[header::CONTENT_TYPE],
        "application/octet-stream"
    );
    assert!(
        res.headers()[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("sandbox"),
        "the file's own policy is kept behind the pages"
    );
    assert!(res.headers()[header::CONTENT_DISPOSITION]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
}
