//! The web pages, driven as a browser without JavaScript does (HTML forms,
//! cookies): every page in every language without a missing text; hostile
//! text rendered inert; forms refused without their CSRF token; security
//! headers on every answer; login through the pages; a refused action shown
//! with its problems next to the fields.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::{header, StatusCode};
use common::{api, request, sent_request, world};
use imi_web::i18n::MISSING;
use serde_json::json;

/// A browser's cookies: a session and a CSRF token (and a language).
fn cookies(session: &str, lang: Option<&str>) -> String {
    let mut c = format!("{session}; imi_csrf=0123456789abcdef0123456789abcdef");
    if let Some(l) = lang {
        c.push_str(&format!("; imi_lang={l}"));
    }
    c
}
const TOKEN: &str = "0123456789abcdef0123456789abcdef";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_page_renders_in_every_language_without_a_missing_text() {
    let w = world();
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
            ("ee", "/requests/new", StatusCode::OK),
            ("ee", "/requests", StatusCode::OK),
            ("ee", "/admin", StatusCode::OK),
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

/// The value of attribute `attr` of the first tag holding `marker`.
fn attribute(body: &str, marker: &str, attr: &str) -> String {
    let at = body
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {body}"));
    let tag_start = body[..at].rfind('<').unwrap();
    let tag_end = at + body[at..].find('>').unwrap();
    let tag = &body[tag_start..tag_end];
    let key = format!("{attr}=\"");
    let v = &tag[tag
        .find(&key)
        .unwrap_or_else(|| panic!("no {attr} in {tag}"))
        + key.len()..];
    v[..v.find('"').unwrap()].to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logging_in_through_the_pages() {
    let mut w = world();
    let account = common::user(
        &mut w,
        "new",
        "EE-NEW",
        "EE-0001",
        "et",
        &["request_handler"],
    );
    // Its local data administrator issued a temporary password (the reset
    // the API's POST /users/{id}/reset takes, which e-mails it).
    let lda = imi_engine::Actor::User {
        user: "EE-LDA".into(),
        authority: "EE-0001".into(),
        roles: vec![imi_engine::RoleGrant::parse("local_data_administrator")],
    };
    let password = imi_expr::Value::String("Temp-pass-123".into());
    w.state
        .engine
        .act(
            account,
            "reset",
            &lda,
            [("temporary_password".to_string(), password)].into(),
        )
        .unwrap();
    w.state
        .credentials
        .set_temporary(account, "Temp-pass-123")
        .unwrap();
    let browser = format!("imi_csrf={TOKEN}");
    // The form, in the browser's language.
    let page = request(&w, "GET", "/login", "", None).await;
    assert!(page.body.contains("id=\"user_id\""));
    assert!(
        page.headers[header::SET_COOKIE]
            .to_str()
            .unwrap()
            .contains("SameSite=Strict"),
        "a CSRF cookie"
    );
    // A wrong password: said so, no session.
    let page = request(
        &w,
        "POST",
        "/login",
        &browser,
        Some(&format!("csrf={TOKEN}&user_id=EE-NEW&password=wrong")),
    )
    .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    assert!(page.body.contains("id=\"login-error\""));
    // The temporary password: choose a password and a security code.
    let page = request(
        &w,
        "POST",
        "/login",
        &browser,
        Some(&format!(
            "csrf={TOKEN}&user_id=EE-NEW&password=Temp-pass-123"
        )),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let login = attribute(&page.body, "name=\"login\"", "value");
    let form = format!("csrf={TOKEN}&login={login}&password=Uus-parool-42&password_again=Uus-parool-42&security_code=Turvakood123");
    let page = request(&w, "POST", "/login/first", &browser, Some(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], "/tasks");
    let session = page.headers[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(session.starts_with("imi_session="));
    let page = request(&w, "GET", "/tasks", &format!("{session}; {browser}"), None).await;
    assert!(
        page.body.contains("EE-NEW") && page.body.contains("<html lang=\"et\">"),
        "{}",
        page.body
    );
    // Log out: the session ends.
    let page = request(
        &w,
        "POST",
        "/logout",
        &format!("{session}; {browser}"),
        Some(&format!("csrf={TOKEN}")),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let page = request(&w, "GET", "/tasks", &format!("{session}; {browser}"), None).await;
    assert_eq!(page.headers[header::LOCATION], "/login", "logged out");
    // Later: the password, then the characters asked of the security code.
    let page = request(
        &w,
        "POST",
        "/login",
        &browser,
        Some(&format!(
            "csrf={TOKEN}&user_id=EE-NEW&password=Uus-parool-42"
        )),
    )
    .await;
    let login = attribute(&page.body, "name=\"login\"", "value");
    let code: Vec<char> = "Turvakood123".chars().collect();
    let mut form = format!("csrf={TOKEN}&login={login}");
    for field in ["c1", "c2", "c3"] {
        let position: usize = attribute(&page.body, &format!("name=\"{field}\""), "data-position")
            .parse()
            .unwrap();
        form.push_str(&format!("&{field}={}", code[position - 1]));
    }
    let page = request(&w, "POST", "/login/code", &browser, Some(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], "/tasks");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_action_shows_its_problems_next_to_the_fields() {
    let w = world();
    let id = sent_request(&w, json!({})).await;
    let (s, _) = api(
        &w,
        "pt",
        "POST",
        &format!("/api/instances/{id}/actions/accept"),
        json!({}),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let page = request(
        &w,
        "GET",
        &format!("/requests/{id}"),
        &cookies(&w.cookies["pt"], None),
        None,
    )
    .await;
    // The reply form asks the responder's questions of the topics asked.
    assert!(
        page.body.contains("name=\"answers.legally_established\""),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("name=\"answers.documents[1].document_authentic\""));
    assert!(
        page.body.contains(
            "data-name=\"answers.experience_years\" data-section=\"experience\" hidden disabled"
        ),
        "not asked: drawn hidden and disabled"
    );
    // Sanctions "yes" without their details: refused, said next to the field.
    let form = format!(
        "csrf={TOKEN}&answers.legally_established=true&answers.suspension_or_prohibition=false&answers.sanctions=yes&answers.documents%5B1%5D.document_authentic=yes"
    );
    let page = request(
        &w,
        "POST",
        &format!("/requests/{id}/reply"),
        &cookies(&w.cookies["pt"], None),
        Some(&form),
    )
    .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"error-summary\""));
    assert!(
        page.body.contains("class=\"field-error\""),
        "next to the field"
    );
    assert!(
        page.body.contains("value=\"yes\" selected"),
        "what was typed is kept"
    );
    // With the details: replied.
    let form = format!("{form}&answers.sanction_details=Warning%20in%202019");
    let page = request(
        &w,
        "POST",
        &format!("/requests/{id}/reply"),
        &cookies(&w.cookies["pt"], None),
        Some(&form),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let (_, read) = api(
        &w,
        "pt",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(read["state"], "replied");
    assert_eq!(
        read["fields"]["answers"]["documents"][0]["document_authentic"],
        "yes"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn composing_a_request_saves_a_draft_or_sends_it() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(&w, "GET", "/requests/new?responder=PT-0001", &ee, None).await;
    assert!(
        page.body.contains("id=\"compose-pq_request\"")
            && page.body.contains("id=\"compose-services_request\"")
    );
    let page = request(
        &w,
        "GET",
        "/requests/new?workflow=pq_request&responder=PT-0001",
        &ee,
        None,
    )
    .await;
    assert!(
        page.body.contains("name=\"responder\" value=\"PT-0001\""),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("name=\"answers.documents[2].document_kind\""),
        "room for two items"
    );
    assert!(
        !page.body.contains("name=\"answers.sanctions\""),
        "the responder's questions are not asked"
    );
    // A draft with a future birth date: saved (a draft may be incomplete)…
    let base = format!(
        "csrf={TOKEN}&responder=PT-0001&proposed_deadline=2026-03-20&answers.family_name=Tamm&answers.given_names=Mari\
         &answers.birth_date=2030-01-01&answers.nationality=Estonian&answers.profession=nurse&answers.practice_basis=establishment\
         &answers.information_requested=sanctions&answers.information_requested=legal_establishment\
         &answers.qualification_title=%C3%95de&answers.awarding_body=Kool\
         &answers.documents%5B1%5D.document_kind=diploma&answers.documents%5B1%5D.document_file=d.pdf"
    );
    let page = request(
        &w,
        "POST",
        "/requests/new/pq_request",
        &ee,
        Some(&format!("{base}&intent=save")),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let draft = page.headers[header::LOCATION].to_str().unwrap().to_string();
    let id = draft.trim_start_matches("/requests/");
    let (_, read) = api(
        &w,
        "ee",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(read["state"], "draft");
    assert_eq!(
        read["fields"]["answers"]["information_requested"],
        json!(["sanctions", "legal_establishment"])
    );
    // … but not sent: the constraint's own message at the field.
    let page = request(
        &w,
        "POST",
        "/requests/new/pq_request",
        &ee,
        Some(&format!("{base}&intent=send")),
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.body.contains("The date of birth must be in the past"),
        "{}",
        page.body
    );
    // Sent with a past birth date.
    let fixed = base.replace("2030-01-01", "1985-03-14");
    let page = request(
        &w,
        "POST",
        "/requests/new/pq_request",
        &ee,
        Some(&format!("{fixed}&intent=send")),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = page.headers[header::LOCATION]
        .to_str()
        .unwrap()
        .trim_start_matches("/requests/")
        .to_string();
    let (_, read) = api(
        &w,
        "ee",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(read["state"], "awaiting_acceptance");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_says_which_questions_are_asked_as_answers_change() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], None);
    let asked = |profession: &str| format!("csrf={TOKEN}&answers.profession={profession}");
    let page = request(
        &w,
        "POST",
        "/relevance/pq_request/create",
        &ee,
        Some(&asked("other")),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let names: Vec<String> = serde_json::from_str(&page.body).unwrap();
    assert!(
        names.contains(&"answers.profession_other".to_string()),
        "{names:?}"
    );
    assert!(names.contains(&"answers.family_name".to_string()));
    let page = request(
        &w,
        "POST",
        "/relevance/pq_request/create",
        &ee,
        Some(&asked("nurse")),
    )
    .await;
    let names: Vec<String> = serde_json::from_str(&page.body).unwrap();
    assert!(
        !names.contains(&"answers.profession_other".to_string()),
        "{names:?}"
    );
    // The responder's reply: what the requester asked decides.
    let id = sent_request(&w, json!({"information_requested": ["sanctions"]})).await;
    let pt = cookies(&w.cookies["pt"], None);
    let page = request(
        &w,
        "POST",
        &format!("/relevance/pq_request/reply?instance={id}"),
        &pt,
        Some(&format!("csrf={TOKEN}&answers.sanctions=yes")),
    )
    .await;
    let names: Vec<String> = serde_json::from_str(&page.body).unwrap();
    assert!(
        names.contains(&"answers.sanction_details".to_string()),
        "{names:?}"
    );
    assert!(
        !names.contains(&"answers.legally_established".to_string()),
        "not asked: {names:?}"
    );
    // Without the form's token: refused.
    let page = request(
        &w,
        "POST",
        "/relevance/pq_request/create",
        &ee,
        Some("answers.profession=other"),
    )
    .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statistics_are_drawn_as_bars_with_their_bands() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(&w, "GET", "/statistics", &ee, None).await;
    assert!(page.body.contains("Nothing to count yet."), "{}", page.body);
    // An exchange accepted at once and answered.
    let id = sent_request(&w, json!({})).await;
    for (who, action, body) in [
        ("pt", "accept", json!({})),
        (
            "pt",
            "reply",
            json!({"answers": {"legally_established": true, "suspension_or_prohibition": false,
            "sanctions": "no", "documents": [{"document_authentic": "yes"}]}}),
        ),
    ] {
        let (s, b) = api(
            &w,
            who,
            "POST",
            &format!("/api/instances/{id}/actions/{action}"),
            body,
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{b}");
    }
    let page = request(&w, "GET", "/statistics", &ee, None).await;
    assert!(page.body.contains("<svg role=\"img\""), "{}", page.body);
    assert!(
        page.body.contains("class=\"band-green\""),
        "accepted within 7 days: green"
    );
    assert!(
        page.body.contains("<td>PT</td>") || page.body.contains("<td>EE</td>"),
        "per country"
    );
    let page = request(&w, "GET", "/statistics?country=pt", &ee, None).await;
    assert!(
        page.body.contains("<td>PT-0001</td>"),
        "per authority of the country: {}",
        page.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn my_authoritys_requests_by_side_and_status() {
    let w = world();
    let id = sent_request(&w, json!({})).await;
    let link = format!("href=\"/requests/{id}\"");
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let pt = cookies(&w.cookies["pt"], Some("en"));
    // Outgoing for the requester, incoming for the responder.
    let page = request(&w, "GET", "/requests?party=requester", &ee, None).await;
    assert!(
        page.body.contains(&link) && page.body.contains("Requesting authority"),
        "{}",
        page.body
    );
    let page = request(&w, "GET", "/requests?party=responder", &ee, None).await;
    assert!(!page.body.contains(&link), "not incoming for the requester");
    let page = request(
        &w,
        "GET",
        "/requests?party=responder&state=awaiting_acceptance",
        &pt,
        None,
    )
    .await;
    assert!(page.body.contains(&link), "{}", page.body);
    let page = request(&w, "GET", "/requests?state=closed", &pt, None).await;
    assert!(!page.body.contains(&link) && page.body.contains("No request matches."));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_local_data_administrator_sees_the_authority_and_registers_a_user() {
    let mut w = world();
    common::user(
        &mut w,
        "lda",
        "EE-LDA",
        "EE-0001",
        "en",
        &["local_data_administrator"],
    );
    let lda = cookies(&w.cookies["lda"], Some("en"));
    let page = request(&w, "GET", "/admin", &lda, None).await;
    assert!(
        page.body.contains("Professional qualifications"),
        "the area: {}",
        page.body
    );
    assert!(
        page.body.contains("See and change the settings"),
        "its LDA may change them"
    );
    assert!(page.body.contains("EE-HANDLER"), "the users");
    // The setup checklist: what the data shows done or not, and the rest.
    let step = |id: &str| {
        let at = page
            .body
            .find(&format!("id=\"step-{id}\""))
            .unwrap_or_else(|| panic!("no step {id}"));
        page.body[at..at + 60].to_string()
    };
    assert!(
        step("register_users").contains("class=\"done\""),
        "two accounts"
    );
    assert!(
        step("users_logged_in").contains("class=\"done\""),
        "both active"
    );
    assert!(
        step("general_data").contains("class=\"todo\""),
        "no languages given"
    );
    assert!(
        step("linked_authorities").contains("class=\"todo\""),
        "{}",
        step("linked_authorities")
    );
    assert!(step("departments").contains("class=\"manual\""));
    // The settings record offers its actions as forms.
    let (_, settings) = api(
        &w,
        "lda",
        "GET",
        "/api/authorities/EE-0001/areas/professional-qualifications",
        serde_json::Value::Null,
    )
    .await;
    let page = request(
        &w,
        "GET",
        &format!("/requests/{}", settings["id"]),
        &lda,
        None,
    )
    .await;
    assert!(
        page.body.contains("id=\"action-change_settings\""),
        "{}",
        page.body
    );
    // Register a user: the user id is shown, never e-mailed.
    let form = format!("csrf={TOKEN}&name=Piret%20Kuusk&email=piret%40example.org&language=et&roles=request_handler");
    let page = request(&w, "POST", "/admin/users", &lda, Some(&form)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("id=\"registered\""), "{}", page.body);
    assert!(page.body.contains("Piret Kuusk"), "now in the list");
    // A malformed e-mail: refused, the form kept.
    let page = request(
        &w,
        "POST",
        "/admin/users",
        &lda,
        Some(&form.replace("piret%40example.org", "not-an-email")),
    )
    .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(
        page.body.contains("id=\"error-summary\"") && page.body.contains("value=\"not-an-email\"")
    );
    // A user without the role may not register anyone.
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(
        &w,
        "POST",
        "/admin/users",
        &ee,
        Some(&form.replace("piret", "other")),
    )
    .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("id=\"error-summary\""));
}
