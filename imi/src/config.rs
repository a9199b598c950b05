//! `imi serve`'s settings: flags, else environment variables (clap reads
//! both), else the configuration file (`--config`, YAML), else defaults.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use imi_mail::{MailConfig, TlsMode, TransportConfig};
use serde::Deserialize;

/// The flags of `imi serve`.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// A YAML file with any of: addr, data, definitions, demo, mail (see the
    /// README). Flags and environment variables win over it.
    #[arg(long, env = "IMI_CONFIG")]
    pub config: Option<PathBuf>,
    /// Address to listen on [default: 127.0.0.1:8080].
    #[arg(long, env = "IMI_ADDR")]
    pub addr: Option<SocketAddr>,
    /// Folder of the stores, the server key and the mail folder [default: data].
    #[arg(long, env = "IMI_DATA")]
    pub data: Option<PathBuf>,
    /// Definitions to run (default: `.` if it has `definitions/`, else the built-in ones).
    #[arg(long, env = "IMI_DEFINITIONS")]
    pub definitions: Option<PathBuf>,
    /// On first run, load the demo authorities, coordinators and users
    /// (their credentials are printed at start). Never for real data.
    #[arg(long, env = "IMI_DEMO")]
    pub demo: bool,
    /// Write e-mails as .eml files into this folder [default: <data>/mail].
    #[arg(long, env = "IMI_MAIL_DIR")]
    pub mail_dir: Option<PathBuf>,
    /// Send e-mails through this SMTP server instead of writing files.
    /// The password comes from IMI_SMTP_PASSWORD only.
    #[arg(long, env = "IMI_SMTP_HOST")]
    pub smtp_host: Option<String>,
    #[arg(long, env = "IMI_SMTP_PORT")]
    pub smtp_port: Option<u16>,
    #[arg(long, env = "IMI_SMTP_USER")]
    pub smtp_user: Option<String>,
    /// none, starttls or tls [default: starttls].
    #[arg(long, env = "IMI_SMTP_TLS")]
    pub smtp_tls: Option<String>,
    /// The From address of e-mails [default: imi@localhost].
    #[arg(long, env = "IMI_MAIL_FROM")]
    pub mail_from: Option<String>,
    /// Machine translation of free text by a LibreTranslate-compatible
    /// server at this http:// address [default: none, free text shown as
    /// written]. Its API key comes from IMI_TRANSLATE_KEY only.
    #[arg(long, env = "IMI_TRANSLATE_URL")]
    pub translate_url: Option<String>,
}

/// Machine translation settings (`translation:` in the file).
#[derive(Deserialize, Default, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TranslationConfig {
    /// A LibreTranslate-compatible server (`http://…`); none: no translation.
    pub url: Option<String>,
    pub api_key: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    addr: Option<SocketAddr>,
    data: Option<PathBuf>,
    definitions: Option<PathBuf>,
    demo: Option<bool>,
    mail: Option<MailConfig>,
    translation: Option<TranslationConfig>,
}

/// The settings `imi serve` runs with.
pub struct ServeConfig {
    pub addr: SocketAddr,
    pub data: PathBuf,
    pub definitions: Option<PathBuf>,
    pub demo: bool,
    pub mail: MailConfig,
    pub translation: TranslationConfig,
}

impl ServeArgs {
    pub fn resolve(self) -> anyhow::Result<ServeConfig> {
        let file: FileConfig = match &self.config {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read {}", p.display()))?;
                serde_yaml::from_str(&text).with_context(|| p.display().to_string())?
            }
            None => FileConfig::default(),
        };
        let data = self.data.or(file.data).unwrap_or_else(|| "data".into());
        let mut mail = file.mail.unwrap_or_default();
        if let TransportConfig::Files { dir } = &mut mail.transport {
            if dir.is_relative() {
                *dir = data.join(&*dir);
            }
        }
        if let Some(dir) = self.mail_dir {
            mail.transport = TransportConfig::Files { dir };
        }
        if let Some(host) = self.smtp_host {
            let tls = match self.smtp_tls.as_deref() {
                None | Some("starttls") => TlsMode::StartTls,
                Some("tls") => TlsMode::Tls,
                Some("none") => TlsMode::None,
                Some(other) => {
                    anyhow::bail!("--smtp-tls: `{other}` is not one of none, starttls, tls")
                }
            };
            mail.transport = TransportConfig::Smtp {
                host,
                port: self.smtp_port,
                username: self.smtp_user,
                password: std::env::var("IMI_SMTP_PASSWORD").ok(),
                tls,
                timeout_seconds: 30,
            };
        }
        if let Some(from) = self.mail_from {
            mail.from = from;
        }
        let mut translation = file.translation.unwrap_or_default();
        if let Some(url) = self.translate_url {
            translation.url = Some(url);
        }
        if let Ok(key) = std::env::var("IMI_TRANSLATE_KEY") {
            translation.api_key = Some(key);
        }
        Ok(ServeConfig {
            addr: self
                .addr
                .or(file.addr)
                .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080))),
            data,
            definitions: self.definitions.or(file.definitions),
            demo: self.demo || file.demo.unwrap_or(false),
            mail,
            translation,
        })
    }
}

/// Where e-mails go, said in one line.
pub fn describe_mail(mail: &MailConfig) -> String {
    match &mail.transport {
        TransportConfig::Files { dir } => format!("e-mails are written to {}", shown(dir)),
        TransportConfig::Smtp { host, .. } => format!("e-mails go to the SMTP server {host}"),
    }
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn args(config: Option<PathBuf>) -> ServeArgs {
        ServeArgs {
            config,
            addr: None,
            data: None,
            definitions: None,
            demo: false,
            mail_dir: None,
            smtp_host: None,
            smtp_port: None,
            smtp_user: None,
            smtp_tls: None,
            translate_url: None,
            mail_from: None,
        }
    }

    #[test]
    fn defaults_then_file_then_flags() {
        let c = args(None).resolve().unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(c.data, PathBuf::from("data"));
        assert!(
            matches!(&c.mail.transport, TransportConfig::Files { dir } if dir == Path::new("data/mail"))
        );

        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("imi.yaml");
        std::fs::write(
            &file,
            "addr: 0.0.0.0:9000\ndata: /srv/imi\ndemo: true\nmail:\n  from: imi@example.org\n  transport: { kind: smtp, host: smtp.example.org, port: 2525, tls: none }\n",
        )
        .unwrap();
        let c = args(Some(file.clone())).resolve().unwrap();
        assert_eq!(c.addr.to_string(), "0.0.0.0:9000");
        assert_eq!(c.data, PathBuf::from("/srv/imi"));
        assert!(c.demo);
        assert_eq!(c.mail.from, "imi@example.org");
        assert!(
            matches!(&c.mail.transport, TransportConfig::Smtp { host, port: Some(2525), .. } if host == "smtp.example.org")
        );

        let mut a = args(Some(file));
        a.addr = Some("127.0.0.1:1".parse().unwrap());
        a.mail_dir = Some(PathBuf::from("/tmp/mails"));
        let c = a.resolve().unwrap();
        assert_eq!(
            c.addr.to_string(),
            "127.0.0.1:1",
            "a flag wins over the file"
        );
        assert!(
            matches!(&c.mail.transport, TransportConfig::Files { dir } if dir == Path::new("/tmp/mails"))
        );
    }

    #[test]
    fn a_bad_file_says_what_and_where() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("imi.yaml");
        std::fs::write(&file, "adress: 1.2.3.4:5\n").unwrap();
        let e = format!("{:#}", args(Some(file.clone())).resolve().err().unwrap());
        assert!(e.contains("imi.yaml") && e.contains("adress"), "{e}");
        let mut a = args(None);
        a.smtp_host = Some("smtp.example.org".into());
        a.smtp_tls = Some("ssl".into());
        let e = a.resolve().err().unwrap().to_string();
        assert!(e.contains("--smtp-tls") && e.contains("ssl"), "{e}");
    }
}
