//! The translations kept, and the language answers were written in, in a
//! sled database of their own (`<data>/translations`): derived data beside
//! the engine's store, never inside it.

use std::path::Path;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{TranslateError, Translator};

/// A translation as kept and shown.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored {
    pub original: String,
    /// The original's language.
    pub from: String,
    pub to: String,
    /// `None`: no translation available (the plugin translates nothing,
    /// or the service failed): show the original, marked untranslated.
    pub text: Option<String>,
    /// The service that translated it (a machine translation).
    pub by: String,
}

pub struct TranslationStore {
    translations: sled::Tree,
    origins: sled::Tree,
}

impl TranslationStore {
    pub fn open(dir: &Path) -> Result<TranslationStore, TranslateError> {
        TranslationStore::with(sled::open(dir)?)
    }

    /// A store that lives as long as the process (tests).
    pub fn temporary() -> Result<TranslationStore, TranslateError> {
        TranslationStore::with(sled::Config::new().temporary(true).open()?)
    }

    fn with(db: sled::Db) -> Result<TranslationStore, TranslateError> {
        Ok(TranslationStore {
            translations: db.open_tree("translations")?,
            origins: db.open_tree("origins")?,
        })
    }

    /// Records that the answer at `path` (`documents[1].issuing_body`) of
    /// `instance` was written in `lang`.
    pub fn record_origin(
        &self,
        instance: u64,
        path: &str,
        lang: &str,
    ) -> Result<(), TranslateError> {
        self.origins
            .insert(origin_key(instance, path), lang.as_bytes())?;
        Ok(())
    }

    /// The language the answer at `path` was written in, if recorded.
    pub fn origin(&self, instance: u64, path: &str) -> Result<Option<String>, TranslateError> {
        Ok(self
            .origins
            .get(origin_key(instance, path))?
            .map(|v| String::from_utf8_lossy(&v).to_string()))
    }

    /// `text` (written in `from`) in language `to`: kept from an earlier
    /// call, else asked of `translator` and kept. A failing service is not
    /// an error for the reader: the text comes back untranslated (and is
    /// asked again next time).
    pub async fn translate(
        &self,
        translator: &dyn Translator,
        text: &str,
        from: &str,
        to: &str,
    ) -> Result<Stored, TranslateError> {
        let key = translation_key(text, from, to, translator.name());
        if let Some(bytes) = self.translations.get(&key)? {
            if let Ok(kept) = serde_json::from_slice::<Stored>(&bytes) {
                return Ok(kept);
            }
        }
        let (text_out, keep) = match translator.translate(text, from, to).await {
            Ok(t) => (t, true),
            Err(e) => {
                tracing::warn!(error = %e, "machine translation failed");
                (None, false)
            }
        };
        let stored = Stored {
            original: text.to_string(),
            from: from.to_string(),
            to: to.to_string(),
            text: text_out,
            by: translator.name().to_string(),
        };
        if keep && stored.text.is_some() {
            let bytes = serde_json::to_vec(&stored).unwrap_or_default();
            self.translations.insert(key, bytes)?;
        }
        Ok(stored)
    }
}

fn origin_key(instance: u64, path: &str) -> Vec<u8> {
    let mut k = instance.to_be_bytes().to_vec();
    k.extend_from_slice(path.as_bytes());
    k
}

fn translation_key(text: &str, from: &str, to: &str, by: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    for part in [by, from, to, text] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize().to_vec()
}
