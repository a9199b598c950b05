//! Delivers the engine's durable outbox as e-mail: each queued notification
//! is rendered from its Fluent template in the recipient's language and
//! sent to each of its addresses, every delivery recorded before the next.
//!
//! - [`Renderer`] turns a [`Notification`](imi_engine::runtime::Notification)
//!   into an [`Email`] (subject, plain-text body with footer, language);
//! - a [`Transport`] sends it: `.eml` files in a folder ([`FileTransport`],
//!   the default) or an SMTP server ([`SmtpMailer`]), chosen by
//!   [`MailConfig`];
//! - a [`Mailer`] makes passes over the outbox ([`Mailer::deliver_pending`]),
//!   and [`spawn`] runs them in a thread until told to stop.

mod config;
mod error;
mod render;
mod transport;
mod worker;

pub use lettre::message::Mailbox;
pub use lettre::Message;

pub use config::{MailConfig, TlsMode, TransportConfig};
pub use error::MailError;
pub use render::{Email, Renderer, FOOTER_MESSAGE};
pub use transport::{message, transport, FileTransport, SmtpMailer, Transport};
pub use worker::{backoff, spawn, Mailer, Report, MAX_BACKOFF, PERIOD};
