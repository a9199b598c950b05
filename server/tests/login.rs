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
    let credentials = imi_server::credentials::CredentialStore::temporary().unwrap();
    let temporary = credentials.issue_temporary(USER).unwrap();
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
        ("user_id".to_string(), s(USER)),
        ("name".to_string(), s("Liis Lepp")),
        ("email".to_string(), s("liis.lepp@terviseamet.example.org")),
        ("language".to_string(), s("et")),
        (
            "roles".to_string(),
            Value::List(vec![s("request_handler@services")]),
        ),
        ("temporary_password".to_string(), s(&temporary)),
    ]);
    let account = engine
        .start("user_account", Some("register"), &lda, inputs)
        .unwrap()
        .instance;
    World {
        state: AppState {
            engine,
            credentials: Arc::new(credentials),
            key: Arc::new(imi_accounts::ServerKey::generate().unwrap()),
        },
        account,
        temporary,
    }
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
