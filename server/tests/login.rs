//! Login end to end through the router, over the shipped definitions (the
//! `user_account` workflow bound in `core/area.yaml`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use imi_engine::runtime::{SimulatedClock, StaticDirectory};
use imi_engine::{load, Actor, Engine, Layout, RoleGrant};
use imi_expr::Value;
use imi_server::{app, AppState};
use tower::ServiceExt;

const USER: &str = "EE-liis01";
const CODE: &str = "Abcdefgh1234";

struct World {
    state: AppState,
    account: u64,
    temporary: String,
}

fn world() -> World {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let defs = Arc::new(
        load(&Layout::find(&root))
            .definitions
            .expect("shipped definitions"),
    );
    let clock = Arc::new(SimulatedClock::new(
        chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00Z")
            .unwrap()
            .into(),
    ));
    let mut directory = StaticDirectory::default();
    directory.countries.insert("EE-0001".into(), "EE".into());
    let engine = Arc::new(Engine::temporary(defs, clock, Arc::new(directory)).unwrap());
    let mut w = World {
        state: AppState {
            engine,
            credentials: Arc::new(imi_server::credentials::CredentialStore::temporary().unwrap()),
            key: Arc::new(imi_accounts::ServerKey::generate().unwrap()),
            search: None,
            translation: std::sync::Arc::new(imi_server::translation::Translation::none().unwrap()),
            files: std::sync::Arc::new(imi_server::file_store::FileStore::temporary().unwrap()),
        },
        account: 0,
        temporary: String::new(),
    };
    let (account, temporary) = add_account(&w, USER, &["request_handler@services"]);
    w.account = account;
    w.temporary = temporary;
    w
}

struct Answer {
    status: StatusCode,
    body: serde_json::Value,
    cookie: Option<String>,
}

async fn call(
    w: &World,
    method: &str,
    path: &str,
    body: serde_json::Value,
    cookie: Option<&str>,
) -> Answer {
    let mut req = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(c) = cookie {
        req = req.header(header::COOKIE, c);
    }
    let response = app(w.state.clone())
        .oneshot(req.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .map(|v| v.to_str().unwrap().to_string());
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    Answer {
        status,
        body,
        cookie,
    }
}

fn pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_string()
}

fn state_of(w: &World) -> String {
    w.state.engine.instance(w.account).unwrap().unwrap().state
}

/// First login with the temporary password: choose credentials; then a later
/// login with the security code challenge.
async fn first_login(w: &World) -> String {
    let a = call(
        w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER.to_lowercase(), "password": w.temporary}),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.body);
    assert_eq!(a.body["next"], "choose_credentials");
    let login = a.body["login"].as_str().unwrap().to_string();
    // A weak password is refused with the rules it breaks, and the step is used up.
    let weak = call(
        w,
        "POST",
        "/api/login/first",
        serde_json::json!({"login": login, "password": "short", "security_code": CODE}),
        None,
    )
    .await;
    assert_eq!(weak.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(weak.body["field"], "password");
    assert!(
        weak.body["message"]
            .as_str()
            .unwrap()
            .contains("at least 8 characters"),
        "{}",
        weak.body
    );
    let again = call(
        w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER, "password": w.temporary}),
        None,
    )
    .await;
    let login = again.body["login"].as_str().unwrap().to_string();
    let ok = call(
        w,
        "POST",
        "/api/login/first",
        serde_json::json!({"login": login, "password": "Tallinn2026", "security_code": CODE}),
        None,
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let cookie = ok.cookie.expect("a session cookie");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert_eq!(state_of(w), "active");
    pair(&cookie)
}

#[tokio::test]
async fn first_login_then_the_security_code_challenge() {
    let w = world();
    let session = first_login(&w).await;
    let me = call(
        &w,
        "GET",
        "/api/session",
        serde_json::Value::Null,
        Some(&session),
    )
    .await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.body["user_id"], USER);
    assert_eq!(me.body["parties"]["authority"], "EE-0001");
    // The temporary password no longer works.
    let old = call(
        &w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER, "password": w.temporary}),
        None,
    )
    .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    // A later login asks for 3 positions of the code.
    let a = call(
        &w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER, "password": "Tallinn2026"}),
        None,
    )
    .await;
    assert_eq!(a.body["next"], "security_code", "{}", a.body);
    let positions: Vec<usize> = a.body["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_u64().unwrap() as usize)
        .collect();
    let answer: String = positions
        .iter()
        .map(|p| CODE.chars().nth(p - 1).unwrap())
        .collect();
    let ok = call(
        &w,
        "POST",
        "/api/login/code",
        serde_json::json!({"login": a.body["login"], "characters": answer}),
        None,
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    let second = pair(&ok.cookie.unwrap());
    assert_ne!(second, session, "a new session token at every login");
    // The login step works once.
    let replay = call(
        &w,
        "POST",
        "/api/login/code",
        serde_json::json!({"login": a.body["login"], "characters": answer}),
        None,
    )
    .await;
    assert_eq!(replay.status, StatusCode::UNAUTHORIZED);
    assert_eq!(replay.body["code"], "login_expired");
    let anonymous = call(
        &w,
        "GET",
        "/api/session",
        serde_json::Value::Null,
        Some("imi_session=forged"),
    )
    .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn five_wrong_entries_block_the_account() {
    let w = world();
    first_login(&w).await;
    let unknown = call(
        &w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": "EE-nobody", "password": "Tallinn2026"}),
        None,
    )
    .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        unknown.body["code"], "wrong_credentials",
        "unknown ids look like wrong passwords"
    );
    for i in 1..=4 {
        let a = call(
            &w,
            "POST",
            "/api/login",
            serde_json::json!({"user_id": USER, "password": "Wrong2026"}),
            None,
        )
        .await;
        assert_eq!(a.status, StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    // A wrong code is a wrong entry too: the fifth blocks.
    let a = call(
        &w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER, "password": "Tallinn2026"}),
        None,
    )
    .await;
    let wrong = call(
        &w,
        "POST",
        "/api/login/code",
        serde_json::json!({"login": a.body["login"], "characters": "???"}),
        None,
    )
    .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN, "{}", wrong.body);
    assert_eq!(wrong.body["code"], "account_blocked");
    assert_eq!(state_of(&w), "blocked");
    let right = call(
        &w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER, "password": "Tallinn2026"}),
        None,
    )
    .await;
    assert_eq!(
        right.status,
        StatusCode::FORBIDDEN,
        "blocked even with the right password"
    );
    let failures = w.state.engine.instance(w.account).unwrap().unwrap().fields["failures"].clone();
    assert_eq!(
        failures,
        Value::Number(5.0),
        "counted in the store by the account workflow"
    );
}

#[tokio::test]
async fn login_attempts_are_throttled_per_address() {
    use axum::extract::ConnectInfo;
    let w = world();
    let router = app(w.state.clone());
    let attempt = |ip: &str| {
        let mut req = Request::post("/api/login")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                serde_json::json!({"user_id": "EE-nobody", "password": "x"}).to_string(),
            ))
            .unwrap();
        let addr: std::net::SocketAddr = format!("{ip}:40000").parse().unwrap();
        req.extensions_mut().insert(ConnectInfo(addr));
        router.clone().oneshot(req)
    };
    for _ in 0..20 {
        assert_eq!(
            attempt("192.0.2.7").await.unwrap().status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let limited = attempt("192.0.2.7").await.unwrap();
    assert_eq!(limited.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.headers().contains_key(header::RETRY_AFTER));
    assert_eq!(
        attempt("192.0.2.8").await.unwrap().status(),
        StatusCode::UNAUTHORIZED,
        "other addresses go on"
    );
}

/// Registers an account straight through the engine (as its authority's LDA)
/// and returns (account, temporary password).
fn add_account(w: &World, user_id: &str, roles: &[&str]) -> (u64, String) {
    let temporary = imi_accounts::temporary_password().unwrap();
    let lda = Actor::User {
        user: "lda".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: "local_data_administrator".into(),
            area: None,
        }],
    };
    let s = |v: &str| Value::String(v.into());
    let inputs = BTreeMap::from([
        ("user_id".to_string(), s(user_id)),
        ("name".to_string(), s("Mari Maasikas")),
        (
            "email".to_string(),
            s(&format!(
                "{}@terviseamet.example.org",
                user_id.to_lowercase()
            )),
        ),
        ("language".to_string(), s("et")),
        (
            "roles".to_string(),
            Value::List(roles.iter().map(|r| s(r)).collect()),
        ),
        ("temporary_password".to_string(), s(&temporary)),
    ]);
    let account = w
        .state
        .engine
        .start("user_account", Some("register"), &lda, inputs)
        .unwrap()
        .instance;
    w.state
        .credentials
        .set_temporary(account, &temporary)
        .unwrap();
    (account, temporary)
}

/// Logs in for the first time and returns the session cookie pair.
async fn log_in_first(w: &World, user_id: &str, temporary: &str) -> String {
    let a = call(
        w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": user_id, "password": temporary}),
        None,
    )
    .await;
    assert_eq!(a.body["next"], "choose_credentials", "{}", a.body);
    let ok = call(w, "POST", "/api/login/first", serde_json::json!({"login": a.body["login"], "password": "Tartu2026x", "security_code": CODE}), None).await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    pair(&ok.cookie.unwrap())
}

#[tokio::test]
async fn a_local_data_administrator_registers_a_user_who_then_logs_in() {
    let w = world();
    let (_, lda_password) = add_account(&w, "EE-lda001", &["local_data_administrator"]);
    let lda = log_in_first(&w, "EE-lda001", &lda_password).await;
    let outbox_before = w.state.engine.notifications().unwrap().len();
    let body = serde_json::json!({
        "name": "Kati Karu", "email": "kati.karu@terviseamet.example.org",
        "language": "et", "roles": ["request_handler@services"]
    });
    let made = call(&w, "POST", "/api/users", body.clone(), Some(&lda)).await;
    assert_eq!(made.status, StatusCode::CREATED, "{}", made.body);
    let user_id = made.body["user_id"].as_str().unwrap().to_string();
    assert!(user_id.starts_with("EE-"), "{user_id}");
    // The temporary password went to the user's e-mail; the user id went nowhere.
    let sent: Vec<_> = w
        .state
        .engine
        .notifications()
        .unwrap()
        .into_iter()
        .skip(outbox_before)
        .collect();
    assert_eq!(sent.len(), 1);
    let message = serde_json::to_string(&sent[0]).unwrap();
    assert!(
        !message.contains(&user_id),
        "the user id is never e-mailed: {message}"
    );
    assert!(message.contains("kati.karu@terviseamet.example.org"));
    let temporary = match &sent[0].params["temporary_password"] {
        Value::String(p) => p.clone(),
        other => panic!("{other:?}"),
    };
    log_in_first(&w, &user_id, &temporary).await;

    // A request handler may not register users; nobody may without a session;
    // the generated inputs cannot be chosen.
    let (_, handler_password) = add_account(&w, "EE-rh0001", &["request_handler@services"]);
    let handler = log_in_first(&w, "EE-rh0001", &handler_password).await;
    let refused = call(&w, "POST", "/api/users", body.clone(), Some(&handler)).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    assert_eq!(refused.body["code"], "missing_role");
    let anonymous = call(&w, "POST", "/api/users", body.clone(), None).await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    let mut chosen = body.clone();
    chosen["user_id"] = serde_json::json!("EE-mine01");
    let generated = call(&w, "POST", "/api/users", chosen, Some(&lda)).await;
    assert_eq!(generated.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(generated.body["field"], "user_id");
    let mut unknown = body;
    unknown["shoe_size"] = serde_json::json!(42);
    let bad = call(&w, "POST", "/api/users", unknown, Some(&lda)).await;
    assert_eq!(bad.body["field"], "shoe_size");
}

#[tokio::test]
async fn the_local_data_administrator_unblocks_with_a_new_temporary_password() {
    let w = world();
    first_login(&w).await;
    for _ in 0..5 {
        call(
            &w,
            "POST",
            "/api/login",
            serde_json::json!({"user_id": USER, "password": "Wrong2026"}),
            None,
        )
        .await;
    }
    assert_eq!(state_of(&w), "blocked");
    let (_, handler_password) = add_account(&w, "EE-rh0002", &["request_handler@services"]);
    let handler = log_in_first(&w, "EE-rh0002", &handler_password).await;
    let refused = call(
        &w,
        "POST",
        &format!("/api/users/{USER}/reset"),
        serde_json::Value::Null,
        Some(&handler),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
    let (_, lda_password) = add_account(&w, "EE-lda002", &["local_data_administrator"]);
    let lda = log_in_first(&w, "EE-lda002", &lda_password).await;
    let before = w.state.engine.notifications().unwrap().len();
    let ok = call(
        &w,
        "POST",
        &format!("/api/users/{USER}/reset"),
        serde_json::Value::Null,
        Some(&lda),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(state_of(&w), "registered");
    let sent: Vec<_> = w
        .state
        .engine
        .notifications()
        .unwrap()
        .into_iter()
        .skip(before)
        .collect();
    let temporary = match &sent[0].params["temporary_password"] {
        Value::String(p) => p.clone(),
        other => panic!("{other:?}"),
    };
    // The old password no longer works; the new temporary one leads to new credentials.
    let old = call(
        &w,
        "POST",
        "/api/login",
        serde_json::json!({"user_id": USER, "password": "Tallinn2026"}),
        None,
    )
    .await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    log_in_first(&w, USER, &temporary).await;
    assert_eq!(state_of(&w), "active");
    let unknown = call(
        &w,
        "POST",
        "/api/users/EE-nobody/reset",
        serde_json::Value::Null,
        Some(&lda),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}
