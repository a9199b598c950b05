//! `imi bench requests`: complete request exchanges (create → send →
//! [approve] → [allocate] → accept → reply → close) driven through the
//! HTTP API on loopback by concurrent clients, against the real server and
//! a store on disk. Prints exchanges per second, p50/p99 latency per
//! action and the process's memory, and ends with
//! `requests: exchanges=<N>/s p99_ms=<P> rss_mb=<R>`.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use imi_engine::runtime::{StaticDirectory, SystemClock};
use imi_engine::{Actor, Engine, RoleGrant};
use imi_expr::Value;
use serde_json::{json, Value as Json};

use crate::embedded;

/// Requesting and responding authorities (pairs), so that exchanges spread
/// over several authorities as in real use.
const PAIRS: usize = 10;

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

pub fn requests(
    data: &Path,
    exchanges: usize,
    clients: usize,
    definitions: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    if exchanges == 0 || clients == 0 {
        bail!("--exchanges and --clients must be at least 1");
    }
    let (layout, _guard) = embedded::layout(definitions)?;
    let loaded = imi_engine::load(&layout);
    let defs = Arc::new(
        loaded
            .definitions
            .ok_or_else(|| anyhow!("the definitions have errors: run `imi check`"))?,
    );
    if data.exists() {
        std::fs::remove_dir_all(data)
            .with_context(|| format!("cannot clear {}", data.display()))?;
    }
    std::fs::create_dir_all(data).with_context(|| format!("cannot create {}", data.display()))?;
    let engine = Arc::new(Engine::open(
        &data.join("store"),
        defs,
        Arc::new(SystemClock),
        Arc::new(StaticDirectory::default()),
    )?);
    let credentials = Arc::new(imi_server::credentials::CredentialStore::open(
        &data.join("credentials"),
    )?);
    let cookies = world(&engine, &credentials)?;
    let state = imi_server::AppState {
        engine: engine.clone(),
        credentials,
        key: Arc::new(imi_accounts::ServerKey::generate()?),
        search: None,
        translation: Arc::new(imi_server::translation::Translation::none()?),
        files: Arc::new(imi_server::file_store::FileStore::temporary()?),
    };

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let latencies: Arc<Mutex<BTreeMap<&'static str, Vec<Duration>>>> = Default::default();
    let reads: Arc<Mutex<BTreeMap<&'static str, Vec<Duration>>>> = Default::default();
    let (elapsed, failures) = runtime.block_on(async {
        let (addr_tx, addr_rx) = tokio::sync::oneshot::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(imi_server::serve(
            state,
            SocketAddr::from(([127, 0, 0, 1], 0)),
            async move {
                let _ = stop_rx.await;
            },
            move |a| {
                let _ = addr_tx.send(a);
            },
        ));
        let addr = addr_rx
            .await
            .map_err(|_| anyhow!("the server did not start"))?;
        let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
        let next = Arc::new(AtomicUsize::new(0));
        let failures = Arc::new(Mutex::new(Vec::<String>::new()));
        let started = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..clients {
            let (client, next, cookies) = (client.clone(), next.clone(), cookies.clone());
            let (latencies, failures) = (latencies.clone(), failures.clone());
            tasks.push(tokio::spawn(async move {
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n >= exchanges {
                        break;
                    }
                    if let Err(e) = exchange(&client, addr, &cookies, n, &latencies).await {
                        if let Ok(mut f) = failures.lock() {
                            f.push(format!("exchange {n}: {e}"));
                        }
                    }
                }
            }));
        }
        for t in tasks {
            t.await?;
        }
        let elapsed = started.elapsed();
        // The pages' reads over the store the exchanges filled: My tasks,
        // the authority's exchanges and its lists, per user in turn.
        for n in 0..READS {
            let user = if n % 2 == 0 {
                format!("EE-R{}-USER", n % PAIRS)
            } else {
                format!("PT-P{}-USER", n % PAIRS)
            };
            for (what, path) in [
                ("read: my tasks", "/api/tasks"),
                ("read: exchanges", "/api/exchanges"),
                ("read: lists", "/api/lists"),
            ] {
                if let Err(e) = read(&client, addr, &cookies, &user, what, path, &reads).await {
                    if let Ok(mut f) = failures.lock() {
                        f.push(e.to_string());
                    }
                }
            }
        }
        let _ = stop_tx.send(());
        let _ = server.await;
        let failures = failures.lock().map(|f| f.clone()).unwrap_or_default();
        anyhow::Ok((elapsed, failures))
    })?;
    if !failures.is_empty() {
        for f in failures.iter().take(5) {
            eprintln!("{f}");
        }
        bail!("{} of {exchanges} exchanges failed", failures.len());
    }

    let rate = exchanges as f64 / elapsed.as_secs_f64();
    let latencies = latencies.lock().map_err(|_| anyhow!("latencies lost"))?;
    let pct = |v: &[Duration], p: f64| -> f64 {
        let i = ((v.len() as f64 * p).ceil() as usize).saturating_sub(1);
        v.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    let mut all: Vec<Duration> = latencies.values().flatten().copied().collect();
    all.sort_unstable();
    let (rss, peak) = memory();
    println!("| measure | value |");
    println!("|---|---|");
    println!("| exchanges | {exchanges} ({clients} concurrent clients, {PAIRS} authority pairs) |");
    println!("| time | {:.2} s |", elapsed.as_secs_f64());
    println!("| complete exchanges | {rate:.0}/s |");
    println!(
        "| HTTP requests | {:.0}/s |",
        all.len() as f64 / elapsed.as_secs_f64()
    );
    println!("| memory (RSS now / peak) | {rss:.0} MB / {peak:.0} MB |");
    println!();
    println!("| action | count | p50 ms | p99 ms |");
    println!("|---|---|---|---|");
    for (action, v) in latencies.iter() {
        let mut v = v.clone();
        v.sort_unstable();
        println!(
            "| {action} | {} | {:.2} | {:.2} |",
            v.len(),
            pct(&v, 0.5),
            pct(&v, 0.99)
        );
    }
    println!(
        "| all | {} | {:.2} | {:.2} |",
        all.len(),
        pct(&all, 0.5),
        pct(&all, 0.99)
    );
    println!();
    println!("| read (after the exchanges, one client) | count | p50 ms | p99 ms |");
    println!("|---|---|---|---|");
    let reads = reads.lock().map_err(|_| anyhow!("latencies lost"))?;
    for (what, v) in reads.iter() {
        let mut v = v.clone();
        v.sort_unstable();
        println!(
            "| {what} | {} | {:.2} | {:.2} |",
            v.len(),
            pct(&v, 0.5),
            pct(&v, 0.99)
        );
    }
    println!(
        "requests: exchanges={rate:.0}/s p99_ms={:.1} rss_mb={peak:.0}",
        pct(&all, 0.99)
    );
    Ok(ExitCode::SUCCESS)
}

/// How many times each read is measured after the exchanges.
const READS: usize = 200;

/// `GET path` as `user`, timed into `reads` under `what`.
async fn read(
    client: &HttpClient,
    addr: SocketAddr,
    cookies: &Cookies,
    user: &str,
    what: &'static str,
    path: &str,
    reads: &Mutex<BTreeMap<&'static str, Vec<Duration>>>,
) -> anyhow::Result<()> {
    timed_call(client, addr, cookies, user, what, path, None, reads).await?;
    Ok(())
}

/// `path` as `user` (a GET, or a POST of `body`), its time kept in
/// `latencies` under `what`; its JSON answer, or why it failed.
#[allow(clippy::too_many_arguments)]
async fn timed_call(
    client: &HttpClient,
    addr: SocketAddr,
    cookies: &Cookies,
    user: &str,
    what: &'static str,
    path: &str,
    body: Option<&Json>,
    latencies: &Mutex<BTreeMap<&'static str, Vec<Duration>>>,
) -> anyhow::Result<Json> {
    let cookie = cookies
        .get(user)
        .ok_or_else(|| anyhow!("no session for {user}"))?;
    let url = format!("http://{addr}{path}");
    let request = match body {
        Some(b) => hyper::Request::post(url)
            .header("content-type", "application/json")
            .header("cookie", cookie)
            .body(Full::new(Bytes::from(b.to_string())))?,
        None => hyper::Request::get(url)
            .header("cookie", cookie)
            .body(Full::new(Bytes::new()))?,
    };
    let t = Instant::now();
    let response = client.request(request).await?;
    let status = response.status();
    let bytes = response.into_body().collect().await?.to_bytes();
    let took = t.elapsed();
    if !status.is_success() {
        bail!("{what}: {status} {}", String::from_utf8_lossy(&bytes));
    }
    if let Ok(mut l) = latencies.lock() {
        l.entry(what).or_default().push(took);
    }
    Ok(serde_json::from_slice::<Json>(&bytes).unwrap_or_default())
}

/// Session cookies of the world's users, by name.
type Cookies = Arc<BTreeMap<String, String>>;

/// Two coordinators and `PAIRS` pairs of authorities with access to
/// professional qualifications, a user with every request role in each, and
/// settings: approval of requests for every fifth requester, allocation for
/// every fifth responder.
fn world(
    engine: &Engine,
    credentials: &imi_server::credentials::CredentialStore,
) -> anyhow::Result<Cookies> {
    let start = |workflow: &str, inputs: Json| -> anyhow::Result<u64> {
        let wf = engine
            .definitions()
            .workflows
            .get(workflow)
            .cloned()
            .ok_or_else(|| anyhow!("no workflow `{workflow}`"))?;
        let action = wf
            .starts
            .get("imported")
            .ok_or_else(|| anyhow!("`{workflow}` has no `imported` start"))?;
        let mut typed = BTreeMap::new();
        for (k, v) in inputs.as_object().into_iter().flatten() {
            let input = action
                .inputs
                .get(k)
                .ok_or_else(|| anyhow!("`{workflow}.imported` has no input `{k}`"))?;
            typed.insert(
                k.clone(),
                engine
                    .definitions()
                    .input_from_json(input, v)
                    .map_err(|e| anyhow!("{k}: {e}"))?,
            );
        }
        Ok(engine
            .start(workflow, Some("imported"), &Actor::Application, typed)?
            .instance)
    };
    let authority = |id: &str, country: &str, coordinator: Option<&str>, kind: Option<&str>| {
        start(
            "authority",
            json!({
                "authority_id": id, "validating_coordinator": coordinator,
                "official_name": format!("Authority {id}"), "country": country,
                "level": "national", "national_languages": ["en"],
                "informal_name": {"en": format!("Authority {id}")},
                "description": {"en": "A benchmark authority."},
                "email": format!("info@{}.example.org", id.to_lowercase()),
                "coordinator": kind,
            }),
        )
    };
    authority("EE-C", "EE", None, Some("nimic"))?;
    authority("PT-C", "PT", None, Some("nimic"))?;
    let mut cookies = BTreeMap::new();
    let mut user = |name: &str, authority: &str, roles: &[&str]| -> anyhow::Result<()> {
        let id = start(
            "user_account",
            json!({
                "authority": authority, "user_id": name, "name": name,
                "email": format!("{}@example.org", name.to_lowercase()), "language": "en",
                "roles": roles,
            }),
        )?;
        let token = credentials.open_session(name, id, engine.now())?;
        cookies.insert(
            name.to_string(),
            format!("{}={token}", imi_server::SESSION_COOKIE),
        );
        Ok(())
    };
    user(
        "EE-C-USER",
        "EE-C",
        &["request_handler", "data_administrator"],
    )?;
    user(
        "PT-C-USER",
        "PT-C",
        &["request_handler", "data_administrator"],
    )?;
    for i in 0..PAIRS {
        for (side, country) in [("R", "EE"), ("P", "PT")] {
            let id = format!("{country}-{side}{i}");
            let coordinator = format!("{country}-C");
            authority(&id, country, Some(&coordinator), None)?;
            let access = start(
                "area_access",
                json!({"authority": id, "coordinator": coordinator, "area": "professional-qualifications"}),
            )?;
            user(
                &format!("{id}-USER"),
                &id,
                &["request_handler", "allocator", "local_data_administrator"],
            )?;
            let as_user = |name: &str, authority: &str, roles: &[&str]| Actor::User {
                user: name.into(),
                authority: authority.into(),
                roles: roles.iter().map(|r| RoleGrant::parse(r)).collect(),
            };
            if i.is_multiple_of(5) && side == "R" {
                let coordinator_user = as_user(
                    &format!("{coordinator}-USER"),
                    &coordinator,
                    &["data_administrator"],
                );
                let inputs = BTreeMap::from([("approve_requests".to_string(), Value::Bool(true))]);
                engine.act(access, "change_approval", &coordinator_user, inputs)?;
            }
            if i.is_multiple_of(5) && side == "P" {
                let lda = as_user(&format!("{id}-USER"), &id, &["local_data_administrator"]);
                let inputs = BTreeMap::from([("allocation".to_string(), Value::Bool(true))]);
                engine.act(access, "change_settings", &lda, inputs)?;
            }
        }
    }
    Ok(Arc::new(cookies))
}

/// One complete exchange between pair `n % PAIRS`.
async fn exchange(
    client: &HttpClient,
    addr: SocketAddr,
    cookies: &Cookies,
    n: usize,
    latencies: &Mutex<BTreeMap<&'static str, Vec<Duration>>>,
) -> anyhow::Result<()> {
    let pair = n % PAIRS;
    let requester = format!("EE-R{pair}-USER");
    let responder = format!("PT-P{pair}-USER");
    let timed = |action: &'static str, user: String, path: String, body: Json| async move {
        timed_call(
            client,
            addr,
            cookies,
            &user,
            action,
            &path,
            Some(&body),
            latencies,
        )
        .await
    };
    let created = timed(
        "create",
        requester.clone(),
        "/api/workflows/pq_request/starts/create".into(),
        json!({"responder": format!("PT-P{pair}"), "proposed_deadline": "2099-12-31"}),
    )
    .await?;
    let id = created["instance"]
        .as_u64()
        .ok_or_else(|| anyhow!("no instance in {created}"))?;
    let act = |a: &str| format!("/api/instances/{id}/actions/{a}");
    let sent = timed(
        "send",
        requester.clone(),
        act("send"),
        json!({"answers": {
            "family_name": "Tamm", "given_names": "Mari", "birth_date": "1985-03-14",
            "nationality": "Estonian", "profession": "nurse", "practice_basis": "establishment",
            "information_requested": ["document_authenticity", "legal_establishment", "sanctions"], "qualification_title": "Õde",
            "awarding_body": "Tallinna Tervishoiu Kõrgkool",
            "documents": [{"document_kind": "diploma", "document_file": "diploma.pdf"}]
        }}),
    )
    .await?;
    if sent["state"] == "awaiting_approval" {
        timed(
            "approve_request",
            "EE-C-USER".into(),
            act("approve_request"),
            json!({}),
        )
        .await?;
    }
    if pair.is_multiple_of(5) {
        timed(
            "allocate",
            responder.clone(),
            act("allocate"),
            json!({"handler": responder}),
        )
        .await?;
    }
    timed("accept", responder.clone(), act("accept"), json!({})).await?;
    timed(
        "reply",
        responder.clone(),
        act("reply"),
        json!({"answers": {
            "legally_established": true, "suspension_or_prohibition": false, "sanctions": "no",
            "documents": [{"document_authentic": "yes"}]
        }}),
    )
    .await?;
    timed(
        "close",
        requester,
        act("close"),
        json!({"rating_timeliness": 5, "rating_effort": 4}),
    )
    .await?;
    Ok(())
}

/// Resident memory now and at its peak, in MB (Linux; 0 elsewhere).
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
            / 1024.0
    };
    (kb("VmRSS:"), kb("VmHWM:"))
}
