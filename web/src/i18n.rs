//! Interface texts: one Fluent bundle per language of the definitions
//! (`translations/<lang>/*.ftl`, whose keys `imi check` requires in every
//! language), and the choice of a page's language.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use imi_engine::Definitions;
use unic_langid::LanguageIdentifier;

/// What a text that does not exist renders as: visible, and searched for by
/// the tests that walk every page in every language.
pub const MISSING: &str = "⟦missing:";

/// The interface texts of every language.
pub struct Texts {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// Language code → its name in itself (`languages.yaml`), in order.
    pub names: Vec<(String, String)>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Texts {
    /// One bundle per language of `defs`; a source that does not parse is
    /// skipped in part (`imi check` reports it with its place).
    pub fn new(defs: &Definitions) -> Texts {
        let mut bundles = BTreeMap::new();
        for (code, sources) in &defs.translation_sources {
            let Ok(id) = code.parse::<LanguageIdentifier>() else {
                continue;
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Texts go into HTML, which handlebars escapes: no isolation marks.
            bundle.set_use_isolating(false);
            for source in sources {
                let resource = match FluentResource::try_new(source.clone()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                // A key defined twice keeps its first text.
                bundle.add_resource_overriding(resource);
            }
            bundles.insert(code.clone(), bundle);
        }
        let names = defs
            .languages
            .iter()
            .map(|c| {
                (
                    c.clone(),
                    defs.language_names
                        .get(c)
                        .cloned()
                        .unwrap_or_else(|| c.clone()),
                )
            })
            .collect();
        Texts { bundles, names }
    }

    /// Whether pages can be shown in `code`.
    pub fn has(&self, code: &str) -> bool {
        self.bundles.contains_key(code)
    }

    /// Text `key` (or `key.attribute`) in `lang` with `args`; the missing
    /// marker when the language lacks it.
    pub fn get(&self, lang: &str, key: &str, args: &[(&str, FluentValue)]) -> String {
        let (id, attr) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key, None),
        };
        let Some(bundle) = self.bundles.get(lang) else {
            return format!("{MISSING}{lang}:{key}⟧");
        };
        let Some(message) = bundle.get_message(id) else {
            return format!("{MISSING}{key}⟧");
        };
        let pattern = match attr {
            Some(a) => message.get_attribute(a).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            return format!("{MISSING}{key}⟧");
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        text.into_owned()
    }

    /// The best language for an `Accept-Language` header, if any fits.
    pub fn from_accept_language(&self, header: &str) -> Option<String> {
        let mut offers: Vec<(f32, String)> = header
            .split(',')
            .filter_map(|part| {
                let mut bits = part.trim().split(';');
                let tag = bits.next()?.trim().to_lowercase();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q=")?.parse::<f32>().ok())
                    .unwrap_or(1.0);
                let primary = tag.split('-').next()?.to_string();
                Some((q, primary))
            })
            .collect();
        offers.sort_by(|a, b| b.0.total_cmp(&a.0));
        offers.into_iter().map(|(_, l)| l).find(|l| self.has(l))
    }
}
