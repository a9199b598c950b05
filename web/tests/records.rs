//! Records through the pages: statistics, my authority's requests, My
//! authority (profile, checklist, users), the definitions' lists (links and
//! request coordinators with their forms, a coordinator's approval queue
//! and coordinated authorities), and the search's keyword filter.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use axum::http::{header, StatusCode};
use common::{api, attribute, cookies, request, sent_request, world, TOKEN};
use imi_web::i18n::MISSING;
use serde_json::json;

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
    assert!(
        page.body.contains("<td>Request handler</td>"),
        "roles in words"
    );
    // A role limited to one area names it.
    let form2 = format!("csrf={TOKEN}&name=Jaan%20Tamm&email=jaan%40example.org&language=et&roles=allocator%40professional-qualifications");
    let page = request(&w, "POST", "/admin/users", &lda, Some(&form2)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(
        page.body
            .contains("<td>Allocator (Professional qualifications)</td>"),
        "{}",
        page.body
    );
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_local_data_administrator_links_and_unlinks_an_authority() {
    let mut w = world();
    common::authority(&w.state.engine, "EE-0002", "EE", "Arstide liit", None);
    common::user(
        &mut w,
        "lda",
        "EE-LDA",
        "EE-0001",
        "en",
        &["local_data_administrator"],
    );
    let lda = cookies(&w.cookies["lda"], Some("en"));
    let page = request(&w, "GET", "/lists/my_authority", &lda, None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("<title>Links and coordinators"),
        "titled by its group"
    );
    assert!(
        page.body.contains("href=\"/lists/coordination\""),
        "the groups are in the menu"
    );
    // The request coordinator the access to the area brought, by name.
    let section = section_of(&page.body, "list-request_coordinators");
    assert!(
        section.contains("Ministry of economy") && section.contains("EE-0033"),
        "{section}"
    );
    assert!(
        section.contains("<td>Professional qualifications</td>"),
        "the area by its name: {section}"
    );
    // No link yet: the list says so, and offers the form.
    let section = section_of(&page.body, "list-linked_authorities");
    assert!(section.contains("None yet."), "{section}");
    assert!(
        section.contains("action=\"/lists/my_authority/linked_authorities\""),
        "{section}"
    );

    // A refused link comes back with the reason and what was typed.
    let form = format!("csrf={TOKEN}&linked=LV-0404");
    let page = request(
        &w,
        "POST",
        "/lists/my_authority/linked_authorities",
        &lda,
        Some(&form),
    )
    .await;
    assert_eq!(
        page.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"error-summary\""), "{}", page.body);
    assert!(
        page.body.contains("value=\"LV-0404\""),
        "the typed value is kept"
    );

    let form = format!("csrf={TOKEN}&linked=EE-0002");
    let page = request(
        &w,
        "POST",
        "/lists/my_authority/linked_authorities",
        &lda,
        Some(&form),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], "/lists/my_authority");
    let page = request(&w, "GET", "/lists/my_authority", &lda, None).await;
    let section = section_of(&page.body, "list-linked_authorities");
    assert!(
        section.contains("Arstide liit") && section.contains("href=\"/authorities/EE-0002\""),
        "{section}"
    );
    // Unlinking is a button on the row, back to the list.
    let action = attribute(section, "name=\"back\"", "value");
    assert_eq!(action, "/lists/my_authority");
    let unlink = section[..section.find("name=\"back\"").unwrap()]
        .rsplit("action=\"")
        .next()
        .unwrap();
    let unlink = &unlink[..unlink.find('"').unwrap()];
    assert!(unlink.ends_with("/unlink"), "{unlink}");
    let form = format!("csrf={TOKEN}&back=%2Flists%2Fmy_authority");
    let page = request(&w, "POST", unlink, &lda, Some(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], "/lists/my_authority");
    let page = request(&w, "GET", "/lists/my_authority", &lda, None).await;
    assert!(section_of(&page.body, "list-linked_authorities").contains("None yet."));
    // Going back elsewhere than this site is not followed.
    let form = format!("csrf={TOKEN}&linked=EE-0002");
    request(
        &w,
        "POST",
        "/lists/my_authority/linked_authorities",
        &lda,
        Some(&form),
    )
    .await;
    let page = request(&w, "GET", "/lists/my_authority", &lda, None).await;
    let section = section_of(&page.body, "list-linked_authorities");
    let unlink = section[..section.find("name=\"back\"").unwrap()]
        .rsplit("action=\"")
        .next()
        .unwrap();
    let unlink = unlink[..unlink.find('"').unwrap()].to_string();
    let form = format!("csrf={TOKEN}&back=%2F%2Fevil.example");
    let page = request(&w, "POST", &unlink, &lda, Some(&form)).await;
    assert_eq!(
        page.headers[header::LOCATION].to_str().unwrap(),
        unlink.rsplit_once('/').unwrap().0
    );

    // A user who is not the local data administrator gets no form.
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(&w, "GET", "/lists/my_authority", &ee, None).await;
    assert!(!page
        .body
        .contains("action=\"/lists/my_authority/linked_authorities\""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_coordinator_approves_from_its_queue() {
    let mut w = world();
    common::user(
        &mut w,
        "coord",
        "EE-COORD",
        "EE-0033",
        "en",
        &["data_administrator", "request_handler"],
    );
    // EE-0001's requests need its coordinator's approval.
    let (s, access) = api(
        &w,
        "coord",
        "GET",
        "/api/authorities/EE-0001/areas/professional-qualifications",
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{access}");
    let (s, b) = api(
        &w,
        "coord",
        "POST",
        &format!("/api/instances/{}/actions/change_approval", access["id"]),
        json!({"approve_requests": true}),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let id = sent_request(&w, json!({})).await;
    let coord = cookies(&w.cookies["coord"], Some("en"));
    let page = request(&w, "GET", "/lists/coordination", &coord, None).await;
    assert_eq!(page.status, StatusCode::OK);
    let queue = section_of(&page.body, "list-approval_queue");
    assert!(queue.contains(&format!("id=\"record-{id}\"")), "{queue}");
    assert!(
        queue.contains("Õdede register") && queue.contains("Ordem dos Enfermeiros"),
        "{queue}"
    );
    assert!(
        queue.contains(&format!("action=\"/requests/{id}/approve_request\"")),
        "{queue}"
    );
    // The authorities it coordinates, and their access to the area.
    assert!(section_of(&page.body, "list-coordinated_authorities").contains("Õdede register"));
    assert!(section_of(&page.body, "list-access_coordinated").contains("Õdede register"));
    // Approving from the queue: back to the queue, the request on its way.
    let form = format!("csrf={TOKEN}&back=%2Flists%2Fcoordination");
    let page = request(
        &w,
        "POST",
        &format!("/requests/{id}/approve_request"),
        &coord,
        Some(&form),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    assert_eq!(page.headers[header::LOCATION], "/lists/coordination");
    let page = request(&w, "GET", "/lists/coordination", &coord, None).await;
    assert!(!section_of(&page.body, "list-approval_queue").contains(&format!("record-{id}\"")));
    let (_, read) = api(
        &w,
        "ee",
        "GET",
        &format!("/api/instances/{id}"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(read["state"], "awaiting_acceptance");
    // The requester's handler has nothing to approve.
    let ee = cookies(&w.cookies["ee"], Some("en"));
    let page = request(&w, "GET", "/lists/coordination", &ee, None).await;
    assert!(section_of(&page.body, "list-approval_queue").contains("None yet."));
    assert!(!page.body.contains(MISSING));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_search_filters_by_keyword() {
    let w = world();
    let ee = cookies(&w.cookies["ee"], Some("et"));
    let page = request(&w, "GET", "/search", &ee, None).await;
    // The keywords in the page's language, grouped by list.
    assert!(
        page.body
            .contains("<select id=\"keyword\" name=\"keyword\">"),
        "{}",
        page.body
    );
    assert!(
        page.body
            .contains("<option value=\"health\">Tervis</option>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<optgroup label="), "{}", page.body);
    // Countries by name in the page's language.
    assert!(
        page.body.contains("<option value=\"PT\">Portugal</option>"),
        "{}",
        page.body
    );
    let page = request(&w, "GET", "/search?country=PT", &ee, None).await;
    assert!(
        page.body.contains("<option value=\"PT\" selected>"),
        "the choice is kept"
    );
    // Levels from the keyword list of the authorities' level field.
    assert!(
        page.body
            .contains("<option value=\"regional\">Piirkondlik</option>"),
        "{}",
        page.body
    );
    let page = request(&w, "GET", "/search?keyword=health", &ee, None).await;
    assert!(
        page.body.contains("<option value=\"health\" selected>"),
        "the choice is kept"
    );
    assert!(
        page.body.contains("role=\"status\""),
        "a search ran: {}",
        page.body
    );
}

/// The part of `body` from the element with id `id` to the end of its
/// section.
fn section_of<'a>(body: &'a str, id: &str) -> &'a str {
    let start = body
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id} in {body}"));
    let rest = &body[start..];
    &rest[..rest.find("</section>").unwrap_or(rest.len())]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keyword_values_are_shown_and_chosen_by_their_labels() {
    let mut w = world();
    common::user(
        &mut w,
        "lda",
        "EE-LDA",
        "EE-0001",
        "et",
        &["local_data_administrator"],
    );
    let lda = cookies(&w.cookies["lda"], Some("et"));
    // The profile in Estonian: the country, level and languages by name.
    let page = request(&w, "GET", "/authorities/PT-0001", &lda, None).await;
    assert!(
        page.body.contains("<dd>Portugal</dd>") || page.body.contains(">Portugal<"),
        "{}",
        page.body
    );
    assert!(
        page.body.contains("Riiklik"),
        "the level in words: {}",
        page.body
    );
    assert!(
        page.body.contains("eesti"),
        "the language by its name: {}",
        page.body
    );
    assert!(!page.body.contains(">national<"));
    // The competences form offers the lists' entries in Estonian, the
    // current ones ticked; what is chosen is kept.
    let (_, own) = api(
        &w,
        "lda",
        "GET",
        "/api/authorities/EE-0001",
        serde_json::Value::Null,
    )
    .await;
    let record = format!("/requests/{}", own["id"]);
    let page = request(&w, "GET", &record, &lda, None).await;
    assert!(
        page.body
            .contains("type=\"checkbox\" name=\"policy_areas\" value=\"health\"> Tervis"),
        "{}",
        page.body
    );
    let form = format!(
        "csrf={TOKEN}&economic_activities=Q86&economic_activities=Q86.2&policy_areas=health"
    );
    let page = request(
        &w,
        "POST",
        &format!("{record}/update_competences"),
        &lda,
        Some(&form),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let (_, own) = api(
        &w,
        "lda",
        "GET",
        "/api/authorities/EE-0001",
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(
        own["fields"]["economic_activities"],
        json!(["Q86", "Q86.2"])
    );
    let page = request(&w, "GET", &record, &lda, None).await;
    assert!(
        page.body
            .contains("type=\"checkbox\" name=\"policy_areas\" value=\"health\" checked>"),
        "the current value is ticked"
    );
    // An id not in the list is refused, and said so next to the field.
    let form = format!("csrf={TOKEN}&economic_activities=Q99&policy_areas=health");
    let page = request(
        &w,
        "POST",
        &format!("{record}/update_competences"),
        &lda,
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
}
