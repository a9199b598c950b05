//! `imi bench engine`: durable actions per second through the runtime,
//! against the raw fsync rate of the same disk, and the time to load and
//! check all shipped definitions.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::Subcommand;
use imi_engine::runtime::{StaticDirectory, SystemClock};
use imi_engine::{Actor, Definitions, Engine, RoleGrant};
use imi_expr::Value;

use crate::embedded;

#[derive(Subcommand)]
pub enum Which {
    /// Durable actions/s (sequential and concurrent), latency, fsync rate, load time.
    Engine {
        /// Folder for the benchmark's store (on the disk to measure).
        #[arg(long, default_value = "target/bench-data")]
        data: PathBuf,
        /// Actions in the sequential run.
        #[arg(long, default_value_t = 1000)]
        actions: usize,
        /// Threads in the concurrent run.
        #[arg(long, default_value_t = 64)]
        threads: usize,
        #[arg(long)]
        definitions: Option<PathBuf>,
    },
    /// Complete request exchanges through the HTTP API on loopback:
    /// exchanges/s, latency per action, memory.
    Requests {
        /// Folder for the benchmark's store (on the disk to measure).
        #[arg(long, default_value = "target/bench-requests")]
        data: PathBuf,
        /// Exchanges to run.
        #[arg(long, default_value_t = 2000)]
        exchanges: usize,
        /// Concurrent HTTP clients.
        #[arg(long, default_value_t = 32)]
        clients: usize,
        #[arg(long)]
        definitions: Option<PathBuf>,
    },
    /// Relevance of the authority search over a query file; with --scale,
    /// its speed over that many authorities.
    Search {
        /// Queries in the format of search-queries-dev.jsonl.
        #[arg(long)]
        queries: PathBuf,
        /// Authorities (default: the built-in demo data).
        #[arg(long)]
        authorities: Option<PathBuf>,
        /// Build an index of this many authorities (variants of the
        /// authorities) and measure build rate, size and latency.
        #[arg(long)]
        scale: Option<usize>,
        /// Folder for the scaled index (on the disk to measure).
        #[arg(long, default_value = "target/bench-search")]
        data: PathBuf,
        #[arg(long)]
        definitions: Option<PathBuf>,
    },
}

pub fn run(which: Which) -> anyhow::Result<ExitCode> {
    match which {
        Which::Engine {
            data,
            actions,
            threads,
            definitions,
        } => engine(&data, actions, threads, definitions),
        Which::Requests {
            data,
            exchanges,
            clients,
            definitions,
        } => crate::bench_requests::requests(&data, exchanges, clients, definitions),
        Which::Search {
            queries,
            authorities,
            scale: None,
            definitions,
            ..
        } => crate::bench_search::relevance(&queries, authorities.as_deref(), definitions),
        Which::Search {
            queries,
            authorities,
            scale: Some(n),
            data,
            definitions,
        } => crate::bench_search::speed(&queries, authorities.as_deref(), n, &data, definitions),
    }
}

/// The benchmark drives the shipped registration-request workflow: a
/// coordinator creates requests and edits them.
const WORKFLOW: &str = "registration_request";

fn engine(
    data: &Path,
    actions: usize,
    threads: usize,
    definitions: Option<PathBuf>,
) -> anyhow::Result<ExitCode> {
    let (layout, _guard) = embedded::layout(definitions)?;
    // Load time: median of several loads.
    let mut load_times = Vec::new();
    let mut defs = None;
    for _ in 0..7 {
        let t = Instant::now();
        let r = imi_engine::load(&layout);
        load_times.push(t.elapsed());
        if r.definitions.is_none() {
            print!("{}", r.diagnostics);
            bail!("the definitions have errors");
        }
        defs = r.definitions;
    }
    load_times.sort();
    let load_ms = load_times[load_times.len() / 2].as_secs_f64() * 1000.0;
    let defs: Arc<Definitions> = Arc::new(defs.context("no definitions")?);
    if !defs.workflows.contains_key(WORKFLOW) {
        bail!("the benchmark needs the workflow `{WORKFLOW}`");
    }

    if data.exists() {
        std::fs::remove_dir_all(data)
            .with_context(|| format!("cannot clear {}", data.display()))?;
    }
    std::fs::create_dir_all(data)?;
    let fsync = fsync_rate(data)?;

    let mut directory = StaticDirectory::default();
    directory.countries.insert("EE-0001".into(), "EE".into());
    let engine = Arc::new(Engine::open(
        &data.join("store"),
        defs,
        Arc::new(SystemClock),
        Arc::new(directory),
    )?);
    let actor = Actor::User {
        user: "bench".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: "data_administrator".into(),
            area: None,
        }],
    };

    // Sequential: one action after the other, each durable before the next.
    let mut latencies = Vec::with_capacity(actions);
    let started = Instant::now();
    let mut current = None;
    for i in 0..actions {
        let t = Instant::now();
        current = Some(one_action(&engine, &actor, current, i)?);
        latencies.push(t.elapsed());
    }
    let sequential = actions as f64 / started.elapsed().as_secs_f64();
    latencies.sort();
    let p = |q: f64| {
        latencies[((latencies.len() as f64 - 1.0) * q).round() as usize].as_secs_f64() * 1000.0
    };
    let (p50, p99) = (p(0.50), p(0.99));

    // Concurrent: many clients at once; their commits share flushes.
    let per_thread = (actions * 4 / threads.max(1)).max(50);
    let started = Instant::now();
    let handles: Vec<_> = (0..threads)
        .map(|t| {
            let engine = engine.clone();
            let actor = actor.clone();
            std::thread::spawn(move || -> anyhow::Result<()> {
                let mut current = None;
                for i in 0..per_thread {
                    current = Some(one_action(&engine, &actor, current, t * 1_000_000 + i)?);
                }
                Ok(())
            })
        })
        .collect();
    for h in handles {
        h.join()
            .map_err(|_| anyhow::anyhow!("a benchmark thread panicked"))??;
    }
    let concurrent = (threads * per_thread) as f64 / started.elapsed().as_secs_f64();

    let mut out = std::io::stdout().lock();
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    let rows = [
        (
            format!("raw fsync rate of {} (4 KiB write + fsync)", data.display()),
            format!("{fsync:.0}/s"),
            String::new(),
            "",
        ),
        (
            "sequential durable actions".into(),
            format!("{sequential:.0}/s"),
            format!("≥ {:.0}/s (half the fsync rate)", fsync / 2.0),
            verdict(sequential >= fsync / 2.0),
        ),
        (
            format!("concurrent durable actions ({threads} clients)"),
            format!("{concurrent:.0}/s"),
            format!("≥ {:.0}/s (4× the fsync rate)", fsync * 4.0),
            verdict(concurrent >= fsync * 4.0),
        ),
        (
            "one action, p50".into(),
            format!("{p50:.2} ms"),
            String::new(),
            "",
        ),
        (
            "one action, p99".into(),
            format!("{p99:.2} ms"),
            String::new(),
            "",
        ),
        (
            "load and check all definitions".into(),
            format!("{load_ms:.1} ms"),
            "< 200 ms".into(),
            verdict(load_ms < 200.0),
        ),
    ];
    writeln!(out, "| measure | value | target | |")?;
    writeln!(out, "|---|---:|---|---|")?;
    for (measure, value, target, verdict) in rows {
        writeln!(out, "| {measure} | {value} | {target} | {verdict} |")?;
    }
    writeln!(
        out,
        "engine: sequential={sequential:.0}/s concurrent={concurrent:.0}/s fsync={fsync:.0}/s load_ms={load_ms:.1}"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Every fifth action creates a request; the others edit the current one.
fn one_action(
    engine: &Engine,
    actor: &Actor,
    current: Option<u64>,
    i: usize,
) -> anyhow::Result<u64> {
    let text = |s: String| Value::String(s);
    match current {
        Some(id) if !i.is_multiple_of(5) => {
            let inputs = BTreeMap::from([("note".to_string(), text(format!("note {i}")))]);
            engine.act(id, "edit", actor, inputs)?;
            Ok(id)
        }
        _ => {
            let inputs = BTreeMap::from([
                (
                    "email".to_string(),
                    text(format!("office{i}@authority.example.org")),
                ),
                (
                    "areas".to_string(),
                    Value::List(vec![text("services".into())]),
                ),
                (
                    "coordinator_name".to_string(),
                    text("Bench Coordinator".into()),
                ),
                (
                    "coordinator_email".to_string(),
                    text("coordinator@example.org".into()),
                ),
            ]);
            Ok(engine
                .start(WORKFLOW, Some("create"), actor, inputs)?
                .instance)
        }
    }
}

/// Writes 4 KiB and calls fsync (`sync_all`, the call sled makes), over and
/// over, for about a second.
fn fsync_rate(dir: &Path) -> anyhow::Result<f64> {
    let path = dir.join("fsync-probe");
    let mut file = std::fs::File::create(&path)?;
    let block = vec![0u8; 4096];
    let started = Instant::now();
    let mut n = 0u32;
    while started.elapsed() < Duration::from_secs(1) || n < 20 {
        file.write_all(&block)?;
        file.sync_all()?;
        n += 1;
    }
    let rate = f64::from(n) / started.elapsed().as_secs_f64();
    drop(file);
    let _ = std::fs::remove_file(path);
    Ok(rate)
}
