//! Forms through the pages, as a browser without JavaScript posts them:
//! login with the security-code challenge, a refused action shown with its
//! problems next to the fields, composing a request, and the server saying
//! which questions are asked as answers change.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::{header, StatusCode};
use common::{api, attribute, cookies, request, sent_request, world, TOKEN};
use serde_json::json;

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
