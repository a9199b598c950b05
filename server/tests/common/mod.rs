//! A small world for the server's tests: authorities imported into the
//! shipped definitions (EE-0001 validated by the national coordinator
//! EE-0033 and linked with EE-0002; EE-0005 free to link; LV-0001 of
//! another country) and one logged-in user per relation.

#![allow(dead_code)] // each test file uses part of it

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use imi_engine::runtime::{SimulatedClock, StaticDirectory};
use imi_engine::{load, Actor, Engine, Layout};
use imi_expr::Value;
use imi_server::{AppState, SESSION_COOKIE};
use serde_json::json;

pub struct World {
    pub state: AppState,
    /// The basic user's account (the target of account endpoints).
    pub account: u64,
    /// EE-0001's authority instance.
    pub authority: u64,
    /// Stops the search index's sync thread when the world goes.
    pub stop: Arc<std::sync::atomic::AtomicBool>,
    /// Session cookie per caller.
    pub cookies: BTreeMap<&'static str, String>,
    /// The engine's clock (tests move it).
    pub clock: Arc<SimulatedClock>,
}

pub fn typed(
    engine: &Engine,
    workflow: &str,
    start: &str,
    inputs: serde_json::Value,
) -> BTreeMap<String, Value> {
    let defs = engine.definitions();
    let action = &defs.workflows[workflow].starts[start];
    inputs
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| {
            let ty = &action
                .inputs
                .get(k)
                .unwrap_or_else(|| panic!("input {k}"))
                .ty;
            (k.clone(), imi_engine::load::json_value(v, ty).unwrap())
        })
        .collect()
}

pub fn import(engine: &Engine, workflow: &str, inputs: serde_json::Value) -> u64 {
    let inputs = typed(engine, workflow, "imported", inputs);
    engine
        .start(workflow, Some("imported"), &Actor::Application, inputs)
        .unwrap_or_else(|e| panic!("import into {workflow}: {e}"))
        .instance
}

pub fn authority(
    engine: &Engine,
    id: &str,
    country: &str,
    validating: Option<&str>,
    kind: Option<&str>,
) -> u64 {
    import(
        engine,
        "authority",
        json!({
            "authority_id": id, "validating_coordinator": validating,
            "official_name": format!("Official {id}"), "country": country, "level": "national",
            "national_languages": ["et"], "informal_name": {"en": format!("Authority {id}")},
            "description": {"en": "National authority."},
            "email": format!("info@{}.example.org", id.to_lowercase()),
            "coordinator": kind,
        }),
    )
}

/// EE-0001 (own) is validated by the national coordinator EE-0033 and linked
/// with EE-0002; LV-0001 is unrelated; EE-0005 is a free authority to link.
pub fn world() -> World {
    static DEFS: std::sync::OnceLock<Arc<imi_engine::Definitions>> = std::sync::OnceLock::new();
    let defs = DEFS
        .get_or_init(|| {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            Arc::new(
                load(&Layout::find(&root))
                    .definitions
                    .expect("shipped definitions"),
            )
        })
        .clone();
    let clock = Arc::new(SimulatedClock::new(
        chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00Z")
            .unwrap()
            .into(),
    ));
    let engine = Arc::new(
        Engine::temporary(defs, clock.clone(), Arc::new(StaticDirectory::default())).unwrap(),
    );
    authority(&engine, "EE-0033", "EE", None, Some("nimic"));
    let own = authority(&engine, "EE-0001", "EE", Some("EE-0033"), None);
    authority(&engine, "EE-0002", "EE", Some("EE-0033"), None);
    authority(&engine, "EE-0005", "EE", Some("EE-0033"), None);
    authority(&engine, "LV-0001", "LV", None, Some("nimic"));
    let lda = |authority: &str| Actor::User {
        user: "lda".into(),
        authority: authority.into(),
        roles: vec![imi_engine::RoleGrant::parse("local_data_administrator")],
    };
    engine
        .start(
            "authority_link",
            Some("link"),
            &lda("EE-0001"),
            BTreeMap::from([("linked".to_string(), Value::String("EE-0002".into()))]),
        )
        .unwrap();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let search = Arc::new(imi_search::SearchIndex::in_memory().unwrap());
    imi_search::sync::follow(
        engine.clone(),
        search.clone(),
        imi_search::Opened::Empty,
        stop.clone(),
    )
    .unwrap();
    let state = AppState {
        engine: engine.clone(),
        credentials: Arc::new(imi_server::credentials::CredentialStore::temporary().unwrap()),
        key: Arc::new(imi_accounts::ServerKey::generate().unwrap()),
        search: Some(search),
        translation: std::sync::Arc::new(imi_server::translation::Translation::none().unwrap()),
        files: std::sync::Arc::new(imi_server::file_store::FileStore::temporary().unwrap()),
    };
    let mut cookies = BTreeMap::new();
    let mut account = 0;
    for (caller, user_id, authority, roles) in [
        (
            "own_lda",
            "EE-LDA",
            "EE-0001",
            vec!["local_data_administrator"],
        ),
        ("own_basic", "EE-BASIC", "EE-0001", vec!["basic_user"]),
        (
            "linked",
            "EE-LINKED",
            "EE-0002",
            vec!["local_data_administrator"],
        ),
        (
            "coordinator",
            "EE-NIMIC",
            "EE-0033",
            vec!["data_administrator"],
        ),
        (
            "unrelated",
            "LV-LDA",
            "LV-0001",
            vec!["local_data_administrator"],
        ),
    ] {
        let id = import(
            &engine,
            "user_account",
            json!({
                "authority": authority, "user_id": user_id, "name": format!("User {user_id}"),
                "email": format!("{}@example.org", user_id.to_lowercase()), "language": "en",
                "roles": roles,
            }),
        );
        if caller == "own_basic" {
            account = id;
        }
        let token = state
            .credentials
            .open_session(user_id, id, engine.now())
            .unwrap();
        cookies.insert(caller, format!("{SESSION_COOKIE}={token}"));
    }
    World {
        state,
        account,
        authority: own,
        cookies,
        stop,
        clock,
    }
}

impl Drop for World {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// `method path` with a JSON `body` (none when null) as `caller` (a key of
/// `cookies`): the status and the JSON answer.
pub async fn call(
    w: &World,
    caller: &str,
    method: &str,
    path: &str,
    body: serde_json::Value,
) -> (axum::http::StatusCode, serde_json::Value) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let response = imi_server::app(w.state.clone())
        .oneshot(
            axum::http::Request::builder()
                .method(method)
                .uri(path)
                .header(axum::http::header::CONTENT_TYPE, "application/json")
                .header(axum::http::header::COOKIE, &w.cookies[caller])
                .body(if body.is_null() {
                    axum::body::Body::empty()
                } else {
                    axum::body::Body::from(body.to_string())
                })
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or_default())
}

/// Area access for `authority` (its coordinator becomes its request
/// coordinator), and a request handler of it with a session.
pub fn handler(w: &mut World, authority: &str, coordinator: &str, user_id: &'static str) {
    handler_in(w, authority, coordinator, user_id, "en");
}

/// The same, for a user working in `language`.
pub fn handler_in(
    w: &mut World,
    authority: &str,
    coordinator: &str,
    user_id: &'static str,
    language: &str,
) {
    import(
        &w.state.engine,
        "area_access",
        json!({"authority": authority, "coordinator": coordinator, "area": "professional-qualifications"}),
    );
    let id = import(
        &w.state.engine,
        "user_account",
        json!({
            "authority": authority, "user_id": user_id, "name": user_id,
            "email": format!("{}@example.org", user_id.to_lowercase()), "language": language,
            "roles": ["request_handler"],
        }),
    );
    let token = w
        .state
        .credentials
        .open_session(user_id, id, w.state.engine.now())
        .unwrap();
    w.cookies
        .insert(user_id, format!("{SESSION_COOKIE}={token}"));
}

pub fn requester_answers() -> serde_json::Value {
    json!({
        "family_name": "Tamm",
        "given_names": "Mari",
        "birth_date": "1985-03-14",
        "nationality": "Estonian",
        "profession": "nurse",
        "practice_basis": "establishment",
        "information_requested": ["document_authenticity", "legal_establishment", "sanctions"],
        "qualification_title": "Õde",
        "awarding_body": "Tallinna Tervishoiu Kõrgkool",
        "documents": [{"document_kind": "diploma", "document_file": "diploma.pdf"}]
    })
}
