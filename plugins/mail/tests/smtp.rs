//! The SMTP transport against a real SMTP server on loopback: Python's
//! aiosmtpd, writing what it receives into a Maildir.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code may fail loudly

mod common;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::*;
use imi_mail::{MailConfig, MailError, Mailer, Report, TlsMode, TransportConfig};

const PASSWORD: &str = "Xq7-temporary-Pw9";

/// A port nobody listens on right now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// An aiosmtpd server; killed when dropped.
struct SmtpServer {
    child: Child,
    port: u16,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl SmtpServer {
    fn start(maildir: &Path) -> SmtpServer {
        let probe = Command::new("python3")
            .args(["-c", "import aiosmtpd"])
            .output();
        match probe {
            Ok(out) if out.status.success() => {}
            Ok(out) => panic!(
                "the SMTP test needs Python's aiosmtpd: run `pip install aiosmtpd` ({})",
                String::from_utf8_lossy(&out.stderr).trim()
            ),
            Err(e) => {
                panic!("the SMTP test needs python3 with aiosmtpd (`pip install aiosmtpd`): {e}")
            }
        }
        let port = free_port();
        let child = Command::new("python3")
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("cannot start python3 -m aiosmtpd");
        let mut server = SmtpServer { child, port };
        let address = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
                return server;
            }
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("aiosmtpd ended before accepting connections: {status}");
            }
            assert!(
                Instant::now() < deadline,
                "aiosmtpd did not accept connections on port {port} within 10 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn smtp_config(port: u16) -> MailConfig {
    MailConfig {
        from: "IMI <noreply@imi.example.org>".into(),
        default_language: "en".into(),
        transport: TransportConfig::Smtp {
            host: "127.0.0.1".into(),
            port: Some(port),
            username: None,
            password: None,
            tls: TlsMode::None,
            timeout_seconds: 5,
        },
    }
}

/// The files of the Maildir's `new/` once `count` messages arrived.
fn wait_for_mail(maildir: &Path, count: usize) -> Vec<Vec<u8>> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let files: Vec<_> = std::fs::read_dir(maildir.join("new"))
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        if files.len() >= count {
            return files.iter().map(|f| std::fs::read(f).unwrap()).collect();
        }
        assert!(
            Instant::now() < deadline,
            "no mail in {}",
            maildir.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_registration_mail_goes_through_a_real_smtp_server() {
    let tmp = tempfile::tempdir().unwrap();
    let maildir = tmp.path().join("maildir");
    let server = SmtpServer::start(&maildir);
    let defs = shipped();
    let engine = engine(defs.clone());
    register(&engine, "FR-anne01", "anne@example.org", "fr", PASSWORD);
    let mailer = Mailer::from_config(&defs, &smtp_config(server.port)).unwrap();
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!(
        report,
        Report {
            sent: 1,
            closed: 1,
            ..Report::default()
        }
    );
    assert!(engine.notifications().unwrap().is_empty());

    let mails = wait_for_mail(&maildir, 1);
    assert_eq!(mails.len(), 1);
    let raw = &mails[0];
    let text = String::from_utf8_lossy(raw);
    // The envelope recipient, as the server recorded it.
    assert!(text.contains("X-RcptTo: anne@example.org"), "{text}");
    assert!(text.contains("Content-Language: fr"), "{text}");
    let parsed = mail_parser::MessageParser::default().parse(raw).unwrap();
    assert_eq!(
        parsed.to().unwrap().first().unwrap().address(),
        Some("anne@example.org")
    );
    assert_eq!(
        parsed.from().unwrap().first().unwrap().address(),
        Some("noreply@imi.example.org")
    );
    let body = parsed.body_text(0).unwrap();
    assert!(body.contains(PASSWORD), "{body}");
    assert!(!parsed.subject().unwrap_or_default().is_empty());
}

#[test]
fn an_unreachable_smtp_server_is_a_failure_and_the_mail_stays_queued() {
    let defs = shipped();
    let engine = engine(defs.clone());
    register(&engine, "EE-mari01", "mari@example.org", "et", PASSWORD);
    let port = free_port();
    let mailer = Mailer::from_config(&defs, &smtp_config(port)).unwrap();
    let report = mailer.deliver_pending(&engine).unwrap();
    assert_eq!((report.sent, report.failed, report.closed), (0, 1, 0));
    let n = only_notification(&engine);
    assert!(n.delivered.is_empty());

    // The transport's own error names the server and the address.
    let email = mailer.renderer().render(&n, Some("et")).unwrap();
    let transport = imi_mail::transport(&smtp_config(port)).unwrap();
    match transport.send("mari@example.org", &email).unwrap_err() {
        MailError::Smtp {
            server, address, ..
        } => {
            assert_eq!(server, format!("127.0.0.1:{port}"));
            assert_eq!(address, "mari@example.org");
        }
        other => panic!("wrong error: {other:?}"),
    }
}
