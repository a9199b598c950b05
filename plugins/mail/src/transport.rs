//! Where a rendered e-mail goes: `.eml` files in a folder, or an SMTP
//! server. Both build the same RFC 5322 message with lettre.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport};

use crate::config::{MailConfig, TlsMode, TransportConfig};
use crate::error::MailError;
use crate::render::Email;

/// Sends one rendered e-mail to one address. `Ok` means the e-mail is
/// handed over for good (written, or accepted by the server).
pub trait Transport: Send + Sync {
    fn send(&self, to: &str, email: &Email) -> Result<(), MailError>;
}

/// The transport `config` asks for.
pub fn transport(config: &MailConfig) -> Result<Box<dyn Transport>, MailError> {
    let from = mailbox(&config.from)?;
    Ok(match &config.transport {
        TransportConfig::Files { dir } => Box::new(FileTransport::new(dir.clone(), from)),
        TransportConfig::Smtp {
            host,
            port,
            username,
            password,
            tls,
            timeout_seconds,
        } => {
            let default_port = match tls {
                TlsMode::None => 25,
                TlsMode::StartTls => 587,
                TlsMode::Tls => 465,
            };
            let server = format!("{host}:{}", port.unwrap_or(default_port));
            let setup = |e: lettre::transport::smtp::Error| MailError::SmtpSetup {
                server: server.clone(),
                message: e.to_string(),
            };
            let mut builder = match tls {
                TlsMode::None => SmtpTransport::builder_dangerous(host),
                TlsMode::StartTls => SmtpTransport::starttls_relay(host).map_err(setup)?,
                TlsMode::Tls => SmtpTransport::relay(host).map_err(setup)?,
            };
            builder = builder.timeout(Some(Duration::from_secs(*timeout_seconds)));
            if let Some(port) = port {
                builder = builder.port(*port);
            }
            if let Some(user) = username {
                builder = builder.credentials(Credentials::new(
                    user.clone(),
                    password.clone().unwrap_or_default(),
                ));
            }
            Box::new(SmtpMailer {
                transport: builder.build(),
                from,
                server,
            })
        }
    })
}

/// The `Content-Language` header (RFC 3282).
#[derive(Debug, Clone)]
struct ContentLanguage(String);

const CONTENT_LANGUAGE: HeaderName = HeaderName::new_from_ascii_str("Content-Language");

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        CONTENT_LANGUAGE
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.trim().to_string()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

fn mailbox(address: &str) -> Result<Mailbox, MailError> {
    address
        .parse()
        .map_err(|e: lettre::address::AddressError| MailError::Address {
            address: address.to_string(),
            message: e.to_string(),
        })
}

fn unix_millis() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis())
        .unwrap_or_default()
}

/// The RFC 5322 message of `email` from `from` to `to`: plain UTF-8 text,
/// with its language in `Content-Language`.
pub fn message(from: &Mailbox, to: &str, email: &Email) -> Result<Message, MailError> {
    let recipient = mailbox(to)?;
    Message::builder()
        .from(from.clone())
        .to(recipient)
        .subject(email.subject.clone())
        .message_id(Some(format!(
            "<imi-{}-{}@{}>",
            email.notification,
            unix_millis(),
            from.email.domain()
        )))
        .header(ContentType::TEXT_PLAIN)
        .header(ContentLanguage(email.language.clone()))
        .body(readable_body(&email.body))
        .map_err(|e| MailError::Message {
            address: to.to_string(),
            message: e.to_string(),
        })
}

/// The body in 8bit where it fits (readable in the `.eml` files: a
/// temporary password is never cut by a soft line break), else as lettre
/// chooses (quoted-printable or base64, for lines over 998 bytes).
fn readable_body(text: &str) -> lettre::message::Body {
    use lettre::message::header::ContentTransferEncoding;
    use lettre::message::Body;
    // Lines under 76 bytes (not characters) keep 8bit possible.
    let wrapped = wrap(text, 72);
    Body::new_with_encoding(wrapped.clone(), ContentTransferEncoding::EightBit)
        .unwrap_or_else(|_| Body::new(wrapped))
}

/// Breaks lines longer than `width` bytes at spaces (words longer than a
/// line stay whole), as plain-text e-mails are written.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for (j, word) in line.split(' ').enumerate() {
            let len = word.len();
            if j > 0 {
                if column + 1 + len > width && column > 0 {
                    out.push('\n');
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += len;
        }
    }
    out
}

/// Writes each e-mail as `<unix-millis>-<notification>-<address>.eml` into
/// a folder: first to a hidden temporary name, synced, then renamed, so the
/// folder never shows half a mail.
#[derive(Debug, Clone)]
pub struct FileTransport {
    dir: PathBuf,
    from: Mailbox,
}

impl FileTransport {
    pub fn new(dir: PathBuf, from: Mailbox) -> FileTransport {
        FileTransport { dir, from }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// An address as a file-name part: letters, digits and `@._+-` kept.
fn sanitize(address: &str) -> String {
    address
        .chars()
        .take(120)
        .map(|c| {
            if c.is_ascii_alphanumeric() || "@._+-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn write_atomically(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let temporary = dir.join(format!(".{name}.tmp"));
    let written = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, dir.join(name))
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written?;
    // The rename itself is durable once the folder is synced (not possible
    // everywhere: best effort).
    if let Ok(folder) = fs::File::open(dir) {
        let _ = folder.sync_all();
    }
    Ok(())
}

impl Transport for FileTransport {
    fn send(&self, to: &str, email: &Email) -> Result<(), MailError> {
        let bytes = message(&self.from, to, email)?.formatted();
        let name = format!(
            "{}-{}-{}.eml",
            unix_millis(),
            email.notification,
            sanitize(to)
        );
        write_atomically(&self.dir, &name, &bytes).map_err(|e| MailError::File {
            dir: self.dir.clone(),
            address: to.to_string(),
            message: e.to_string(),
        })
    }
}

/// Sends through an SMTP server (one connection per e-mail).
pub struct SmtpMailer {
    transport: SmtpTransport,
    from: Mailbox,
    server: String,
}

impl std::fmt::Debug for SmtpMailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpMailer")
            .field("server", &self.server)
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Transport for SmtpMailer {
    fn send(&self, to: &str, email: &Email) -> Result<(), MailError> {
        use lettre::Transport as _;
        let message = message(&self.from, to, email)?;
        self.transport
            .send(&message)
            .map(|_| ())
            .map_err(|e| MailError::Smtp {
                server: self.server.clone(),
                address: to.to_string(),
                message: e.to_string(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::sanitize;

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(sanitize("a.b+c@x-y.org"), "a.b+c@x-y.org");
        assert_eq!(sanitize("../../etc/passwd"), ".._.._etc_passwd");
        assert_eq!(sanitize("ä b"), "__b");
    }
}

#[cfg(test)]
mod wrap_tests {
    use super::wrap;

    #[test]
    fn long_lines_break_at_spaces_and_words_stay_whole() {
        let text = format!("short\n{} {}", "a ".repeat(50).trim(), "X".repeat(90));
        let wrapped = wrap(&text, 72);
        assert!(wrapped.lines().all(|l| l.len() <= 72 || !l.contains(' ')));
        assert!(wrapped.contains(&"X".repeat(90)), "a long word is not cut");
        assert_eq!(wrapped.replace('\n', " "), text.replace('\n', " "));
    }
}
