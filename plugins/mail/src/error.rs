//! What can go wrong while rendering or sending an e-mail. Every variant
//! says what and where (template, language, address); none carries a
//! notification's params, which may hold a password.

use std::path::PathBuf;

use imi_engine::EngineError;

/// A failure of the mail plugin.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// A translation file of a language could not be read as Fluent.
    #[error("the {language} texts cannot be used for e-mails: {message}")]
    Translations { language: String, message: String },
    /// A language code that is not one of the definitions' languages.
    #[error("`{language}` is not one of the definitions' languages ({known})")]
    UnknownLanguage { language: String, known: String },
    /// The e-mail template is not in the language's texts.
    #[error("the e-mail template `{template}` is missing in language `{language}`")]
    MissingTemplate { template: String, language: String },
    /// The template has no text, only attributes.
    #[error("the e-mail template `{template}` has no body in language `{language}`")]
    MissingBody { template: String, language: String },
    /// The template has no `.subject` attribute.
    #[error("the e-mail template `{template}` has no `.subject` in language `{language}`")]
    MissingSubject { template: String, language: String },
    /// Fluent could not format the template (a variable the notification
    /// does not give, say).
    #[error(
        "the e-mail template `{template}` in language `{language}` cannot be formatted: {message}"
    )]
    Format {
        template: String,
        language: String,
        message: String,
    },
    /// The handlebars layout of the e-mail failed.
    #[error("the e-mail layout failed: {0}")]
    Layout(String),
    /// An address lettre does not accept (the recipient's or the sender's).
    #[error("`{address}` is not a usable e-mail address: {message}")]
    Address { address: String, message: String },
    /// The message could not be built.
    #[error("the e-mail to `{address}` cannot be built: {message}")]
    Message { address: String, message: String },
    /// The SMTP server refused the message or could not be reached.
    #[error("SMTP {server}: sending to `{address}` failed: {message}")]
    Smtp {
        server: String,
        address: String,
        message: String,
    },
    /// The SMTP transport could not be set up (a bad host name for TLS, say).
    #[error("SMTP {server}: {message}")]
    SmtpSetup { server: String, message: String },
    /// Writing a mail file failed.
    #[error("cannot write the e-mail to `{address}` into {}: {message}", dir.display())]
    File {
        dir: PathBuf,
        address: String,
        message: String,
    },
    /// Any other transport failure (for transports written elsewhere).
    #[error("sending to `{address}` failed: {message}")]
    Transport { address: String, message: String },
    /// The engine could not read or record the outbox.
    #[error("the outbox: {0}")]
    Engine(#[from] EngineError),
}
