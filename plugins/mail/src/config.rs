//! How the plugin is set up: the sender, the default language, and where
//! e-mails go (files in a folder by default, or an SMTP server).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// The mail plugin's settings (deserializable, e.g. from YAML or TOML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    /// The `From` address (default `imi@localhost`).
    #[serde(default = "default_from")]
    pub from: String,
    /// The language written in when a recipient's is unknown (default `en`).
    #[serde(default = "default_language")]
    pub default_language: String,
    /// Where e-mails go (default: files in `mail/`).
    #[serde(default)]
    pub transport: TransportConfig,
}

impl Default for MailConfig {
    fn default() -> Self {
        MailConfig {
            from: default_from(),
            default_language: default_language(),
            transport: TransportConfig::default(),
        }
    }
}

fn default_from() -> String {
    "imi@localhost".to_string()
}

fn default_language() -> String {
    "en".to_string()
}

fn default_timeout() -> u64 {
    30
}

/// Where e-mails go.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum TransportConfig {
    /// Each e-mail is written as an RFC 5322 `.eml` file into `dir`
    /// (created if missing): a newcomer reads the mails as files.
    Files { dir: PathBuf },
    /// An SMTP server.
    Smtp {
        host: String,
        /// Default: 25 without TLS, 587 with STARTTLS, 465 with TLS.
        #[serde(default)]
        port: Option<u16>,
        #[serde(default)]
        username: Option<String>,
        #[serde(default)]
        password: Option<String>,
        /// Default: STARTTLS.
        #[serde(default)]
        tls: TlsMode,
        /// Connection and command timeout in seconds (default 30).
        #[serde(default = "default_timeout")]
        timeout_seconds: u64,
    },
}

impl Default for TransportConfig {
    fn default() -> Self {
        TransportConfig::Files {
            dir: PathBuf::from("mail"),
        }
    }
}

impl std::fmt::Debug for TransportConfig {
    /// Never shows the SMTP password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransportConfig::Files { dir } => f.debug_struct("Files").field("dir", dir).finish(),
            TransportConfig::Smtp {
                host,
                port,
                username,
                password,
                tls,
                timeout_seconds,
            } => f
                .debug_struct("Smtp")
                .field("host", host)
                .field("port", port)
                .field("username", username)
                .field("password", &password.as_ref().map(|_| "***"))
                .field("tls", tls)
                .field("timeout_seconds", timeout_seconds)
                .finish(),
        }
    }
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsMode {
    /// Plain text (a local relay, or a test server): say it explicitly.
    None,
    /// Plain connection upgraded with STARTTLS (required). The default.
    #[default]
    #[serde(rename = "starttls")]
    StartTls,
    /// TLS from the first byte (SMTPS).
    Tls,
}
