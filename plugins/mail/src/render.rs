//! Rendering a notification as an e-mail in one language: the Fluent
//! message named by the notification's template gives the body (its value)
//! and the subject (its `.subject`); a handlebars layout adds the footer.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use handlebars::Handlebars;
use imi_engine::runtime::Notification;
use imi_engine::Definitions;
use imi_expr::Value;
use unic_langid::LanguageIdentifier;

use crate::error::MailError;

/// The Fluent message whose value ends every e-mail, when a language has it.
pub const FOOTER_MESSAGE: &str = "mail-footer";

/// The handlebars layout of every e-mail (plain text).
const LAYOUT: &str = include_str!("../templates/email.hbs");

/// One e-mail, rendered and ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The outbox notification it renders.
    pub notification: u64,
    pub subject: String,
    /// Plain text, footer included.
    pub body: String,
    /// The language it is written in (a definitions' language code).
    pub language: String,
}

/// Renders notifications in any of the definitions' languages. Built once;
/// `Send + Sync`, so a worker thread can own it.
pub struct Renderer {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    default: String,
    layout: Handlebars<'static>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .field("default", &self.default)
            .finish()
    }
}

/// What the layout template sees.
#[derive(serde::Serialize)]
struct LayoutData<'a> {
    body: &'a str,
    footer: Option<&'a str>,
}

impl Renderer {
    /// One Fluent bundle per language of `defs` (from its translation
    /// sources). `default_language` is written in when a recipient's
    /// language is unknown; it must be one of the definitions' languages.
    pub fn new(defs: &Definitions, default_language: &str) -> Result<Renderer, MailError> {
        let mut codes: Vec<String> = defs.languages.clone();
        if codes.is_empty() {
            codes = defs.translation_sources.keys().cloned().collect();
        }
        let mut bundles = BTreeMap::new();
        for code in &codes {
            bundles.insert(
                code.clone(),
                bundle(code, defs.translation_sources.get(code))?,
            );
        }
        let default = normalize(default_language);
        if !bundles.contains_key(&default) {
            return Err(MailError::UnknownLanguage {
                language: default_language.to_string(),
                known: codes.join(", "),
            });
        }
        let mut layout = Handlebars::new();
        layout.register_escape_fn(handlebars::no_escape);
        layout.set_strict_mode(true);
        layout
            .register_template_string("email", LAYOUT)
            .map_err(|e| MailError::Layout(e.to_string()))?;
        Ok(Renderer {
            bundles,
            default,
            layout,
        })
    }

    /// The language written in for a recipient who wants `wanted`: that
    /// one if it is one of the definitions' languages, else the default.
    pub fn language(&self, wanted: Option<&str>) -> &str {
        wanted
            .map(normalize)
            .and_then(|w| self.bundles.get_key_value(&w).map(|(k, _)| k.as_str()))
            .unwrap_or(&self.default)
    }

    /// The default language.
    pub fn default_language(&self) -> &str {
        &self.default
    }

    /// Renders `n` for a recipient who wants `language` (see
    /// [`Renderer::language`]). A template without a body or a `.subject`
    /// in that language is an error, never a blank e-mail.
    pub fn render(&self, n: &Notification, language: Option<&str>) -> Result<Email, MailError> {
        let language = self.language(language).to_string();
        let Some(bundle) = self.bundles.get(&language) else {
            return Err(MailError::UnknownLanguage {
                language,
                known: self.bundles.keys().cloned().collect::<Vec<_>>().join(", "),
            });
        };
        let template = &n.template;
        let where_ = || (template.clone(), language.clone());
        let message = bundle.get_message(template).ok_or_else(|| {
            let (template, language) = where_();
            MailError::MissingTemplate { template, language }
        })?;
        let body_pattern = message.value().ok_or_else(|| {
            let (template, language) = where_();
            MailError::MissingBody { template, language }
        })?;
        let subject_pattern = message
            .get_attribute("subject")
            .map(|a| a.value())
            .ok_or_else(|| {
                let (template, language) = where_();
                MailError::MissingSubject { template, language }
            })?;
        let args = args(&n.params, &language, &self.default);
        let mut errors = Vec::new();
        let subject = bundle
            .format_pattern(subject_pattern, Some(&args), &mut errors)
            .to_string();
        let body = bundle
            .format_pattern(body_pattern, Some(&args), &mut errors)
            .to_string();
        let footer = bundle
            .get_message(FOOTER_MESSAGE)
            .and_then(|m| m.value())
            .map(|p| {
                bundle
                    .format_pattern(p, Some(&args), &mut errors)
                    .to_string()
            });
        if !errors.is_empty() {
            let (template, language) = where_();
            return Err(MailError::Format {
                template,
                language,
                message: errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            });
        }
        if subject.trim().is_empty() {
            let (template, language) = where_();
            return Err(MailError::MissingSubject { template, language });
        }
        if body.trim().is_empty() {
            let (template, language) = where_();
            return Err(MailError::MissingBody { template, language });
        }
        let data = LayoutData {
            body: body.trim_end(),
            footer: footer.as_deref().map(str::trim).filter(|f| !f.is_empty()),
        };
        let body = self
            .layout
            .render("email", &data)
            .map_err(|e| MailError::Layout(e.to_string()))?;
        Ok(Email {
            notification: n.id,
            // A subject is one line.
            subject: subject.split_whitespace().collect::<Vec<_>>().join(" "),
            body,
            language,
        })
    }
}

fn normalize(code: &str) -> String {
    code.trim().to_lowercase()
}

/// The Fluent bundle of one language, from its `.ftl` sources.
fn bundle(
    code: &str,
    sources: Option<&Vec<String>>,
) -> Result<FluentBundle<FluentResource>, MailError> {
    let broken = |message: String| MailError::Translations {
        language: code.to_string(),
        message,
    };
    let id: LanguageIdentifier = code
        .parse()
        .map_err(|e| broken(format!("`{code}` is not a language code: {e}")))?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain-text e-mails: no Unicode isolation marks around variables.
    bundle.set_use_isolating(false);
    for source in sources.into_iter().flatten() {
        let resource = FluentResource::try_new(source.clone()).map_err(|(_, errors)| {
            broken(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
        bundle.add_resource(resource).map_err(|errors| {
            broken(
                errors
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
    }
    Ok(bundle)
}

/// A notification's params as Fluent variables: strings and numbers as
/// such, a text per language in the e-mail's language, `null` as an empty
/// string, anything else as its display text.
fn args<'a>(params: &'a BTreeMap<String, Value>, language: &str, default: &str) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    for (name, value) in params {
        let v: FluentValue<'a> = match value {
            Value::String(s) => FluentValue::from(s.as_str()),
            Value::Number(n) => FluentValue::from(*n),
            Value::Null => FluentValue::from(""),
            Value::Texts(texts) => FluentValue::from(
                texts
                    .get(language)
                    .or_else(|| texts.get(default))
                    .or_else(|| texts.values().next())
                    .cloned()
                    .unwrap_or_default(),
            ),
            other => FluentValue::from(other.to_string()),
        };
        args.set(name.as_str(), v);
    }
    args
}
