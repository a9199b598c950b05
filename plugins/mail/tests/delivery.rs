//! Delivering the outbox: `.eml` files end to end, never twice to one
//! address across a restart, backoff after failures, notifications without
//! addresses, and the worker thread.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use imi_engine::{Actor, RoleGrant};
use imi_mail::{backoff, spawn, MailConfig, Mailer, Renderer, Report, TransportConfig};

const PASSWORD: &str = "Xq7-temporary-Pw9";

fn eml_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn a_registration_mail_lands_as_an_eml_file_and_leaves_the_store() {
    let defs = shipped();
    let engine = engine(defs.clone());
    register(&engine, "DE-anna01", "anna@example.org", "de", PASSWORD);
    let id = only_notification(&engine).id;
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("mail");
    let config = MailConfig {
        transport: TransportConfig::Files { dir: dir.clone() },
        ..MailConfig::default()
    };
    let mailer = Mailer::from_config(&defs, &config).unwrap();
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!(
        report,
        Report {
            sent: 1,
            closed: 1,
            ..Report::default()
        }
    );
    let files = eml_files(&dir);
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.ends_with(&format!("-{id}-anna@example.org.eml")),
        "{name}"
    );
    let millis: u128 = name.split('-').next().unwrap().parse().unwrap();
    assert!(millis > 1_700_000_000_000, "{name}");

    let raw = std::fs::read(&files[0]).unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("\r\nContent-Language: de\r\n"), "{text}");
    assert!(
        text.to_lowercase()
            .contains("content-type: text/plain; charset=utf-8"),
        "{text}"
    );
    assert!(text.contains("From: imi@localhost\r\n"), "{text}");
    let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
    assert_eq!(
        parsed.to().unwrap().first().unwrap().address(),
        Some("anna@example.org")
    );
    assert_eq!(parsed.subject(), Some("Ihr vorläufiges IMI-Passwort"));
    let body = parsed.body_text(0).unwrap();
    assert!(body.contains("Guten Tag Mari Maasikas,"), "{body}");
    assert!(body.contains(PASSWORD), "{body}");
    assert_eq!(
        parsed.header("Content-Language").unwrap().as_text(),
        Some("de")
    );

    // Delivered everywhere: closed, and the password is gone from the store.
    assert!(engine.notifications().unwrap().is_empty());
    // A second pass has nothing to do.
    assert_eq!(mailer.deliver_pending(&engine).unwrap(), Report::default());
    assert_eq!(eml_files(&dir).len(), 1);
}

#[test]
fn a_restart_after_a_partial_delivery_sends_only_to_the_rest() {
    let defs = notice_defs();
    let engine = engine(defs.clone());
    send_notice(&engine, "Audit", "first@example.org", "second@example.org");
    let renderer = || Renderer::new(&defs, "en").unwrap();

    // The second address's server is down.
    let down = Recording::failing_for("second@example.org");
    let mailer = Mailer::new(renderer(), Box::new(down.clone()));
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!((report.sent, report.failed, report.closed), (1, 1, 0));
    assert_eq!(down.recipients(), ["first@example.org"]);
    let sent = down.sent.lock().unwrap()[0].1.clone();
    assert_eq!(sent.language, "de", "the first address asks for German");
    assert_eq!(sent.subject, "Hinweis: Audit");
    let n = only_notification(&engine);
    assert_eq!(
        n.delivered.iter().cloned().collect::<Vec<_>>(),
        ["first@example.org"]
    );
    // Right away again: the failed address waits for its backoff.
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!(
        report,
        Report {
            waiting: 1,
            ..Report::default()
        }
    );
    assert_eq!(down.recipients(), ["first@example.org"]);
    drop(mailer);

    // A restart: a new mailer, the server is back.
    let up = Recording::default();
    let mailer = Mailer::new(renderer(), Box::new(up.clone()));
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!((report.sent, report.failed, report.closed), (1, 0, 1));
    assert_eq!(up.recipients(), ["second@example.org"]);
    assert_eq!(up.sent.lock().unwrap()[0].1.language, "en");
    assert!(engine.notifications().unwrap().is_empty());
    assert_eq!(mailer.deliver_pending(&engine).unwrap(), Report::default());
    assert_eq!(up.recipients().len(), 1);
}

#[test]
fn a_failing_address_is_retried_with_growing_waits() {
    assert_eq!(backoff(1), Duration::from_secs(1));
    assert_eq!(backoff(2), Duration::from_secs(2));
    assert_eq!(backoff(3), Duration::from_secs(4));
    assert_eq!(backoff(10), Duration::from_secs(512));
    assert_eq!(backoff(11), Duration::from_secs(600));
    assert_eq!(backoff(u32::MAX), Duration::from_secs(600));

    let defs = notice_defs();
    let engine = engine(defs.clone());
    send_notice(&engine, "Audit", "first@example.org", "second@example.org");
    let flaky = Recording::failing_for("second@example.org");
    let mailer = Mailer::new(Renderer::new(&defs, "en").unwrap(), Box::new(flaky.clone()));
    assert_eq!(mailer.deliver_pending(&engine).unwrap().failed, 1);
    // After the first failure it waits about a second.
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(mailer.deliver_pending(&engine).unwrap().failed, 1);
    // After the second, two: not yet after one more second.
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(mailer.deliver_pending(&engine).unwrap().waiting, 1);
    flaky.failing.lock().unwrap().clear();
    std::thread::sleep(Duration::from_millis(1000));
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!((report.sent, report.closed), (1, 1));
    assert_eq!(
        flaky.recipients(),
        ["first@example.org", "second@example.org"]
    );
}

#[test]
fn a_notification_without_any_address_is_closed_unsent() {
    let defs = notice_defs();
    let engine = engine(defs.clone());
    let clerk = Actor::User {
        user: "u".into(),
        authority: "EE-0001".into(),
        roles: vec![RoleGrant {
            role: "clerk".into(),
            area: None,
        }],
    };
    engine
        .start("notice", Some("nobody"), &clerk, Default::default())
        .unwrap();
    let n = only_notification(&engine);
    assert!(engine.addresses(&n).is_empty());
    let sink = Recording::default();
    let mailer = Mailer::new(Renderer::new(&defs, "en").unwrap(), Box::new(sink.clone()));
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!(
        report,
        Report {
            closed: 1,
            ..Report::default()
        }
    );
    assert!(sink.recipients().is_empty());
    assert!(engine.notifications().unwrap().is_empty());
}

#[test]
fn the_worker_thread_delivers_until_stopped() {
    let defs = shipped();
    let engine = Arc::new(engine(defs.clone()));
    let sink = Recording::default();
    let mailer = Mailer::new(Renderer::new(&defs, "en").unwrap(), Box::new(sink.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let worker = spawn(engine.clone(), mailer, stop.clone());
    register(&engine, "EE-mari01", "mari@example.org", "et", PASSWORD);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !engine.notifications().unwrap().is_empty() {
        assert!(Instant::now() < deadline, "the worker sent nothing");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(sink.recipients(), ["mari@example.org"]);
    assert_eq!(sink.sent.lock().unwrap()[0].1.language, "et");
    let stopping = Instant::now();
    stop.store(true, Ordering::SeqCst);
    worker.join().unwrap();
    assert!(stopping.elapsed() < Duration::from_secs(2));
    // Stopped: a new notification stays queued.
    register(&engine, "EE-jaan01", "jaan@example.org", "et", PASSWORD);
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(engine.notifications().unwrap().len(), 1);
    assert_eq!(sink.recipients().len(), 1);
}
