//! The delivery worker: passes over the outbox, sending each notification
//! to each of its addresses once, recording every delivery before the next
//! send, retrying failures with exponential backoff, and closing a
//! notification (its params go with it) once delivered everywhere.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use imi_engine::{Definitions, Engine};

use crate::config::MailConfig;
use crate::error::MailError;
use crate::render::Renderer;
use crate::transport::{transport, Transport};

/// How often the worker thread looks at the outbox.
pub const PERIOD: Duration = Duration::from_millis(500);

/// The longest wait between two attempts at one address.
pub const MAX_BACKOFF: Duration = Duration::from_secs(600);

/// The wait after the `failures`-th failure in a row: 1 s, 2 s, 4 s, …,
/// at most [`MAX_BACKOFF`].
pub fn backoff(failures: u32) -> Duration {
    let exponent = failures.saturating_sub(1).min(16);
    Duration::from_secs(1u64 << exponent).min(MAX_BACKOFF)
}

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Report {
    /// E-mails sent (and recorded as delivered).
    pub sent: usize,
    /// Attempts that failed (to be retried later).
    pub failed: usize,
    /// Notifications closed: delivered everywhere, or with no address.
    pub closed: usize,
    /// Addresses skipped because their retry time has not come.
    pub waiting: usize,
}

/// Failures in a row at one (notification, address), and when to try again.
#[derive(Debug, Clone, Copy)]
struct Retry {
    failures: u32,
    next: Instant,
}

/// Renders and sends the outbox. The retry state lives in memory only: a
/// restarted worker tries every pending address at once.
pub struct Mailer {
    renderer: Renderer,
    transport: Box<dyn Transport>,
    retries: Mutex<HashMap<(u64, String), Retry>>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("renderer", &self.renderer)
            .finish_non_exhaustive()
    }
}

impl Mailer {
    pub fn new(renderer: Renderer, transport: Box<dyn Transport>) -> Mailer {
        Mailer {
            renderer,
            transport,
            retries: Mutex::new(HashMap::new()),
        }
    }

    /// The renderer and transport `config` asks for, over `defs`' texts.
    pub fn from_config(defs: &Definitions, config: &MailConfig) -> Result<Mailer, MailError> {
        Ok(Mailer::new(
            Renderer::new(defs, &config.default_language)?,
            transport(config)?,
        ))
    }

    pub fn renderer(&self) -> &Renderer {
        &self.renderer
    }

    /// One pass over the outbox, oldest first. For each address not yet
    /// delivered whose retry time has come: render, send, and record the
    /// delivery before going on. A notification delivered everywhere is
    /// closed; one with no address at all is closed with a warning.
    ///
    /// Passes of one `Mailer` never overlap (a second caller waits). An
    /// error is the engine's (the outbox could not be read or recorded): the
    /// pass stops there, and what it recorded stays recorded.
    pub fn deliver_pending(&self, engine: &Engine) -> Result<Report, MailError> {
        let mut retries = self
            .retries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let pending = engine.notifications()?;
        // Forget the retry state of notifications that are gone.
        retries.retain(|(id, _), _| pending.iter().any(|n| n.id == *id));
        let mut report = Report::default();
        for n in &pending {
            let addresses = engine.addresses(n);
            if addresses.is_empty() {
                tracing::warn!(
                    notification = n.id,
                    template = %n.template,
                    workflow = %n.workflow,
                    instance = n.instance,
                    "the notification has no address: closed without sending"
                );
                engine.close_notification(n.id)?;
                report.closed += 1;
                continue;
            }
            let mut delivered = n.delivered.clone();
            for address in &addresses {
                if delivered.contains(&address.email) {
                    continue;
                }
                let key = (n.id, address.email.clone());
                if retries.get(&key).is_some_and(|r| r.next > Instant::now()) {
                    report.waiting += 1;
                    continue;
                }
                let sent = self
                    .renderer
                    .render(n, address.language.as_deref())
                    .and_then(|email| self.transport.send(&address.email, &email));
                match sent {
                    Ok(()) => {
                        if let Err(e) = engine.mark_delivered(n.id, &address.email) {
                            tracing::error!(
                                notification = n.id,
                                address = %address.email,
                                error = %e,
                                "sent, but the delivery could not be recorded: it may be sent again"
                            );
                            return Err(e.into());
                        }
                        delivered.insert(address.email.clone());
                        retries.remove(&key);
                        report.sent += 1;
                    }
                    Err(e) => {
                        let retry = retries.entry(key).or_insert(Retry {
                            failures: 0,
                            next: Instant::now(),
                        });
                        retry.failures = retry.failures.saturating_add(1);
                        let wait = backoff(retry.failures);
                        retry.next = Instant::now() + wait;
                        report.failed += 1;
                        // Never the params: they may hold a password.
                        tracing::warn!(
                            notification = n.id,
                            template = %n.template,
                            address = %address.email,
                            failures = retry.failures,
                            retry_in_seconds = wait.as_secs(),
                            error = %e,
                            "e-mail delivery failed"
                        );
                    }
                }
            }
            if addresses.iter().all(|a| delivered.contains(&a.email)) {
                engine.close_notification(n.id)?;
                report.closed += 1;
            }
        }
        Ok(report)
    }
}

/// A thread that runs [`Mailer::deliver_pending`] about every
/// [`PERIOD`] until `stop` is set. A pass under way when `stop` is set is
/// finished (every send in it recorded) before the thread ends, so a
/// graceful shutdown sends nothing twice.
pub fn spawn(engine: Arc<Engine>, mailer: Mailer, stop: Arc<AtomicBool>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        while !stop.load(Ordering::SeqCst) {
            match mailer.deliver_pending(&engine) {
                Ok(report) if report != Report::default() => {
                    tracing::debug!(
                        sent = report.sent,
                        failed = report.failed,
                        closed = report.closed,
                        waiting = report.waiting,
                        "mail pass"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "mail delivery pass failed"),
            }
            let until = Instant::now() + PERIOD;
            while Instant::now() < until && !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    })
}
