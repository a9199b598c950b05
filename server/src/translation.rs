//! Machine translation of free text: answers that are not personal data
//! (personal data never goes to a translation service) and the workflow
//! fields marked `free_text` (a reason, a further question). The language
//! each text was written in is recorded when an action writes it (the
//! writer's account language), and a reader in another language gets the
//! text translated by the configured plugin, kept with its original and
//! labelled as a machine translation.

use std::collections::BTreeMap;
use std::sync::Arc;

use imi_engine::questionnaire::QuestionType;
use imi_engine::Actor;
use imi_expr::Value;
use imi_translate::{NoTranslation, TranslationStore, Translator};
use serde::Serialize;

use crate::AppState;

/// The translation plugin and the translations it made.
pub struct Translation {
    pub translator: Arc<dyn Translator>,
    pub store: TranslationStore,
}

impl Translation {
    /// No machine translation, nothing kept beyond the process (tests).
    pub fn none() -> Result<Translation, imi_translate::TranslateError> {
        Ok(Translation {
            translator: Arc::new(NoTranslation),
            store: TranslationStore::temporary()?,
        })
    }
}

/// A free-text answer in the reader's language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MachineTranslation {
    /// The reader's language.
    pub language: String,
    /// The translation; null when none is available (show the original,
    /// marked as not translated).
    pub text: Option<String>,
    /// The service that translated it: always a machine translation.
    pub by: String,
}

/// Records the language of each free-text answer in `answers` (answers to
/// `questionnaire`) written by `actor` on `instance`.
pub fn record_origins(
    state: &AppState,
    actor: &Actor,
    instance: u64,
    questionnaire: &str,
    answers: &Value,
) {
    let Some(lang) = crate::search::account_language(state, actor) else {
        return;
    };
    let defs = state.engine.definitions();
    let (Some(q), Value::Record(answers)) = (defs.questionnaires.get(questionnaire), answers)
    else {
        return;
    };
    // Free text that is not personal data: personal data never goes to a
    // translation service.
    let is_text = |id: &str| {
        q.questions.get(id).is_some_and(|x| {
            matches!(x.ty, QuestionType::Text | QuestionType::LongText) && !x.personal_data
        })
    };
    let record = |path: String| {
        if let Err(e) = state
            .translation
            .store
            .record_origin(instance, &path, &lang)
        {
            tracing::warn!(error = %e, "cannot record the language of an answer");
        }
    };
    for (id, v) in answers {
        match v {
            Value::String(_) if is_text(id) => record(id.clone()),
            Value::List(items) => {
                for (n, item) in items.iter().enumerate() {
                    if let Value::Record(values) = item {
                        for (inner, v) in values {
                            if matches!(v, Value::String(_)) && is_text(inner) {
                                record(format!("{id}[{}].{inner}", n + 1));
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// The language the answer at `path` was written in, and its machine
/// translation when that is not `reader`'s language.
pub fn for_reader(
    state: &AppState,
    instance: u64,
    path: &str,
    text: &str,
    reader: &str,
) -> (Option<String>, Option<MachineTranslation>) {
    let origin = state
        .translation
        .store
        .origin(instance, path)
        .ok()
        .flatten();
    let Some(from) = origin.clone().filter(|o| o != reader) else {
        return (origin, None);
    };
    let t = &state.translation;
    let result = tokio::runtime::Handle::try_current().ok().and_then(|h| {
        h.block_on(
            t.store
                .translate(t.translator.as_ref(), text, &from, reader),
        )
        .ok()
    });
    let translation = MachineTranslation {
        language: reader.to_string(),
        text: result.as_ref().and_then(|r| r.text.clone()),
        by: t.translator.name().to_string(),
    };
    (origin, Some(translation))
}

/// Where the origin of free-text field `field` is kept (answers are kept
/// under their question path, which has no dot at its start).
fn field_path(field: &str) -> String {
    format!("fields.{field}")
}

/// Records `actor`'s language for each free-text field of `after` whose
/// value the action changed (`before`: the fields before it, empty for a
/// start).
pub fn record_field_origins(
    state: &AppState,
    actor: &Actor,
    before: &BTreeMap<String, Value>,
    after: &imi_engine::Instance,
) {
    let Ok(wf) = state
        .engine
        .workflow_version(&after.workflow, &after.version)
    else {
        return;
    };
    let changed: Vec<&String> = wf
        .fields
        .values()
        .filter(|f| f.free_text)
        .map(|f| &f.id)
        .filter(|id| {
            matches!(after.fields.get(*id), Some(Value::String(_)))
                && after.fields.get(*id) != before.get(*id)
        })
        .collect();
    if changed.is_empty() {
        return;
    }
    let Some(lang) = crate::search::account_language(state, actor) else {
        return;
    };
    for id in changed {
        if let Err(e) = state
            .translation
            .store
            .record_origin(after.id, &field_path(id), &lang)
        {
            tracing::warn!(error = %e, "cannot record the language of a field");
        }
    }
}

/// A free-text field in the reader's language.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FieldTranslation {
    /// The language it was written in.
    pub written_in: String,
    pub machine_translation: MachineTranslation,
}

/// The free-text fields of `inst` that `reader` reads in another language
/// than they were written in, with their machine translations.
pub fn field_translations(
    state: &AppState,
    inst: &imi_engine::Instance,
    reader: &str,
) -> BTreeMap<String, FieldTranslation> {
    let Ok(wf) = state.engine.workflow_version(&inst.workflow, &inst.version) else {
        return BTreeMap::new();
    };
    let mut out = BTreeMap::new();
    for f in wf.fields.values().filter(|f| f.free_text) {
        let Some(Value::String(text)) = inst.fields.get(&f.id) else {
            continue;
        };
        if let (Some(written_in), Some(machine_translation)) =
            for_reader(state, inst.id, &field_path(&f.id), text, reader)
        {
            out.insert(
                f.id.clone(),
                FieldTranslation {
                    written_in,
                    machine_translation,
                },
            );
        }
    }
    out
}
