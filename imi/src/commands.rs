//! `imi check`, `imi schema`, `imi test`, `imi run`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use anyhow::Context;
use imi_engine::runtime::{StaticDirectory, SystemClock};
use imi_engine::{load, Definitions, Engine};

use crate::embedded;

/// Loads definitions, printing the diagnostics; `None` when there were errors.
pub fn load_checked(
    dir: Option<PathBuf>,
    quiet_ok: bool,
) -> anyhow::Result<(Option<Arc<Definitions>>, Vec<PathBuf>)> {
    let (layout, _guard) = embedded::layout(dir)?;
    let result = load(&layout);
    print!("{}", result.diagnostics);
    let errors = result.diagnostics.error_count();
    let warnings = result.diagnostics.0.len() - errors;
    match result.definitions {
        Some(defs) => {
            if !quiet_ok {
                println!(
                    "{}: {} packages, {} workflows, {} questionnaires, {} calendars, {} languages: no errors{}",
                    layout.definitions.display(),
                    defs.packages.len(),
                    defs.workflows.len(),
                    defs.questionnaires.len(),
                    defs.calendars.len(),
                    defs.languages.len(),
                    if warnings > 0 {
                        format!(", {warnings} warnings")
                    } else {
                        String::new()
                    }
                );
            }
            Ok((Some(Arc::new(defs)), result.scenarios))
        }
        None => {
            eprintln!("{errors} error{}", if errors == 1 { "" } else { "s" });
            Ok((None, result.scenarios))
        }
    }
}

pub fn check(dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let (defs, _) = load_checked(dir, false)?;
    Ok(if defs.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn schema(out: &Path) -> anyhow::Result<ExitCode> {
    use imi_engine::raw;
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let schemas = [
        ("area", schemars::schema_for!(raw::AreaFile)),
        ("workflow", schemars::schema_for!(raw::WorkflowFile)),
        ("scenario", schemars::schema_for!(raw::ScenarioFile)),
        ("calendar", schemars::schema_for!(raw::CalendarFile)),
        ("keywords", schemars::schema_for!(raw::KeywordFile)),
        ("languages", schemars::schema_for!(raw::LanguagesFile)),
        (
            "questionnaire",
            schemars::schema_for!(raw::questionnaire::QuestionnaireFile),
        ),
        (
            "questionnaire-texts",
            schemars::schema_for!(raw::questionnaire::QuestionnaireTextsFile),
        ),
    ];
    for (name, schema) in schemas {
        let file = out.join(format!("{name}.schema.json"));
        let text = serde_json::to_string_pretty(&schema)?;
        std::fs::write(&file, text + "\n")
            .with_context(|| format!("cannot write {}", file.display()))?;
        println!("wrote {}", file.display());
    }
    Ok(ExitCode::SUCCESS)
}

pub fn test(dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let (layout, _guard) = embedded::layout(dir)?;
    let result = load(&layout);
    print!("{}", result.diagnostics);
    let scenarios = result.scenarios;
    let text_errors_only = result.definitions.is_none() && result.without_texts.is_some();
    let Some(defs) = result.definitions.or(result.without_texts).map(Arc::new) else {
        eprintln!("the definitions have errors: no scenario was run");
        return Ok(ExitCode::FAILURE);
    };
    if text_errors_only {
        eprintln!(
            "texts are missing (see above): running the scenarios anyway; `imi check` still fails"
        );
    }
    let (mut passed, mut failed, mut steps) = (0, 0, 0);
    for file in &scenarios {
        let report = imi_engine::scenario::run(defs.clone(), file);
        steps += report.steps;
        if report.passed() {
            passed += 1;
            println!("ok   {} ({})", file.display(), report.name);
        } else {
            failed += 1;
            println!("FAIL {} ({})", file.display(), report.name);
            for f in &report.failures {
                println!(
                    "  {}:{}:{}: step {}: {}",
                    file.display(),
                    f.position.line,
                    f.position.column,
                    f.step,
                    f.message
                );
            }
        }
    }
    println!("scenarios: {passed} passed, {failed} failed ({steps} steps)");
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `imi serve`: checked definitions, the engine with its timers, the HTTP
/// server; on Ctrl-C or SIGTERM, requests in flight finish, then the writer
/// drains and the store is flushed.
/// Checked definitions and the engine over `data`; `None` (after printing
/// the listing) when the definitions have errors: nothing starts on them.
fn open_engine(data: &Path, definitions: Option<PathBuf>) -> anyhow::Result<Option<Arc<Engine>>> {
    let (defs, _) = load_checked(definitions, false)?;
    let Some(defs) = defs else {
        eprintln!("refusing to start: the definitions have errors");
        return Ok(None);
    };
    std::fs::create_dir_all(data).with_context(|| format!("cannot create {}", data.display()))?;
    let engine = Engine::open(
        data,
        defs,
        Arc::new(SystemClock),
        Arc::new(StaticDirectory::default()),
    )
    .with_context(|| format!("cannot open the store in {}", data.display()))?;
    Ok(Some(Arc::new(engine)))
}

pub fn serve(config: crate::config::ServeConfig) -> anyhow::Result<ExitCode> {
    let crate::config::ServeConfig {
        addr,
        data,
        definitions,
        demo,
        mail,
        translation,
    } = config;
    let data = data.as_path();
    let Some(engine) = open_engine(data, definitions)? else {
        return Ok(ExitCode::FAILURE);
    };
    let mailer = imi_mail::Mailer::from_config(engine.definitions(), &mail)
        .context("cannot set up e-mail")?;
    let credentials = imi_server::credentials::CredentialStore::open(&data.join("credentials"))
        .with_context(|| format!("cannot open the credential store in {}", data.display()))?;
    let key = server_key(data)?;
    if demo {
        let started = std::time::Instant::now();
        if let Some(s) = crate::demo::seed(&engine, &credentials, &key)? {
            println!(
                "demo data loaded in {:.1} s: {} authorities ({} coordinators), {} accesses to legislative areas",
                started.elapsed().as_secs_f64(),
                s.authorities,
                s.coordinators,
                s.accesses
            );
        }
        print!("{}", crate::demo::users_text()?);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let timers = engine.clone().run_timers(stop.clone());
    let mail_worker = imi_mail::spawn(engine.clone(), mailer, stop.clone());
    let (search, search_sync) = open_search(&engine, data, stop.clone())?;
    let mail_text = crate::config::describe_mail(&mail);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let translator: Arc<dyn imi_translate::Translator> = match &translation.url {
        Some(url) => Arc::new(
            imi_translate::LibreTranslate::new(url, translation.api_key.clone())
                .context("cannot set up machine translation")?,
        ),
        None => Arc::new(imi_translate::NoTranslation),
    };
    let translation = imi_server::translation::Translation {
        translator,
        store: imi_translate::TranslationStore::open(&data.join("translations"))
            .with_context(|| format!("cannot open the translation store in {}", data.display()))?,
    };
    let state = imi_server::AppState {
        engine: engine.clone(),
        credentials: Arc::new(credentials),
        key: Arc::new(key),
        search: Some(search),
        translation: Arc::new(translation),
        files: Arc::new(
            imi_server::file_store::FileStore::open(&data.join("files"))
                .with_context(|| format!("cannot open the file store in {}", data.display()))?,
        ),
    };
    let file_sweep = spawn_file_sweep(state.clone(), stop.clone());
    let data_dir = data.display().to_string();
    // The web pages around the JSON API (which they call in-process).
    let router = imi_web::with_pages(imi_server::app(state), engine.clone());
    runtime
        .block_on(async move {
            imi_server::serve_router(router, addr, shutdown_signal(), move |bound| {
                println!("listening on http://{bound} (data in {data_dir}; {mail_text}); Ctrl-C stops it");
            })
            .await
        })
        .with_context(|| format!("cannot serve on {addr}"))?;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = timers.join();
    let _ = mail_worker.join();
    let _ = search_sync.join();
    let _ = file_sweep.join();
    drop(engine);
    println!("stopped: every acknowledged action is on disk");
    Ok(ExitCode::SUCCESS)
}

/// Deletes attached files no answer refers to (after a day), at start and
/// every hour, until `stop`.
fn spawn_file_sweep(
    state: imi_server::AppState,
    stop: Arc<AtomicBool>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut next = std::time::Instant::now();
        while !stop.load(std::sync::atomic::Ordering::Relaxed) {
            if std::time::Instant::now() >= next {
                match imi_server::sweep_files(&state) {
                    Ok(0) => {}
                    Ok(n) => tracing::info!(files = n, "deleted files no answer refers to"),
                    Err(e) => tracing::warn!(error = %e, "cannot sweep the file store"),
                }
                next += std::time::Duration::from_secs(3600);
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
    })
}

/// Opens the search index in `<data>/search-index` (rebuilt from the store
/// when missing, stale or unreadable) and starts keeping it in step.
fn open_search(
    engine: &Arc<Engine>,
    data: &Path,
    stop: Arc<AtomicBool>,
) -> anyhow::Result<(Arc<imi_search::SearchIndex>, std::thread::JoinHandle<()>)> {
    let dir = data.join("search-index");
    let started = std::time::Instant::now();
    let (mut index, opened) = imi_search::SearchIndex::open(&dir)?;
    index.set_labels_from(engine.definitions());
    let index = Arc::new(index);
    let (rebuilt, handle) = imi_search::sync::follow(engine.clone(), index.clone(), opened, stop)?;
    if let Some(n) = rebuilt {
        println!(
            "search index rebuilt from the store in {:.1} s: {n} authorities",
            started.elapsed().as_secs_f64()
        );
    }
    Ok((index, handle))
}

/// The key that seals security codes: `IMI_SERVER_KEY` (64 hex digits), else
/// `<data>/server.key`, created on first run and readable by its owner only.
fn server_key(data: &Path) -> anyhow::Result<imi_accounts::ServerKey> {
    if let Ok(hex) = std::env::var("IMI_SERVER_KEY") {
        return imi_accounts::ServerKey::from_hex(&hex).context("IMI_SERVER_KEY");
    }
    let file = data.join("server.key");
    if file.exists() {
        let hex = std::fs::read_to_string(&file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        return imi_accounts::ServerKey::from_hex(&hex).with_context(|| file.display().to_string());
    }
    let key = imi_accounts::ServerKey::generate()?;
    std::fs::write(&file, key.to_hex().as_bytes())
        .with_context(|| format!("cannot write {}", file.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(key)
}

/// Resolves on Ctrl-C or SIGTERM. The handlers are installed when this is
/// called (inside the runtime), before the address is announced, so a
/// signal sent right after the announcement is never missed.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let terminate = signal(SignalKind::terminate());
        let interrupt = signal(SignalKind::interrupt());
        async move {
            match (terminate, interrupt) {
                (Ok(mut t), Ok(mut i)) => {
                    tokio::select! {
                        _ = t.recv() => {},
                        _ = i.recv() => {},
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    async {
        let _ = tokio::signal::ctrl_c().await;
    }
}

pub fn run(data: &Path, definitions: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let Some(engine) = open_engine(data, definitions)? else {
        return Ok(ExitCode::FAILURE);
    };
    let instances = engine.instances()?.len();
    let next = engine.next_due()?;
    println!(
        "engine running on {}: {instances} instances, next timer {}; Ctrl-C stops it (nothing acknowledged is lost)",
        data.display(),
        next.map(|t| t.to_rfc3339()).unwrap_or_else(|| "none".into())
    );
    let stop = Arc::new(AtomicBool::new(false));
    let handle = engine.clone().run_timers(stop);
    let _ = handle.join();
    Ok(ExitCode::SUCCESS)
}
