//! Machine translation of free text (R-FACTS: "all 24 languages, with
//! machine translation for free text"). [`Translator`] is the plugin
//! interface; [`NoTranslation`] (the default) translates nothing, so the
//! text is shown as written and marked untranslated; [`LibreTranslate`]
//! asks a LibreTranslate-compatible server. [`TranslationStore`] keeps
//! each translation with its original and the original's language, so a
//! text is sent for translation once per target language, and records the
//! language each answer was written in.

mod libre;
mod store;

use std::future::Future;
use std::pin::Pin;

pub use libre::LibreTranslate;
pub use store::{Stored, TranslationStore};

#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    #[error("translation service at {url}: {message}")]
    Service { url: String, message: String },
    #[error("translation store: {0}")]
    Store(#[from] sled::Error),
}

/// What a translation call returns: the text in the target language, or
/// `None` when the plugin translates nothing.
pub type Translated<'a> =
    Pin<Box<dyn Future<Output = Result<Option<String>, TranslateError>> + Send + 'a>>;

/// A machine-translation service.
pub trait Translator: Send + Sync {
    /// Translates `text` from language `from` to `to` (ISO 639-1 codes).
    fn translate<'a>(&'a self, text: &'a str, from: &'a str, to: &'a str) -> Translated<'a>;
    /// A short name, shown with every translation (`libretranslate`).
    fn name(&self) -> &str;
}

/// The default: no machine translation.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoTranslation;

impl Translator for NoTranslation {
    fn translate<'a>(&'a self, _: &'a str, _: &'a str, _: &'a str) -> Translated<'a> {
        Box::pin(async { Ok(None) })
    }
    fn name(&self) -> &str {
        "none"
    }
}
